import Foundation
import Testing

/// Tables and folders for the `geodata import` / `export` tests.
enum ImportFixture {
    /// A new empty folder, removed by the caller.
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The shipped villages exported as CSV by the CLI: header and rows (no field of the
    /// export holds a comma or a quote, so a plain split reads it).
    static func exportedCSV(into dir: URL) throws -> (header: [String], rows: [[String]]) {
        let file = dir.appendingPathComponent("villages.csv")
        let r = try CLI.run(["geodata", "export", "-o", file.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        var bytes = [UInt8](try Data(contentsOf: file))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "the CSV starts with a UTF-8 byte-order mark")
        bytes.removeFirst(3)
        let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let rows = lines.map { $0.components(separatedBy: ",") }
        return (rows[0], Array(rows.dropFirst()))
    }

    /// Writes a CSV file (UTF-8, CRLF, with or without BOM).
    static func writeCSV(_ header: [String], _ rows: [[String]], to url: URL, bom: Bool = true) throws {
        let text = ([header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        try Data((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)).write(to: url)
    }

    /// The properties of every feature of a villages.geojson, in file order.
    static func villages(_ url: URL) throws -> [[String: Any]] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return (json?["features"] as? [[String: Any]] ?? []).map { $0["properties"] as? [String: Any] ?? [:] }
    }

    static var shippedVillages: URL { CLI.packageRoot.appendingPathComponent("geodata/villages.geojson") }

    /// A villages.geojson line with the import's figure_sources properties taken out.
    static func withoutFigureSources(_ line: Substring) -> String {
        var s = String(line)
        if let r = s.range(of: #",\"figure_sources\":\{[^}]*\}"#, options: .regularExpression) { s.removeSubrange(r) }
        if let r = s.range(of: #",\"figure_sources_file\":\"[^\"]*\""#, options: .regularExpression) { s.removeSubrange(r) }
        return s
    }

    /// The first row index whose column `key` satisfies `test`.
    static func row(_ rows: [[String]], _ header: [String], where key: String, _ test: (String) -> Bool, after: Int = 0) -> Int {
        let c = header.firstIndex(of: key)!
        return rows.indices.first { $0 >= after && test(rows[$0][c]) }!
    }
}

extension Array where Element == String {
    /// Sets the field of column `key` (by header) in this row.
    mutating func set(_ key: String, _ header: [String], _ value: String) { self[header.firstIndex(of: key)!] = value }
    func get(_ key: String, _ header: [String]) -> String { self[header.firstIndex(of: key)!] }
    func int(_ key: String, _ header: [String]) -> Int { Int(get(key, header))! }
}
