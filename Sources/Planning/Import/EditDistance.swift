/// Levenshtein distance between strings, by Characters (so 芭蕉村 and 芭焦村 are 1 apart),
/// for "did you mean" suggestions.
enum EditDistance {
    /// The number of single-character insertions, deletions and substitutions that turn
    /// `a` into `b`.
    /// - Complexity: O(|a| × |b|) time, O(|b|) memory.
    static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The candidates nearest to `word`, nearest first (ties in the candidates' order),
    /// at most `limit`, each within `maxDistance`.
    static func nearest(_ word: String, in candidates: [String], limit: Int, maxDistance: Int) -> [String] {
        candidates.enumerated()
            .map { (d: between(word, $0.element), i: $0.offset, s: $0.element) }
            .filter { $0.d <= maxDistance }
            .sorted { ($0.d, $0.i) < ($1.d, $1.i) }
            .prefix(limit).map(\.s)
    }
}
