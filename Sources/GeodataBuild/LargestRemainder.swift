import GIS

/// Integer allocation of a total in proportion to weights (Hamilton's largest
/// remainder method), with optional per-item caps: the shares sum to `total` exactly.
/// Ties in the remainders go to the lower index, so the result is deterministic.
enum LargestRemainder {
    /// - Throws: `GISError` when the total cannot be allocated: negative, no positive
    ///   weight for a positive total, or caps (when given) summing to less than it.
    /// - Complexity: O(n log n) per round; a round repeats only when caps bind.
    static func allocate(_ total: Int, weights: [Double], caps: [Int]? = nil) throws -> [Int] {
        guard total >= 0 else { throw GISError("cannot allocate a negative total (\(total))") }
        var result = [Int](repeating: 0, count: weights.count)
        var open = Array(weights.indices).filter { weights[$0] > 0 && (caps?[$0] ?? 1) > 0 }
        var remaining = total
        while remaining > 0 && !open.isEmpty {
            let sum = open.reduce(0.0) { $0 + weights[$1] }
            var quotas: [(Int, Double)] = []
            var given = 0
            for i in open {
                let q = Double(remaining) * weights[i] / sum
                let room = (caps?[i] ?? Int.max) - result[i]
                let whole = min(Int(q.rounded(.down)), room)
                result[i] += whole
                given += whole
                quotas.append((i, whole == room ? -1 : q - q.rounded(.down)))
            }
            var left = remaining - given
            for (i, _) in quotas.sorted(by: { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }) where left > 0 {
                if let c = caps?[i], result[i] >= c { continue }
                result[i] += 1; left -= 1
            }
            remaining = left
            open = open.filter { (caps?[$0] ?? Int.max) > result[$0] }
        }
        guard remaining == 0 else {
            throw GISError("cannot allocate \(total) over \(weights.count) items: \(remaining) left when every item with a positive weight is at its cap")
        }
        return result
    }
}
