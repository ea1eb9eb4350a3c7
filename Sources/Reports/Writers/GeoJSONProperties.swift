import GIS

/// Writes a table's cells as GeoJSON feature properties: numbers rounded to their
/// cell's decimals (then written in their shortest form), yes/no as booleans,
/// missing and non-finite values as null.
public enum GeoJSONProperties {
    /// One cell as a JSON value.
    public static func value(_ cell: Cell) -> JSONValue {
        switch cell {
        case .text(let s): .string(s)
        case .integer(let n): .number(Double(n))
        case .number(let x, let d): .number(rounded(x, d))
        case .flag(let b): .bool(b)
        case .missing: .null
        }
    }

    /// `x` rounded half away from zero to `decimals` places (a non-finite `x` stays so,
    /// and the encoder writes null).
    static func rounded(_ x: Double, _ decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        return (x * scale).rounded() / scale
    }

    /// Sets the properties of `row`'s columns on `feature`, in column order.
    public static func set<Row>(_ columns: [Column<Row>], of row: Row, on feature: inout Feature) {
        for c in columns { feature[property: c.name] = value(c.value(row)) }
    }
}
