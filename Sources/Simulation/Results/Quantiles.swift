/// P10, P50 and P90 of a sample (linear interpolation between order statistics, as
/// R's type 7 and NumPy's default).
public struct Quantiles: Hashable, Sendable {
    public var p10, p50, p90: Double

    /// - Precondition: `values` is not empty.
    /// - Complexity: O(n log n).
    public init(_ values: [Double]) {
        precondition(!values.isEmpty)
        let s = values.sorted()
        func q(_ p: Double) -> Double {
            let h = p * Double(s.count - 1)
            let lo = Int(h.rounded(.down)), hi = min(lo + 1, s.count - 1)
            return s[lo] + (h - Double(lo)) * (s[hi] - s[lo])
        }
        p10 = q(0.1); p50 = q(0.5); p90 = q(0.9)
    }
}
