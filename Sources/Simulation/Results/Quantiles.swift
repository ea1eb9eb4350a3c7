/// P10, P50 and P90 of a sample (linear interpolation between order statistics, as
/// R's type 7 and NumPy's default).
public struct Quantiles: Hashable, Sendable {
    public var p10, p50, p90: Double

    /// - Precondition: `values` is not empty.
    /// - Complexity: O(n log n).
    public init(_ values: [Double]) {
        precondition(!values.isEmpty)
        let s = Self.sortedSample(values)
        func q(_ p: Double) -> Double {
            let h = p * Double(s.count - 1)
            let lo = Int(h.rounded(.down)), hi = min(lo + 1, s.count - 1)
            return s[lo] + (h - Double(lo)) * (s[hi] - s[lo])
        }
        p10 = q(0.1); p50 = q(0.5); p90 = q(0.9)
    }

    /// P10, P50 and P90 as order statistics, without interpolation: the value at 0-based
    /// rank ⌊p·n⌋ of the sorted sample (the smallest value that more than a share p of
    /// the runs do not exceed; for an even count the P50 is the upper middle value).
    /// For years and flags: "no exit" is +∞ (later than any year) and stays +∞, never
    /// averaged with a real year.
    /// - Precondition: `values` is not empty and holds no NaN.
    /// - Complexity: O(n log n).
    public init(orderStatistics values: [Double]) {
        precondition(!values.isEmpty)
        let s = Self.sortedSample(values)
        func q(_ p: Double) -> Double { s[min(s.count - 1, Int((p * Double(s.count)).rounded(.down)))] }
        p10 = q(0.1); p50 = q(0.5); p90 = q(0.9)
    }

    /// `values` in ascending order, equal values in their original order: the result of
    /// `values.sorted()`, by insertion for an ensemble-sized sample (no buffer besides the
    /// copy; the outputs ask for thousands of these), by the standard sort for a large one
    /// or one holding a NaN (where `<` is not an order and only the standard sort's own
    /// result counts).
    /// - Complexity: O(n²) up to 128 values, else O(n log n).
    static func sortedSample(_ values: [Double]) -> [Double] {
        guard values.count <= 128, !values.contains(where: \.isNaN) else { return values.sorted() }
        var s = values
        s.withUnsafeMutableBufferPointer { a in
            for i in a.indices.dropFirst() {
                let x = a[i]
                var j = i
                while j > 0, x < a[j - 1] { a[j] = a[j - 1]; j -= 1 }
                a[j] = x
            }
        }
        return s
    }

    /// A year as a sample value: the year, or +∞ for none ("not by the last year").
    public static func year(_ year: Int?) -> Double { year.map(Double.init) ?? .infinity }

    /// The P50 exit year of runs' exit years (nil = no exit in that run); nil when the
    /// P50 run has not exited.
    public static func medianYear(_ years: [Int?]) -> Int? {
        let p50 = Quantiles(orderStatistics: years.map(year)).p50
        return p50.isFinite ? Int(p50) : nil
    }
}
