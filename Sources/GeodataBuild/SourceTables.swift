import Foundation
import GIS

/// A township of the source list (townships-2016.csv): 12-digit code, name, 镇 or 乡.
public struct SourceTownship: Hashable, Sendable {
    public var code: String
    public var name: String
    public var kind: String
}

/// A village or community of the source list (villages-names.csv).
public struct SourceVillage: Hashable, Sendable {
    /// The village's name without the committee suffix ("芭蕉村" for "芭蕉村委会").
    public var name: String
    /// The name as the source gives it (the committee: "芭蕉村委会", "北街社区居委会").
    public var committeeName: String
    public var townshipCode: String
    public var townshipName: String
    /// "村" or "社区".
    public var kind: String
}

/// The real source files the builder reads from a sources folder (see
/// geodata/sources/): county boundary, neighbours, township and village name lists.
public struct SourceTables: Sendable {
    public var townships: [SourceTownship]
    public var villages: [SourceVillage]
    public var countyName: String
    public var countyCode: String

    public static let townshipsFile = "townships-2016.csv"
    public static let villagesFile = "villages-names.csv"
    public static let countyFile = "linshui-county-511623.geojson"
    public static let neighboursFile = "neighbours.geojson"

    /// Reads and checks the name lists in `folder`.
    /// - Throws: `GISError` naming the file, line and what was expected.
    public static func read(folder: String) throws -> SourceTables {
        let tPath = folder + "/" + townshipsFile, vPath = folder + "/" + villagesFile
        let tRows = try CSV.read(path: tPath)
        var townships: [SourceTownship] = []
        var countyName = "", countyCode = ""
        var codeLines: [String: Int] = [:]
        for (i, row) in tRows.rows.enumerated() {
            let code = try tRows.value(row, "code", line: i + 2), name = try tRows.value(row, "name", line: i + 2)
            if let first = codeLines[code] {
                throw GISError(file: tPath, location: SourceLocation(line: i + 2), "township code \(code) repeats line \(first)")
            }
            codeLines[code] = i + 2
            let level = try tRows.value(row, "level", line: i + 2)
            guard code.count == 12, code.allSatisfy(\.isNumber) else {
                throw GISError(file: tPath, location: SourceLocation(line: i + 2), "expected a 12-digit code, found \"\(code)\"")
            }
            switch level {
            case "county": countyName = name; countyCode = code
            case "town": townships.append(SourceTownship(code: code, name: name, kind: "镇"))
            case "township": townships.append(SourceTownship(code: code, name: name, kind: "乡"))
            default:
                throw GISError(file: tPath, location: SourceLocation(line: i + 2), "expected level county, town or township, found \"\(level)\"")
            }
        }
        let byCode = Dictionary(uniqueKeysWithValues: townships.map { ($0.code, $0) })
        let vRows = try CSV.read(path: vPath)
        var villages: [SourceVillage] = []
        for (i, row) in vRows.rows.enumerated() {
            let line = i + 2
            let parent = try vRows.value(row, "parent_code", line: line)
            guard let t = byCode[parent] else {
                throw GISError(file: vPath, location: SourceLocation(line: line), "unknown township code \"\(parent)\" in parent_code")
            }
            let level = try vRows.value(row, "level", line: line)
            guard level == "village" || level == "community" else {
                throw GISError(file: vPath, location: SourceLocation(line: line), "expected level village or community, found \"\(level)\"")
            }
            let committee = try vRows.value(row, "name", line: line)
            villages.append(SourceVillage(name: shortName(committee), committeeName: committee, townshipCode: t.code,
                                          townshipName: t.name, kind: level == "village" ? "村" : "社区"))
        }
        return SourceTables(townships: townships.sorted { $0.code < $1.code }, villages: villages,
                            countyName: countyName, countyCode: countyCode)
    }
}

/// "芭蕉村委会" → "芭蕉村", "北街社区居委会" → "北街社区"; other names unchanged.
func shortName(_ committee: String) -> String {
    for suffix in ["居委会", "委会"] where committee.hasSuffix(suffix) && committee.count > suffix.count + 1 {
        return String(committee.dropLast(suffix.count))
    }
    return committee
}

/// A minimal RFC 4180 CSV reader (quoted fields, doubled quotes, commas in quotes).
struct CSV {
    var file: String
    var header: [String]
    var rows: [[String]]

    static func read(path: String) throws -> CSV {
        guard FileManager.default.fileExists(atPath: path) else {
            throw GISError(file: path, "no such file: the sources folder must hold \(SourceTables.townshipsFile), \(SourceTables.villagesFile), \(SourceTables.countyFile) and \(SourceTables.neighboursFile)")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw GISError(file: path, "cannot read the file as UTF-8 text")
        }
        var records = parse(text)
        guard !records.isEmpty else { throw GISError(file: path, "expected a header line") }
        let header = records.removeFirst()
        for (i, r) in records.enumerated() where r.count != header.count {
            throw GISError(file: path, location: SourceLocation(line: i + 2), "expected \(header.count) fields, found \(r.count)")
        }
        return CSV(file: path, header: header, rows: records)
    }

    func value(_ row: [String], _ column: String, line: Int) throws -> String {
        guard let k = header.firstIndex(of: column) else { throw GISError(file: file, location: SourceLocation(line: 1), "missing column \"\(column)\"") }
        return row[k]
    }

    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], field = "", record: [String] = []
        var inQuotes = false, pendingQuote = false, any = false
        for ch in text {
            if inQuotes {
                if pendingQuote {
                    pendingQuote = false
                    if ch == "\"" { field.append("\""); continue }
                    inQuotes = false
                } else if ch == "\"" { pendingQuote = true; continue } else { field.append(ch); continue }
            }
            switch ch {
            case "\"": inQuotes = true; any = true
            case ",": record.append(field); field = ""; any = true
            case "\n", "\r\n":
                if any || !field.isEmpty { record.append(field); records.append(record) }
                record = []; field = ""; any = false
            case "\r": break
            default: field.append(ch); any = true
            }
        }
        if any || !field.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
