/// How a numeric variable is cut into classes for a choropleth.
public enum ClassificationMethod: String, Sendable, CaseIterable {
    /// Equal counts per class.
    case quantile
    /// Classes of equal width between the minimum and the maximum.
    case equalInterval = "equal-interval"
    /// Jenks natural breaks (Fisher's exact optimisation of within-class variance).
    case naturalBreaks = "natural-breaks"
    /// Breaks given by the map author.
    case manual
}

/// Class breaks: `breaks[0]` is the lower bound of the first class, `breaks[i]` the upper
/// bound (inclusive) of class `i - 1`. A value belongs to the first class whose upper
/// bound is ≥ the value.
public struct Classification: Sendable, Hashable {
    public var method: ClassificationMethod
    public var breaks: [Double]

    public init(method: ClassificationMethod, breaks: [Double]) {
        self.method = method; self.breaks = breaks
    }

    public var classCount: Int { max(0, breaks.count - 1) }

    /// The class of `value` (0-based), clamped to the first and last class.
    public func classIndex(of value: Double) -> Int {
        for i in 1..<breaks.count where value <= breaks[i] { return i - 1 }
        return classCount - 1
    }

    /// How many of `values` fall in each class.
    /// - Complexity: O(n · k).
    public func counts(_ values: [Double]) -> [Int] {
        var c = [Int](repeating: 0, count: classCount)
        for v in values where v.isFinite { c[classIndex(of: v)] += 1 }
        return c
    }
}

/// A classification that could not be made.
public struct ClassificationError: Error, CustomStringConvertible, Sendable {
    public var description: String
}
