import Foundation
import Testing

/// A second county (华蓥市, 511681) goes through every command from its own sources, and
/// nothing Linshui-specific leaks into what it writes.
@Suite(.serialized) struct SecondCountyTests {
    static let sources = CLI.packageRoot.appendingPathComponent("geodata/counties/huaying/sources")
    static let scenario = "scenarios/huaying/baseline.yaml"

    /// Names that belong to Linshui alone. 邻水县 itself is a real neighbour of 华蓥市 and
    /// may appear where neighbours are named; these may not appear anywhere.
    static let linshuiOnly = ["Linshui", "鼎屏", "三山两槽", "铜锣山", "明月山", "御临", "大洪河", "二环山", "西槽", "东槽",
                              "甘坝", "高滩", "九龙镇", "丰禾", "中城寨", "六合寨", "天意谷", "“138”"]

    /// A temporary folder with a clean copy of the Huaying sources and the build of them.
    static func built() throws -> (root: URL, geodata: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-huaying-\(UUID().uuidString)")
        let src = root.appendingPathComponent("sources"), geodata = root.appendingPathComponent("geodata")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: sources, to: src)
        let r = try CLI.run(["geodata", "build", "--sources", src.path, "--out", geodata.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        return (root, geodata)
    }

    /// Every Linshui-only name found in the text files under `folder`, as "file: name".
    static func leaks(in folder: URL) throws -> [String] {
        var out: [String] = []
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for f in files where ["geojson", "csv", "json", "yaml", "svg", "asc", "md"].contains(f.pathExtension) {
            let text = try String(contentsOf: f, encoding: .utf8)
            for name in linshuiOnly where text.contains(name) { out.append("\(f.lastPathComponent): \(name)") }
            if f.lastPathComponent != "neighbours.geojson" && text.contains("511623") { out.append("\(f.lastPathComponent): 511623") }
        }
        return out
    }

    @Test func itBuildsValidatesSimulatesComparesAndDrawsWithNoLinshuiText() throws {
        let (root, geodata) = try Self.built()
        defer { try? FileManager.default.removeItem(at: root) }
        let layers = try FileManager.default.contentsOfDirectory(atPath: geodata.path).filter { $0.hasSuffix(".geojson") }.sorted()
        #expect(layers.contains("villages.geojson") && layers.contains("townships.geojson"))
        let v = try CLI.run(["validate", "--quiet"] + layers.map { geodata.appendingPathComponent($0).path })
        #expect(v.status == 0, "stderr: \(v.stderr)")

        let run = root.appendingPathComponent("run")
        let s = try CLI.run(["simulate", Self.scenario, "--geodata", geodata.path, "--out", run.path])
        #expect(s.status == 0, "stderr: \(s.stderr)")
        #expect(s.stdout.contains("2020"))
        let county = try String(contentsOf: run.appendingPathComponent("county.csv"), encoding: .utf8)
        #expect(county.split(separator: "\n").count == 7, "county.csv: one header and 2015–2020")

        let c = try CLI.run(["compare", "--runs", "1", Self.scenario, "scenarios/huaying/no-relocation.yaml", "--geodata", geodata.path,
                             "--out", root.appendingPathComponent("compare").path])
        #expect(c.status == 0, "stderr: \(c.stderr)")

        let maps = root.appendingPathComponent("maps")
        let m1 = try CLI.run(["map", "--geodata", geodata.path, "-o", maps.appendingPathComponent("base.svg").path])
        #expect(m1.status == 0, "stderr: \(m1.stderr)")
        let m2 = try CLI.run(["map", "--geodata", geodata.path, "--run", run.path, "--theme", "incidence", "--year", "2018",
                              "-o", maps.appendingPathComponent("incidence.svg").path])
        #expect(m2.status == 0, "stderr: \(m2.stderr)")
        let base = try String(contentsOf: maps.appendingPathComponent("base.svg"), encoding: .utf8)
        #expect(base.contains("华蓥市"))

        // The copied sources are real inputs (they name 华蓥市's neighbours); what the
        // commands wrote may not name Linshui.
        let leaks = try ["geodata", "run", "compare", "maps"].flatMap { try Self.leaks(in: root.appendingPathComponent($0)) }
        #expect(leaks.isEmpty, "Linshui text in 华蓥市's outputs: \(leaks)")
    }
}
