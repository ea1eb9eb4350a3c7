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
    /// A county exit year of 0 (no exit by 2020) is worse than any year.
    public func beats(_ other: Double) -> Bool {
        var a = value, b = other
        if name == "county_exit_year" { a = a == 0 ? .infinity : a; b = b == 0 ? .infinity : b }
        switch better {
        case .lower: return a < b
        case .higher: return a > b
        case .neither: return false
        }
    }
}
