import GIS

/// Writes cells and tables as JSON text: numbers at their cell's decimals (no exponent),
/// null for a missing or non-finite value, strings escaped (RFC 8259).
public enum JSONWriter {
    /// One cell as a JSON value.
    public static func value(_ cell: Cell) -> String {
        switch cell {
        case .text(let s): string(s)
        case .integer(let n): String(n)
        case .number(let x, let d): DecimalWriter.string(x, decimals: d) ?? "null"
        case .flag(let b): b ? "true" : "false"
        case .missing: "null"
        }
    }

    /// `{"key": value, …}` on one line, in the order given.
    public static func object(_ fields: [(key: String, value: Cell)]) -> String {
        "{" + fields.map { string($0.key) + ": " + value($0.value) }.joined(separator: ", ") + "}"
    }

    /// Each row as a one-line object keyed by column name, in column order.
    /// - Complexity: O(rows × columns).
    public static func objects<Row>(_ table: Table<Row>) -> [String] {
        table.rows.map { row in object(table.columns.map { ($0.name, $0.value(row)) }) }
    }

    /// A JSON string literal.
    public static func string(_ s: String) -> String {
        TextEscape.jsonString(s)
    }
}
