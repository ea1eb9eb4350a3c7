import GIS

/// One value of a table before a writer turns it into text: the CSV, JSON, GeoJSON,
/// plain-text and Markdown writers (and later xlsx and HTML) read the same cells.
public enum Cell: Hashable, Sendable {
    /// Text, written as is (quoted in CSV where needed; a JSON string).
    case text(String)
    /// A whole number.
    case integer(Int)
    /// A number with exactly `decimals` digits after the point (rounded half away from zero).
    case number(Double, decimals: Int)
    /// Yes or no: `1`/`0` in CSV and text tables, `true`/`false` in JSON.
    case flag(Bool)
    /// No value: `shown` in CSV and text tables (e.g. "not by 2020", "n/a", ""), null in JSON.
    case missing(shown: String)

    /// `value` at `decimals`, or `missing(shown: whenNotFinite)` when it is not finite.
    public static func number(_ value: Double, _ decimals: Int, whenNotFinite: String) -> Cell {
        value.isFinite ? .number(value, decimals: decimals) : .missing(shown: whenNotFinite)
    }

    /// The cell as CSV and text tables show it (before CSV quoting).
    public var text: String {
        switch self {
        case .text(let s), .missing(let s): s
        case .integer(let n): String(n)
        case .number(let x, let d): Fixed.text(x, d)
        case .flag(let b): b ? "1" : "0"
        }
    }
}

/// Fixed decimals for tables through GIS's ``DecimalWriter`` (the one fixed-decimal
/// writer): trailing zeros kept, no locale, no exponent, never "-0".
public enum Fixed {
    /// `value` with exactly `decimals` digits after the point; "0" when not finite.
    public static func text(_ value: Double, _ decimals: Int) -> String {
        DecimalWriter.string(value, decimals: decimals) ?? "0"
    }
}
