import GIS

/// One problem found while importing a village-figures table: where it is (row and
/// column as the spreadsheet shows them) and what was expected.
public struct ImportProblem: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable { case error, warning }
    public var severity: Severity
    /// 0-based row of the table (the spreadsheet's row − 1), nil for the whole file.
    public var row: Int?
    /// 0-based column, nil for the whole row.
    public var column: Int?
    public var message: String

    public init(_ severity: Severity, row: Int?, column: Int?, _ message: String) {
        self.severity = severity; self.row = row; self.column = column; self.message = message
    }

    /// The problem as a diagnostic naming the file and the place, e.g.
    /// `figures.xlsx: 12:G (population): error: expected a number, found "abc"`.
    /// CSV columns are numbers, xlsx columns letters; the header's name follows.
    public func diagnostic(in table: DataTable, header: [String], severity override: Severity? = nil) -> Diagnostic {
        var place: String?
        if let row {
            place = table.place(row: row, column: column)
            if let column, column < header.count, !header[column].isEmpty { place! += " (\(header[column]))" }
        }
        let s = override ?? severity
        return Diagnostic(s == .error ? .error : .warning, file: table.file, location: SourceLocation(path: place), message)
    }
}
