import Cartography
import Foundation
import GIS

/// A simulation run's per-village table (`DIR/villages.csv`), read into plain values and
/// checked as it is read: every year a whole number in ``MapSpec/yearRange``, every
/// (village, year) once, every number cell a finite plain decimal of at most 10¹⁵ in
/// magnitude, counts and shares never negative, shares (`incidence…`) at most 1.
struct RunTable {
    var file: String
    var columns: [String]
    /// Rows keyed by (village id, year): column → text.
    var rows: [String: [Int: [String: String]]] = [:]
    /// The file line of each (village id, year) row.
    var lines: [String: [Int: Int]] = [:]
    /// The lines of the file (header included), for "ends after line N" messages.
    var lineCount = 0
    var years: [Int] { Array(Set(rows.values.flatMap { $0.keys })).sorted() }
    /// Every village id with a row.
    var villageIDs: Set<String> { Set(rows.keys) }
    /// The villages whose `poor_village` is 1/true (every village when the column is absent).
    var poorVillageIDs: Set<String> {
        guard columns.contains("poor_village") else { return villageIDs }
        return Set(rows.compactMap { id, byYear in
            byYear.values.first.map { $0["poor_village"] == "0" || $0["poor_village"] == "false" } == true ? nil : id
        })
    }

    /// Reads a CSV with a header naming `village_id` and `year`.
    /// - Throws: ``MapInputError`` naming the file, line:column and what was expected, for
    ///   every problem found (at most ``MapInputError/listed`` are listed).
    init(path: String) throws {
        file = path
        let text = try RunTableFile.text(path, expected: "a simulation run's villages.csv")
        let table = try CSVTable.parse(text, file: path)
        guard let header = table.first else { throw MapInputError("\(path):1: empty file, expected a header line") }
        columns = header
        var seen = Set<String>()
        for c in header where !seen.insert(c).inserted {
            throw MapInputError("\(path):1: column '\(c)' appears more than once in the header")
        }
        guard let vi = header.firstIndex(of: "village_id"), let yi = header.firstIndex(of: "year") else {
            throw MapInputError("\(path):1: expected columns village_id and year, found \(header.joined(separator: ", "))")
        }
        var problems: [String] = []
        let numeric = header.indices.filter { Self.isNumberColumn(header[$0]) }
        for (n, fields) in table.enumerated().dropFirst() where !(fields.count == 1 && fields[0].isEmpty) {
            let line = n + 1
            lineCount = line
            guard fields.count == header.count else {
                problems.append("\(path):\(line): expected \(header.count) fields, found \(fields.count)"); continue
            }
            let id = fields[vi]
            guard !id.isEmpty else { problems.append("\(path):\(line):\(vi + 1): village_id is empty"); continue }
            guard let year = Int(fields[yi]), MapSpec.yearRange.contains(year) else {
                problems.append("\(path):\(line):\(yi + 1): year '\(fields[yi])' is not a whole year \(MapSpec.yearRange.lowerBound)…\(MapSpec.yearRange.upperBound)")
                continue
            }
            if let first = lines[id]?[year] {
                problems.append("\(path):\(line): village \(id), year \(year) appears again (first at line \(first))"); continue
            }
            for c in numeric {
                if let why = Self.problem(cell: fields[c], column: header[c]) {
                    problems.append("\(path):\(line):\(c + 1): \(header[c]): \(why)")
                }
            }
            rows[id, default: [:]][year] = Dictionary(uniqueKeysWithValues: zip(header, fields))
            lines[id, default: [:]][year] = line
        }
        try MapInputError.throwing(problems)
    }

    /// Columns of words, not numbers: ids, names and codes.
    static func isNumberColumn(_ c: String) -> Bool {
        !(c == "village_id" || c == "year" || c.hasSuffix("_name") || c.hasSuffix("_code"))
    }

    /// What is wrong with a number cell, or nil: empty, `true`/`false`, or a finite plain
    /// decimal of at most 10¹⁵; not negative except for incomes; shares at most 1.
    static func problem(cell: String, column: String) -> String? {
        if cell.isEmpty || cell == "true" || cell == "false" { return nil }
        guard let v = DecimalNumber.parse(cell) else { return "'\(cell)' is not a finite decimal number" }
        guard abs(v) <= 1e15 else { return "\(cell) is out of range (at most 10^15 in magnitude)" }
        if v < 0 && !column.hasPrefix("income") { return "\(cell) is negative; a count or share cannot be" }
        if column.hasPrefix("incidence") && v > 1 { return "\(cell) is more than 1; incidence is a share 0…1" }
        return nil
    }

    /// Columns whose values are numbers (the metrics a map can show), in file order.
    var numericColumns: [String] { columns.filter { $0 != "village_id" && $0 != "year" && !$0.hasSuffix("_code") && !$0.hasSuffix("_name") } }

    /// The run's years as a message lists them.
    var yearsText: String { years.map(String.init).joined(separator: ", ") }

    /// Refuses a year the run does not have, listing the years it has.
    func checkYear(_ year: Int) throws {
        guard years.contains(year) else {
            throw MapInputError("\(file): no rows for year \(year); the run has years \(yearsText)")
        }
    }

    /// `metric` for every village in `year`.
    /// - Throws: ``MapInputError`` for an unknown metric or year.
    func values(metric: String, year: Int) throws -> [String: Double] {
        guard numericColumns.contains(metric) else {
            throw MapInputError("\(file): unknown metric '\(metric)'\(DidYouMean.hint(for: metric, among: numericColumns + [MapMetrics.exitYear, MapMetrics.flows])); expected one of \(numericColumns.joined(separator: ", ")), exit_year or flows")
        }
        try checkYear(year)
        var out: [String: Double] = [:]
        for (id, byYear) in rows {
            guard let text = byYear[year]?[metric], !text.isEmpty else { continue }
            if text == "true" || text == "false" { out[id] = text == "true" ? 1 : 0 } else if let v = DecimalNumber.parse(text) { out[id] = v }
        }
        return out
    }

    /// The first year each village shows `exited` true, up to `lastYear` when given
    /// (villages never exited by then, and non-poor villages, are absent).
    func exitYears(upTo lastYear: Int? = nil) throws -> [String: Double] {
        guard columns.contains("exited") else { throw MapInputError("\(file): no 'exited' column for the exit-year map") }
        var out: [String: Double] = [:]
        for (id, byYear) in rows {
            if columns.contains("poor_village"), let first = byYear.values.first, first["poor_village"] == "0" || first["poor_village"] == "false" { continue }
            for y in byYear.keys.sorted() where lastYear.map({ y <= $0 }) ?? true {
                let t = byYear[y]?["exited"] ?? ""
                if t == "1" || t == "true" || t == "1.0" { out[id] = Double(y); break }
            }
        }
        return out
    }

    /// Refuses village ids that match no village of the geodata (`villages`, from
    /// `layerFile`): a run of another county or folder would draw an empty map.
    func checkVillages(_ villages: Set<String>, layerFile: String) throws {
        var problems: [String] = []
        let vi = (columns.firstIndex(of: "village_id") ?? 0) + 1
        for id in rows.keys.sorted() where !villages.contains(id) {
            let line = rows[id].flatMap { r in r.keys.min().flatMap { lines[id]?[$0] } } ?? 0
            problems.append("\(file):\(line):\(vi): village_id '\(id)' matches no village in \(layerFile)")
        }
        try MapInputError.throwing(problems)
    }

    /// Refuses a comparison where either run lacks a (village, year) row the other has:
    /// a truncated or partial run would otherwise drop villages from the difference.
    func checkSameRows(as other: RunTable) throws {
        var problems: [String] = []
        for (a, b) in [(self, other), (other, self)] {
            for id in a.rows.keys.sorted() {
                for y in a.rows[id]!.keys.sorted() where b.rows[id]?[y] == nil {
                    problems.append("\(b.file):\(b.lineCount + 1): no row for village \(id), year \(y) (\(a.file):\(a.lines[id]?[y] ?? 0) has one); is the run truncated?")
                }
            }
        }
        try MapInputError.throwing(problems)
    }
}

/// Relocation flows of a run (`DIR/flows.csv`: year, from_village, to_site, households, persons).
enum FlowTable {
    /// The flows of `year` (all years when nil).
    /// - Throws: ``MapInputError`` naming the file, line:column and what was expected for
    ///   every bad row: a year outside ``MapSpec/yearRange``, persons that are not a finite
    ///   plain decimal 0…10¹⁵.
    static func read(path: String, year: Int?) throws -> [(from: String, to: String, persons: Double)] {
        let text = try RunTableFile.text(path, expected: "a simulation run's flows.csv")
        let lines = try CSVTable.parse(text, file: path)
        guard let header = lines.first, let yi = header.firstIndex(of: "year"), let fi = header.firstIndex(of: "from_village"),
              let ti = header.firstIndex(of: "to_site"), let pi = header.firstIndex(of: "persons") else {
            throw MapInputError("\(path):1: expected columns year, from_village, to_site, persons")
        }
        var out: [(String, String, Double)] = []
        var problems: [String] = []
        for (n, f) in lines.enumerated().dropFirst() where !(f.count == 1 && f[0].isEmpty) {
            guard f.count == header.count else {
                problems.append("\(path):\(n + 1): expected \(header.count) fields, found \(f.count)"); continue
            }
            guard let y = Int(f[yi]), MapSpec.yearRange.contains(y) else {
                problems.append("\(path):\(n + 1):\(yi + 1): year '\(f[yi])' is not a whole year \(MapSpec.yearRange.lowerBound)…\(MapSpec.yearRange.upperBound)"); continue
            }
            guard let p = DecimalNumber.parse(f[pi]), p >= 0, p <= 1e15 else {
                problems.append("\(path):\(n + 1):\(pi + 1): persons '\(f[pi])' is not a finite decimal number 0…10^15"); continue
            }
            if year == nil || year == y { out.append((f[fi], f[ti], p)) }
        }
        try MapInputError.throwing(problems)
        return out
    }
}

/// Reading a run's files.
enum RunTableFile {
    /// The UTF-8 text of `path`.
    /// - Throws: ``MapInputError`` when it is missing, a folder, unreadable or not UTF-8.
    static func text(_ path: String, expected: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw MapInputError("\(path): no such file (expected \(expected))")
        }
        guard !isDirectory.boolValue else { throw MapInputError("\(path): is a folder (expected \(expected))") }
        guard let data = FileManager.default.contents(atPath: path) else { throw MapInputError("\(path): cannot be read (expected \(expected))") }
        // A byte-order mark is dropped; a GBK file is named with the command that converts it.
        return try UTF8Text.decode([UInt8](data), file: path)
    }
}

/// A user error about map inputs (message names the file and place).
struct MapInputError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }

    /// The most problems one error lists.
    static let listed = 20

    /// Throws the problems as one error (one per line, each printed after `error: `),
    /// at most ``listed`` of them and a count of the rest; nothing when there are none.
    static func throwing(_ problems: [String]) throws {
        guard !problems.isEmpty else { return }
        var shown = Array(problems.prefix(listed))
        if problems.count > listed { shown.append("… and \(problems.count - listed) more problem(s)") }
        throw MapInputError(shown.joined(separator: "\nerror: "))
    }
}
