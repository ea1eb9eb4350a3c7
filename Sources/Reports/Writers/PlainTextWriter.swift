/// Writes a table for the terminal: a header row of column labels, then the rows, each
/// column as wide as its widest cell (or its minimum width), aligned as the column
/// says, columns joined by `separator`, trailing spaces trimmed.
public enum PlainTextWriter {
    /// The table as aligned text, one line per row, `\n` after each.
    /// - Complexity: O(rows × columns).
    public static func render<Row>(_ table: Table<Row>, separator: String = "  ") -> String {
        let lines = [table.columns.map(\.label)] + table.cells.map { $0.map(\.text) }
        let widths = table.columns.indices.map { c in
            max(table.columns[c].minimumWidth, lines.map { $0[c].count }.max() ?? 0)
        }
        return lines.map { line in
            var text = line.enumerated().map { c, s in
                let pad = String(repeating: " ", count: max(0, widths[c] - s.count))
                return table.columns[c].alignment == .left ? s + pad : pad + s
            }.joined(separator: separator)
            while text.last == " " { text.removeLast() }
            return text
        }.joined(separator: "\n") + "\n"
    }
}
