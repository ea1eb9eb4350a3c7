import GIS

/// How the rows of a village-figures table find their village.
public enum ImportKey: String, Sendable, CaseIterable {
    /// The `id` column (our village code: the 12-digit township code, "-" and a 3-digit index).
    case code
    /// The township (`township_name` or `township_code`) and village `name` columns.
    case name
}

/// Joins a table of village figures (建档立卡 figures a planner brings) into the
/// villages layer: checks every row, collects every problem, and applies the rows that
/// have none. Knows nothing of files or exit codes: the caller decides what to write.
public enum VillageFigureImport {
    /// The result of an import.
    public struct Outcome: Sendable {
        /// The villages with the good rows applied, every village carrying
        /// `figure_sources` (and `figure_sources_file` where this table imported a figure).
        public var villages: FeatureCollection
        /// Every problem found, in row order (file-level problems first).
        public var problems: [ImportProblem]
        /// The header names by column, for messages.
        public var header: [String]
        /// True when nothing could be imported at all (e.g. the key columns are missing).
        public var fatal: Bool
        /// Rows applied, and the villages they changed.
        public var importedRows: Int
        /// Data rows read (non-empty rows below the header).
        public var dataRows: Int
        /// The importable properties the table has columns for, in table order.
        public var importedColumns: [String]
        public var hasErrors: Bool { fatal || problems.contains { $0.severity == .error } }
    }

    /// Checks and joins `table` into `villages`.
    /// - Parameters:
    ///   - villagesFile: the villages.geojson path, for messages about the layer itself.
    ///   - requireAll: a village of the layer missing from the table is an error (else a warning).
    ///   - sourceName: the table's base name, recorded in `figure_sources_file`.
    /// - Throws: `GISError` when the layer lacks a village's `id`, `name`,
    ///   `township_code`, `township_name` or `kind` (problems in the table never throw).
    /// - Complexity: O(rows × columns + villages); suggestions O(villages) per unknown row.
    public static func run(table: DataTable, villages: FeatureCollection, villagesFile: String,
                           key: ImportKey, requireAll: Bool, sourceName: String) throws -> Outcome {
        let directory = try VillageDirectory(villages: villages, file: villagesFile)
        let header = VillageTableHeader(table)
        var problems = header.problems
        var outcome = Outcome(villages: villages, problems: [], header: header.names, fatal: false, importedRows: 0,
                              dataRows: 0, importedColumns: header.columns.compactMap { $0?.importable == true ? $0?.key : nil })
        let missingKeys = requiredColumns(key).filter { alternatives in !alternatives.contains { header.index(of: $0) != nil } }
        for alternatives in missingKeys {
            problems.insert(ImportProblem(.error, row: 0, column: nil,
                "no \(alternatives.joined(separator: " or ")) column; --key \(key.rawValue) needs it (headers: \(alternatives.compactMap { k in VillageFigureColumn.all.first { $0.key == k }.map { "\(k) or \($0.chinese)" } }.joined(separator: "; ")))"), at: 0)
        }
        if outcome.importedColumns.isEmpty {
            problems.insert(ImportProblem(.error, row: 0, column: nil, "no figure columns: expected at least one of " + VillageFigureColumn.importableKeys.joined(separator: ", ")), at: 0)
        }
        if !missingKeys.isEmpty || outcome.importedColumns.isEmpty {
            outcome.fatal = true; outcome.problems = problems
            return outcome
        }
        let matcher = RowMatcher(table: table, header: header, directory: directory, key: key)
        var rows: [(row: Int, village: Int?, values: [String: JSONValue], ok: Bool)] = []
        var firstRow: [Int: Int] = [:]
        var duplicated: Set<Int> = []
        let width = table.columnCount
        for r in header.firstDataRow..<max(header.firstDataRow, table.rows.count) {
            guard (0..<width).contains(where: { !FigureValue.trim(table.cell(r, $0)).isEmpty }) else { continue }
            outcome.dataRows += 1
            var rowProblems: [ImportProblem] = []
            let village = matcher.match(row: r, problems: &rowProblems)
            if let v = village {
                if let f = firstRow[v] {
                    duplicated.insert(v)
                    rowProblems.append(ImportProblem(.error, row: r, column: nil,
                        "\(directory.entries[v].label) is also in row \(f + 1); expected one row per village (neither row is imported)"))
                } else {
                    firstRow[v] = r
                }
            }
            var values: [String: JSONValue] = [:]
            for (c, column) in header.columns.enumerated() {
                guard let column, column.importable, let parsed = FigureValue.parse(table.cell(r, c), as: column) else { continue }
                switch parsed {
                case .success(let v): values[column.key] = v
                case .failure(let m): rowProblems.append(ImportProblem(.error, row: r, column: c, m.text))
                }
            }
            if let v = village {
                rowProblems += FigureConsistency.check(values: values, village: directory.entries[v], row: r, header: header, table: table)
            }
            problems += rowProblems
            rows.append((r, village, values, rowProblems.isEmpty))
        }
        let missing = directory.entries.indices.filter { firstRow[$0] == nil }
        if !missing.isEmpty {
            let shown = missing.prefix(10).map { directory.entries[$0].label }.joined(separator: ", ")
            let more = missing.count > 10 ? ", and \(missing.count - 10) more" : ""
            problems.append(ImportProblem(requireAll ? .error : .warning, row: nil, column: nil,
                "\(missing.count) of the \(directory.entries.count) villages of the geodata are not in the table; they keep their modelled figures: \(shown)\(more)"))
        }
        var features = villages.features
        var imported: [Int: [String: JSONValue]] = [:]
        for row in rows where row.ok {
            guard let v = row.village, !duplicated.contains(v) else { continue }
            imported[v] = row.values
            outcome.importedRows += 1
        }
        for (k, e) in directory.entries.enumerated() {
            VillageFigureSources.apply(imported[k] ?? [:], to: &features[e.index], sourceName: sourceName)
        }
        outcome.villages = FeatureCollection(features: features, bbox: villages.bbox, foreignMembers: villages.foreignMembers)
        outcome.problems = problems
        return outcome
    }

    /// The key columns `key` needs: each inner list is alternatives.
    static func requiredColumns(_ key: ImportKey) -> [[String]] {
        switch key {
        case .code: [["id"]]
        case .name: [["township_name", "township_code"], ["name"]]
        }
    }
}
