import Foundation
import GIS

/// A township of the source list (the profile's `sources.townships`): 12-digit code,
/// name, and kind 镇, 乡, 民族乡 or 街道.
public struct SourceTownship: Hashable, Sendable {
    public var code: String
    public var name: String
    public var kind: String
    /// The source line, for messages.
    public var line: Int = 0
}

/// A village or community of the source list (the profile's `sources.villages`).
public struct SourceVillage: Hashable, Sendable {
    /// The village's name without the committee suffix ("…村" for "…村委会").
    public var name: String
    /// The name as the source gives it (the committee: "…村委会", "…社区居委会").
    public var committeeName: String
    public var townshipCode: String
    public var townshipName: String
    /// "村" or "社区".
    public var kind: String
}

/// The real name lists the builder reads from a sources folder (see
/// geodata/README.md): the townships with the county row, and the villages.
public struct SourceTables: Sendable {
    public var townships: [SourceTownship]
    public var villages: [SourceVillage]
    public var countyName: String
    public var countyCode: String

    /// Township kinds by the source's level value.
    public static let townshipKinds = ["town": "镇", "township": "乡", "ethnic_township": "民族乡", "subdistrict": "街道"]
    /// Village kinds by the source's level value.
    public static let villageKinds = ["village": "村", "community": "社区"]

    /// Reads and checks the two name lists in `folder`.
    /// - Throws: one `GISError` listing every problem of a file, each with file:line.
    public static func read(folder: String, townshipsFile: String, villagesFile: String) throws -> SourceTables {
        let tPath = folder + "/" + townshipsFile, vPath = folder + "/" + villagesFile
        // Both lists are read and checked before anything is thrown: every problem at once.
        var diagnostics: [Diagnostic] = []
        var tables: SourceTables?
        do { tables = try readTownships(CSV.read(path: tPath, role: "the township list (sources.townships)")) } catch let e as GISError {
            diagnostics += e.diagnostics
        }
        do {
            let villages = try CSV.read(path: vPath, role: "the village list (sources.villages)")
            // Without a valid township list, the village rows are still checked on their own.
            let villageRows = try readVillages(villages, townships: tables?.townships, townshipFile: tPath)
            tables?.villages = villageRows
        } catch let e as GISError {
            diagnostics += e.diagnostics
        }
        if !diagnostics.isEmpty { throw GISError(diagnostics) }
        return tables!
    }

    /// Checks the two name lists given as text (`townshipsFile`, `villagesFile` name them
    /// in messages): the same checks as ``read(folder:townshipsFile:villagesFile:)``.
    /// - Throws: one `GISError` listing every problem of a list, each with file:line.
    public static func parse(townships: String, townshipsFile: String, villages: String, villagesFile: String) throws -> SourceTables {
        var tables = try readTownships(CSV.parse(townships, file: townshipsFile))
        tables.villages = try readVillages(CSV.parse(villages, file: villagesFile), townships: tables.townships)
        return tables
    }

    static func readTownships(_ csv: CSV) throws -> SourceTables {
        var problems = Problems(file: csv.file)
        var townships: [SourceTownship] = [], counties: [(line: Int, name: String, code: String)] = []
        var codeLines: [String: Int] = [:], nameLines: [String: Int] = [:]
        for (i, row) in csv.rows.enumerated() {
            let line = i + 2
            guard let code = csv.field(row, "code", line, &problems), let name = csv.field(row, "name", line, &problems),
                  let level = csv.field(row, "level", line, &problems) else { continue }
            if let first = codeLines[code] { problems.add(line, csv.column(row, "code"), "township code \(code) repeats line \(first)") }
            codeLines[code] = codeLines[code] ?? line
            if name.trimmingCharacters(in: .whitespaces).isEmpty { problems.add(line, csv.column(row, "name"), "empty name") }
            if level != "county", !name.isEmpty {
                if let first = nameLines[name] { problems.add(line, csv.column(row, "name"), "township name \(name) repeats line \(first): every township needs its own name") }
                nameLines[name] = nameLines[name] ?? line
            }
            if code.count != 12 || !code.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
                problems.add(line, csv.column(row, "code"), "expected a 12-digit code of ASCII digits 0–9, found \"\(code)\"")
            }
            if level == "county" {
                counties.append((line, name, code))
            } else if let kind = townshipKinds[level] {
                townships.append(SourceTownship(code: code, name: name, kind: kind, line: line))
            } else {
                problems.add(line, csv.column(row, "level"), "expected level county, town, township, ethnic_township or subdistrict, found \"\(level)\"")
            }
        }
        if counties.isEmpty { problems.add(nil, "no row of level county: the list needs exactly one, the county itself") }
        if counties.count > 1 {
            problems.add(nil, "\(counties.count) rows of level county (lines \(counties.map { String($0.line) }.joined(separator: ", "))): the list needs exactly one")
        }
        try problems.throwIfAny()
        return SourceTables(townships: townships.sorted { $0.code < $1.code }, villages: [],
                            countyName: counties[0].name, countyCode: counties[0].code)
    }

    static func readVillages(_ csv: CSV, townships known: [SourceTownship]?, townshipFile: String = "the township list") throws -> [SourceVillage] {
        var problems = Problems(file: csv.file)
        let townships = known ?? []
        let byCode = Dictionary(townships.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var villages: [SourceVillage] = []
        for (i, row) in csv.rows.enumerated() {
            let line = i + 2
            guard let parent = csv.field(row, "parent_code", line, &problems), let level = csv.field(row, "level", line, &problems),
                  let committee = csv.field(row, "name", line, &problems) else { continue }
            let t = byCode[parent]
            if t == nil && known != nil { problems.add(line, csv.column(row, "parent_code"), "unknown township code \"\(parent)\" in parent_code (not in \(townshipFile))") }
            let kind = villageKinds[level]
            if kind == nil { problems.add(line, csv.column(row, "level"), "expected level village or community, found \"\(level)\"") }
            if committee.trimmingCharacters(in: .whitespaces).isEmpty { problems.add(line, csv.column(row, "name"), "empty name") }
            if let t, let kind {
                villages.append(SourceVillage(name: shortName(committee), committeeName: committee, townshipCode: t.code,
                                              townshipName: t.name, kind: kind))
            }
        }
        let withVillages = Set(villages.map(\.townshipCode))
        for t in townships where !withVillages.contains(t.code) {
            problems.add(nil, "township \(t.name) (\(t.code), line \(t.line) of the township list) has no village or community")
        }
        let kinds = csv.rows.compactMap { row in csv.header.firstIndex(of: "level").map { row[$0] } }
        if !kinds.isEmpty && !kinds.contains("village") {
            problems.add(nil, "every row is a community (社区): the rural figures need at least one village (level village)")
        }
        try problems.throwIfAny()
        return villages
    }
}

/// The problems of one source file, collected and thrown together.
struct Problems {
    var file: String
    var list: [Diagnostic] = []

    mutating func add(_ line: Int?, _ message: String) {
        list.append(Diagnostic(.error, file: file, location: SourceLocation(line: line), message))
    }

    /// A problem at `line:column` (column: 1-based character of the field's start).
    mutating func add(_ line: Int, _ column: Int?, _ message: String) {
        list.append(Diagnostic(.error, file: file, location: SourceLocation(line: line, column: column), message))
    }

    func throwIfAny() throws {
        if !list.isEmpty { throw GISError(list) }
    }
}

/// "…村委会" → "…村", "…社区居委会" → "…社区"; other names unchanged.
func shortName(_ committee: String) -> String {
    for suffix in ["居委会", "委会"] where committee.hasSuffix(suffix) && committee.count > suffix.count + 1 {
        return String(committee.dropLast(suffix.count))
    }
    return committee
}

/// A source list read with GIS's RFC 4180 reader (`CSVTable`): its header, its records,
/// and the checks every source list needs.
struct CSV {
    var file: String
    var header: [String]
    var rows: [[String]]

    /// Reads a CSV file with a header line and at least one record.
    /// - Throws: `GISError` naming the file (and every line whose field count is wrong).
    static func read(path: String, role: String) throws -> CSV {
        guard FileManager.default.fileExists(atPath: path) else {
            throw GISError(file: path, "no such file: the sources folder must hold \(role), as county.yaml names it")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GISError(file: path, "cannot read the file")
        }
        return try parse(utf8: [UInt8](data), file: path)
    }

    /// Reads CSV text with a header line and at least one record (`path` names it in messages).
    static func parse(_ text: String, file path: String) throws -> CSV {
        try parse(utf8: Array(text.utf8), file: path)
    }

    /// Reads CSV bytes (UTF-8, a byte-order mark dropped; a GBK file named as such) with a
    /// header line and at least one record.
    static func parse(utf8 bytes: [UInt8], file path: String) throws -> CSV {
        // Blank lines carry no record.
        var records = try CSVTable.parse(utf8: bytes, file: path).filter { $0 != [""] }
        guard !records.isEmpty else { throw GISError(file: path, "expected a header line") }
        let header = records.removeFirst()
        guard !records.isEmpty else { throw GISError(file: path, location: SourceLocation(line: 1), "expected at least one row after the header") }
        var problems = Problems(file: path)
        for (i, r) in records.enumerated() where r.count != header.count {
            problems.add(i + 2, "expected \(header.count) fields, found \(r.count)")
        }
        try problems.throwIfAny()
        return CSV(file: path, header: header, rows: records)
    }

    /// The 1-based character column where the field `name` of `row` starts in its line
    /// (fields written as RFC 4180 writes them: quoted only when they hold a comma, quote
    /// or line break), or nil when the column is missing.
    func column(_ row: [String], _ name: String) -> Int? {
        guard let k = header.firstIndex(of: name), k < row.count else { return nil }
        var column = 1
        for field in row[..<k] {
            let quoted = field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            column += field.count + 1 + (quoted ? 2 + field.filter { $0 == "\"" }.count : 0)
        }
        return column
    }

    /// The value of `column` in `row`, or nil with a problem when the column is missing
    /// (reported once, at line 1).
    func field(_ row: [String], _ column: String, _ line: Int, _ problems: inout Problems) -> String? {
        guard let k = header.firstIndex(of: column) else {
            if !problems.list.contains(where: { $0.message.contains("missing column \"\(column)\"") }) {
                problems.add(1, "missing column \"\(column)\"")
            }
            return nil
        }
        return row[k]
    }
}
