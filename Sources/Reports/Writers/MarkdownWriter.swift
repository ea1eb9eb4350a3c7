/// Writes a table as a GitHub Markdown table: a header row of column labels, the key
/// (first) column left-aligned and every other column right-aligned, cells as text.
public enum MarkdownWriter {
    /// The table as Markdown, one line per row, `\n` after each.
    /// - Complexity: O(rows × columns).
    public static func render<Row>(_ table: Table<Row>) -> String {
        var lines = ["| " + table.columns.map(\.label).joined(separator: " | ") + " |"]
        lines.append("|" + table.columns.indices.map { $0 == 0 ? " --- |" : " ---: |" }.joined())
        for row in table.cells { lines.append("| " + row.map(\.text).joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }
}
