/// A problem in a scenario file, printed the way compilers print:
/// `scenarios/x.yaml:12:5: programs.tourism.villages_by_year.2017: expected an integer ≥ 0, found "thirty"`.
public struct ScenarioError: Error, Hashable, Sendable, CustomStringConvertible {
    public var origin: ScenarioOrigin
    /// The dotted key path, e.g. `programs.tourism.villages_by_year.2017`.
    public var keyPath: String
    public var message: String

    public init(_ origin: ScenarioOrigin, _ keyPath: String, _ message: String) {
        self.origin = origin; self.keyPath = keyPath; self.message = message
    }

    public var description: String {
        let place = origin.line > 0 ? "\(origin.file):\(origin.line):\(origin.column): " : "\(origin.file): "
        return place + (keyPath.isEmpty ? "" : "\(keyPath): ") + message
    }
}

/// Suggestions for a misspelt key: the closest known names by edit distance.
enum DidYouMean {
    /// The closest candidate within a distance of max(2, a third of the word), or nil.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let w = Array(word.lowercased())
        var best: (String, Int)?
        for c in candidates {
            let d = distance(w, Array(c.lowercased()))
            if d <= max(2, w.count / 3), best == nil || d < best!.1 { best = (c, d) }
        }
        return best?.0
    }

    /// Levenshtein distance.
    /// - Complexity: O(|a|·|b|).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count), cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
