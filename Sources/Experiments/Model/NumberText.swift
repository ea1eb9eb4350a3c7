/// Numbers as the experiment's files and messages write them: integers without a
/// fraction, other values in the shortest form that reads back as the same Double.
public enum NumberText {
    public static func format(_ d: Double) -> String {
        if d.isNaN { return "" }
        if d == .infinity { return "inf" }
        if d == -.infinity { return "-inf" }
        if d.rounded() == d && abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }

    /// The value a field written by ``format(_:)`` stands for (empty: NaN).
    public static func parse(_ s: String) -> Double? {
        switch s {
        case "": return .nan
        case "inf": return .infinity
        case "-inf": return -.infinity
        default: return Double(s)
        }
    }
}
