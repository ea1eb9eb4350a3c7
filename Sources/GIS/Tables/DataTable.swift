/// A table read from a spreadsheet file (CSV or xlsx): rows of text cells, as the
/// spreadsheet shows them. Generic: it knows nothing of villages.
///
/// Row `i` of ``rows`` is the spreadsheet's row `i + 1` (the header is row 1), so
/// messages can name the row a planner sees. Cells are text exactly as stored: a CSV
/// field without its quotes, an xlsx shared or inline string, or an xlsx number as
/// written in the file (e.g. "7022" or "0.5"); an xlsx Boolean cell is "TRUE" or "FALSE".
public struct DataTable: Sendable, Hashable {
    /// The file as the user named it (for messages).
    public var file: String
    public var format: TableFileFormat
    /// The sheet name for xlsx, nil for CSV.
    public var sheet: String?
    /// Every row, the header included; rows may have different lengths.
    public var rows: [[String]]

    public init(file: String, format: TableFileFormat, sheet: String? = nil, rows: [[String]]) {
        self.file = file; self.format = format; self.sheet = sheet; self.rows = rows
    }

    /// The cell at a 0-based row and column, or "" when the row is shorter.
    public func cell(_ row: Int, _ column: Int) -> String {
        guard row >= 0, row < rows.count, column >= 0, column < rows[row].count else { return "" }
        return rows[row][column]
    }

    /// The number of columns of the widest row.
    public var columnCount: Int { rows.map(\.count).max() ?? 0 }

    /// How a column is named in messages: a letter for xlsx ("G"), a 1-based number for CSV ("7").
    public func columnLabel(_ column: Int) -> String {
        format == .xlsx ? DataTable.columnLetters(column) : String(column + 1)
    }

    /// `row:column` as the spreadsheet shows them (1-based row; column as ``columnLabel(_:)``),
    /// for a 0-based row and column; the column may be nil for the whole row.
    public func place(row: Int, column: Int?) -> String {
        guard let column else { return "row \(row + 1)" }
        return "\(row + 1):\(columnLabel(column))"
    }

    /// Spreadsheet column letters for a 0-based column: 0 → "A", 25 → "Z", 26 → "AA".
    public static func columnLetters(_ column: Int) -> String {
        var n = column + 1
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The 0-based column of letters such as "AB", or nil when they are not letters A–Z.
    public static func columnIndex(letters: Substring) -> Int? {
        guard !letters.isEmpty else { return nil }
        var n = 0
        for u in letters.utf8 {
            guard u >= 65 && u <= 90 else { return nil }
            n = n * 26 + Int(u - 64)
            if n > 1 << 20 { return nil }
        }
        return n - 1
    }
}

/// The kinds of table file Benkang reads and writes.
public enum TableFileFormat: String, Sendable, Hashable {
    /// Comma-separated values (RFC 4180), UTF-8 or GB18030.
    case csv
    /// An Office Open XML workbook (Excel 2007 and later).
    case xlsx
}
