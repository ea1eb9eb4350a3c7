/// Which way a key figure is better.
public enum Better: String, Sendable {
    case lower, higher
    /// Neither way (context figures such as persons moved).
    case neither
}

/// One key figure of a run: its name (with the unit in it), value and direction.
public struct KeyFigure: Hashable, Sendable {
    public var name: String
    public var value: Double
    public var better: Better
    public init(_ name: String, _ value: Double, _ better: Better) {
        self.name = name; self.value = value; self.better = better
    }

    /// True when `value` beats `other` in this figure's direction (never for `.neither`).
    /// A year figure of +∞ (no exit by the end year) is later than any year, and two +∞ tie.
    public func beats(_ other: Double) -> Bool {
        let a = value, b = other
        switch better {
        case .lower: return a < b
        case .higher: return a > b
        case .neither: return false
        }
    }
}
