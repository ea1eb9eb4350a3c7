import GIS

/// Writes a table as a one-sheet xlsx workbook through GIS's ``XLSXWriter`` (the one xlsx
/// container of the project): row 1 the Chinese headers (each column's `label`, its
/// `name` when it has none), row 2 the English keys (the CSV header), both frozen; text
/// cells (ids and codes such as `township_code`) as text-formatted strings, so Excel and
/// WPS never show 5.11623E+11; whole numbers, flags (1/0) and fixed-decimal numbers as
/// numeric cells with the column's decimals as number format; a missing value as its
/// CSV text ("n/a", "never") or an empty cell. Values are those of the CSV, unscaled
/// (a yuan column stays yuan; its header says 元).
public enum XLSXTableWriter {
    /// The workbook bytes, byte-identical for the same table.
    /// - Parameter sheetName: 1–31 characters, none of `[]:*?/\`.
    /// - Throws: `GISError` when the sheet name is not allowed or the container cannot be made.
    /// - Complexity: O(rows × columns).
    public static func render<Row>(_ table: Table<Row>, sheetName: String) throws -> [UInt8] {
        var rows: [[XLSXWriter.Cell]] = [
            table.columns.map { .text($0.label) },
            table.columns.map { .text($0.name) },
        ]
        for row in table.cells { rows.append(row.map(cell)) }
        let widths = table.columns.map { c in
            Double(min(40, max(8, max(displayWidth(c.label), c.name.count) + 2)))
        }
        return try XLSXWriter.workbook(sheetName: sheetName, rows: rows, headerRows: 2, columnWidths: widths)
    }

    /// One table cell as an xlsx cell (a number rounded as the CSV writes it).
    static func cell(_ c: Cell) -> XLSXWriter.Cell {
        switch c {
        case .text(let s): .text(s)
        case .integer(let n): .fixed(Double(n), decimals: 0)
        case .number(let x, let d): .fixed(Double(Fixed.text(x, d)) ?? x, decimals: d)
        case .flag(let b): .fixed(b ? 1 : 0, decimals: 0)
        case .missing(let shown): shown.isEmpty ? .empty : .text(shown)
        }
    }

    /// Columns a header takes: 2 for each CJK character, 1 for others.
    static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
    }
}
