import GIS

/// First-order and total Sobol' indices of one factor with bootstrap intervals.
public struct SobolIndices: Sendable, Hashable {
    public var factor: String
    /// First-order index S1 (Saltelli et al. 2010, estimator (b) of table 2).
    public var first: Double
    /// 95 % bootstrap percentile interval of S1.
    public var firstInterval: ClosedRange<Double>
    /// Total index ST (Jansen 1999).
    public var total: Double
    public var totalInterval: ClosedRange<Double>
}

/// Sobol' indices from a Saltelli design (``SaltelliDesign``): with f(A), f(B), f(AB_i)
/// over the N rows and V the variance of f(A) ∪ f(B),
/// S1_i = mean(f(B)·(f(AB_i) − f(A))) / V and ST_i = mean((f(A) − f(AB_i))²) / (2V).
/// The outputs are first centred on the mean of f(A) ∪ f(B): the estimators are the same
/// in expectation, but the S1 estimator's variance grows with the square of the output's
/// mean (an output near 20,000 persons with a spread of a few hundred gives intervals
/// wider than ±10 uncentred). Intervals: the 2.5 and 97.5 percentiles over `bootstrap`
/// resamples of the rows (with replacement, drawn from `seed`).
public enum SobolAnalysis {
    /// - Parameter outputs: one value per design point, in design order (N·(d + 2)).
    /// - Returns: nil when the outputs are not all finite or have no variance.
    /// - Complexity: O(bootstrap × N × d).
    public static func indices(outputs: [Double], factors: [String], bootstrap: Int, seed: UInt64) -> [SobolIndices]? {
        let d = factors.count, block = d + 2
        let n = outputs.count / block
        guard n >= 2, outputs.allSatisfy(\.isFinite) else { return nil }
        let centre = (0..<n).reduce(0.0) { $0 + outputs[$1 * block] + outputs[$1 * block + d + 1] } / Double(2 * n)
        let a = (0..<n).map { outputs[$0 * block] - centre }
        let b = (0..<n).map { outputs[$0 * block + d + 1] - centre }
        let ab = (0..<d).map { i in (0..<n).map { outputs[$0 * block + 1 + i] - centre } }
        func estimate(_ rows: [Int]) -> [(Double, Double)]? {
            let m = Double(rows.count)
            var sum = 0.0, sum2 = 0.0
            for j in rows { sum += a[j] + b[j]; sum2 += a[j] * a[j] + b[j] * b[j] }
            let mean = sum / (2 * m)
            let v = sum2 / (2 * m) - mean * mean
            guard v > 1e-300 else { return nil }
            return (0..<d).map { i in
                var s1 = 0.0, st = 0.0
                for j in rows {
                    s1 += b[j] * (ab[i][j] - a[j])
                    st += (a[j] - ab[i][j]) * (a[j] - ab[i][j])
                }
                return (s1 / m / v, st / m / (2 * v))
            }
        }
        guard let point = estimate(Array(0..<n)) else { return nil }
        var random = Xoshiro256StarStar(seed: seed, stream: 0xB007)
        var samples = [[(Double, Double)]]()
        for _ in 0..<bootstrap {
            let rows = (0..<n).map { _ in Int(random.next() % UInt64(n)) }
            if let e = estimate(rows) { samples.append(e) }
        }
        func interval(_ values: [Double], _ fallback: Double) -> ClosedRange<Double> {
            guard !values.isEmpty else { return fallback...fallback }
            let s = values.sorted()
            let lo = s[max(0, Int((0.025 * Double(s.count)).rounded(.down)))]
            let hi = s[min(s.count - 1, Int((0.975 * Double(s.count)).rounded(.up)) - 1)]
            return min(lo, hi)...max(lo, hi)
        }
        return (0..<d).map { i in
            SobolIndices(factor: factors[i], first: point[i].0, firstInterval: interval(samples.map { $0[i].0 }, point[i].0),
                         total: point[i].1, totalInterval: interval(samples.map { $0[i].1 }, point[i].1))
        }
    }
}
