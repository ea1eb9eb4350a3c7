/// Computes class breaks for a variable.
public enum Classifier {
    /// Breaks for `values` (non-finite values are ignored).
    /// - Parameters:
    ///   - classes: the number of classes wanted (2…11); fewer come back when the data
    ///     have fewer distinct values.
    ///   - manualBreaks: for `.manual`, the inner breaks (ascending); the data's minimum
    ///     and maximum close the ends.
    /// - Throws: ``ClassificationError`` when there are no values or manual breaks are
    ///   missing or not ascending.
    /// - Complexity: O(k · n²) for natural breaks, O(n log n) otherwise.
    public static func classify(_ values: [Double], method: ClassificationMethod, classes: Int,
                                manualBreaks: [Double] = []) throws -> Classification {
        let sorted = values.filter { $0.isFinite }.sorted()
        guard let lo = sorted.first, let hi = sorted.last else {
            throw ClassificationError(description: "no values to classify")
        }
        let distinct = Set(sorted).count
        let k = max(1, min(classes, distinct))
        var breaks: [Double]
        switch method {
        case .equalInterval:
            breaks = (0...k).map { i in i == k ? hi : lo + Double(i) * (hi - lo) / Double(k) }
        case .quantile:
            breaks = [lo]
            for i in 1..<k {
                let pos = Int((Double(i) * Double(sorted.count) / Double(k)).rounded(.up)) - 1
                breaks.append(sorted[max(0, min(sorted.count - 1, pos))])
            }
            breaks.append(hi)
        case .naturalBreaks:
            breaks = jenks(sorted, classes: k)
        case .manual:
            guard !manualBreaks.isEmpty else {
                throw ClassificationError(description: "manual classification needs at least one break")
            }
            for (a, b) in zip(manualBreaks, manualBreaks.dropFirst()) where b <= a {
                throw ClassificationError(description: "manual breaks must ascend, found \(a) then \(b)")
            }
            // Every break the author gave is kept (a class may be empty), so class i is
            // always the same range and takes the same colour whatever the data hold.
            return Classification(method: method, breaks: [min(lo, manualBreaks[0])] + manualBreaks + [max(hi, manualBreaks.last!)])
        }
        var unique: [Double] = []
        for b in breaks where unique.last != b { unique.append(b) }
        if unique.count == 1 { unique.append(unique[0]) }
        return Classification(method: method, breaks: unique)
    }

    /// Inner breaks for a difference map: symmetric about zero with a neutral middle class
    /// around zero, so a diverging palette's middle colour always means "no change".
    /// - Parameters:
    ///   - maximumMagnitude: the largest |value| (the outer classes reach ±this).
    ///   - classes: the class count wanted; an even count is raised by one (odd counts
    ///     keep a middle class), and the result is 3…11.
    /// - Returns: `classes - 1` ascending inner breaks; pass them as manual breaks with
    ///   `-maximumMagnitude` and `maximumMagnitude` as the ends.
    public static func symmetricBreaks(maximumMagnitude: Double, classes: Int) -> [Double] {
        let k = symmetricClassCount(classes)
        let m = maximumMagnitude.isFinite && maximumMagnitude > 0 ? maximumMagnitude : 1
        let half = (k - 1) / 2
        let step = m / Double(half)
        let round: (Double) -> Double = { step >= 0.1 ? ($0 * 1000).rounded() / 1000 : $0 }
        let positive = [round(step / 10)] + (1..<half).map { round(Double($0) * step) }
        return positive.reversed().map { -$0 } + positive
    }

    /// The odd class count (3…11) a difference map uses for `classes` wanted.
    public static func symmetricClassCount(_ classes: Int) -> Int {
        let odd = classes % 2 == 0 ? classes + 1 : classes
        return max(3, min(11, odd))
    }

    /// Jenks natural breaks by Fisher's dynamic programme on sorted data: the partition
    /// into `classes` contiguous groups with the least total squared deviation from the
    /// class means. Returns `[min, upper bound of class 1, …, max]`.
    /// - Complexity: O(k · n²) time, O(k · n) memory.
    public static func jenks(_ sorted: [Double], classes k: Int) -> [Double] {
        let n = sorted.count
        guard n > 0 else { return [] }
        guard k > 1, n > k else { return [sorted[0]] + Array(sorted.suffix(max(1, min(k, n)))) }
        var prefix = [Double](repeating: 0, count: n + 1), prefix2 = prefix
        for i in 0..<n { prefix[i + 1] = prefix[i] + sorted[i]; prefix2[i + 1] = prefix2[i] + sorted[i] * sorted[i] }
        func ssd(_ a: Int, _ b: Int) -> Double {  // values a..<b
            let s = prefix[b] - prefix[a], s2 = prefix2[b] - prefix2[a]
            return s2 - s * s / Double(b - a)
        }
        // cost[c][j]: best cost of the first j values in c + 1 classes; start[c][j]: first index of the last class.
        var cost = [[Double]](repeating: [Double](repeating: .infinity, count: n + 1), count: k)
        var start = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: k)
        for j in 1...n { cost[0][j] = ssd(0, j) }
        for c in 1..<k {
            for j in (c + 1)...n {
                var best = Double.infinity, arg = c
                for s in c..<j {
                    let v = cost[c - 1][s] + ssd(s, j)
                    if v < best { best = v; arg = s }
                }
                cost[c][j] = best; start[c][j] = arg
            }
        }
        var uppers: [Double] = []
        var j = n
        for c in stride(from: k - 1, through: 0, by: -1) {
            uppers.append(sorted[j - 1])
            if c > 0 { j = start[c][j] }
        }
        return [sorted[0]] + uppers.reversed()
    }
}
