import Foundation
import GIS

/// A simulation run's per-village table (`DIR/villages.csv`), read into plain values.
struct RunTable {
    var file: String
    var columns: [String]
    /// Rows keyed by (village id, year): column → text.
    var rows: [String: [Int: [String: String]]] = [:]
    var years: [Int] { Array(Set(rows.values.flatMap { $0.keys })).sorted() }

    /// Reads a CSV with a header naming `village_id` and `year`.
    /// - Throws: ``MapInputError`` naming the file, line and what was expected.
    init(path: String) throws {
        file = path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MapInputError("\(path): no such file (expected a simulation run's villages.csv)")
        }
        let lines = try CSVTable.parse(utf8: [UInt8](data), file: path)
        guard let header = lines.first else { throw MapInputError("\(path):1: empty file, expected a header line") }
        columns = header
        var seen = Set<String>()
        for c in header where !seen.insert(c).inserted {
            throw MapInputError("\(path):1: column '\(c)' appears more than once in the header")
        }
        guard let vi = header.firstIndex(of: "village_id"), let yi = header.firstIndex(of: "year") else {
            throw MapInputError("\(path):1: expected columns village_id and year, found \(header.joined(separator: ", "))")
        }
        for (n, fields) in lines.enumerated().dropFirst() where !(fields.count == 1 && fields[0].isEmpty) {
            guard fields.count == header.count else {
                throw MapInputError("\(path):\(n + 1): expected \(header.count) fields, found \(fields.count)")
            }
            guard let year = Int(fields[yi]) else { throw MapInputError("\(path):\(n + 1): year '\(fields[yi])' is not a whole number") }
            rows[fields[vi], default: [:]][year] = Dictionary(uniqueKeysWithValues: zip(header, fields))
        }
    }

    /// Columns whose values are numbers (the metrics a map can show), in file order.
    var numericColumns: [String] {
        guard let sample = rows.keys.sorted().first.flatMap({ rows[$0]?.values.first }) else { return [] }
        return columns.filter { c in
            c != "village_id" && c != "year" && !c.hasSuffix("_code") && Double(sample[c] ?? "") != nil
        }
    }

    /// `metric` for every village in `year`.
    /// - Throws: ``MapInputError`` for an unknown metric or year, or a non-numeric cell.
    func values(metric: String, year: Int) throws -> [String: Double] {
        guard numericColumns.contains(metric) else {
            throw MapInputError("\(file): unknown metric '\(metric)'; expected one of \(numericColumns.joined(separator: ", ")), exit_year or flows")
        }
        guard years.contains(year) else {
            throw MapInputError("\(file): no rows for year \(year); the run has years \(years.map(String.init).joined(separator: ", "))")
        }
        var out: [String: Double] = [:]
        for (id, byYear) in rows {
            guard let text = byYear[year]?[metric], !text.isEmpty else { continue }
            if let v = Double(text) { out[id] = v }
            else if text == "true" || text == "false" { out[id] = text == "true" ? 1 : 0 }
            else { throw MapInputError("\(file): village \(id), year \(year), column \(metric): '\(text)' is not a number") }
        }
        return out
    }

    /// The first year each village shows `exited` true (villages never exited are absent).
    func exitYears() throws -> [String: Double] {
        guard columns.contains("exited") else { throw MapInputError("\(file): no 'exited' column for the exit-year map") }
        var out: [String: Double] = [:]
        for (id, byYear) in rows {
            if columns.contains("poor_village"), let first = byYear.values.first, first["poor_village"] == "0" || first["poor_village"] == "false" { continue }
            for y in byYear.keys.sorted() {
                let t = byYear[y]?["exited"] ?? ""
                if t == "1" || t == "true" || t == "1.0" { out[id] = Double(y); break }
            }
        }
        return out
    }
}

/// Relocation flows of a run (`DIR/flows.csv`: year, from_village, to_site, households, persons).
enum FlowTable {
    static func read(path: String, year: Int?) throws -> [(from: String, to: String, persons: Double)] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MapInputError("\(path): no such file (expected a simulation run's flows.csv)")
        }
        let lines = try CSVTable.parse(utf8: [UInt8](data), file: path)
        guard let header = lines.first, let yi = header.firstIndex(of: "year"), let fi = header.firstIndex(of: "from_village"),
              let ti = header.firstIndex(of: "to_site"), let pi = header.firstIndex(of: "persons") else {
            throw MapInputError("\(path):1: expected columns year, from_village, to_site, persons")
        }
        var out: [(String, String, Double)] = []
        for (n, f) in lines.enumerated().dropFirst() where !(f.count == 1 && f[0].isEmpty) {
            guard f.count == header.count else {
                throw MapInputError("\(path):\(n + 1): expected \(header.count) fields, found \(f.count)")
            }
            guard let y = Int(f[yi]), let p = Double(f[pi]) else { throw MapInputError("\(path):\(n + 1): year and persons must be numbers") }
            if year == nil || year == y { out.append((f[fi], f[ti], p)) }
        }
        return out
    }
}

/// A user error about map inputs (message names the file and place).
struct MapInputError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
