/// Writes a table as CSV (RFC 4180, UTF-8): a header row of column names, then one
/// line per row; fields quoted only when needed; `\n` line ends, one after the last row.
public enum CSVWriter {
    /// The table as CSV text.
    /// - Complexity: O(rows × columns).
    public static func render<Row>(_ table: Table<Row>) -> String {
        var lines = [table.columns.map { field($0.name) }.joined(separator: ",")]
        for row in table.cells { lines.append(row.map { field($0.text) }.joined(separator: ",")) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    public static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return s }
        var out = "\""
        for c in s { if c == "\"" { out += "\"\"" } else { out.append(c) } }
        return out + "\""
    }
}
