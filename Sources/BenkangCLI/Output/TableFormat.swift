import Simulation

/// Fixed-precision number formatting for CSV, JSON and terminal tables (no locale,
/// no exponent): the same numbers always give the same bytes.
enum TableFormat {
    /// `value` with exactly `decimals` digits after the point ("0" when not finite).
    static func fixed(_ value: Double, _ decimals: Int) -> String { TextEncoding.decimal(value, decimals) ?? "0" }

    /// A CSV field, quoted when it holds a comma, quote or newline.
    static func csvField(_ s: String) -> String { TextEncoding.csvField(s) }

    /// A JSON string literal.
    static func jsonString(_ s: String) -> String { TextEncoding.jsonString(s) }
}
