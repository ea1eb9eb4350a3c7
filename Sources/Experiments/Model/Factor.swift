/// How a factor's value is drawn and what it does to the scenario key it names.
public enum FactorKind: Sendable, Hashable {
    /// The key is set to a value in `lower…upper` (a number or integer key; integers are rounded).
    case range(lower: Double, upper: Double)
    /// The key is set to one of these values (in this order).
    case levels([Double])
    /// The key's value (a number, or every year of a year map) is multiplied by a factor
    /// in `lower…upper`.
    case scale(lower: Double, upper: Double)
}

/// One uncertain or policy input of an experiment: a scenario key path and its range.
public struct Factor: Sendable, Hashable {
    /// The column name in design.csv and the tables (unique in the experiment).
    public var name: String
    /// The dotted scenario key path (`programs.relocation.take_up_fraction`).
    public var path: String
    public var kind: FactorKind
    /// True when the key holds integers (values are rounded to the nearest integer).
    public var isInteger: Bool

    public init(name: String, path: String, kind: FactorKind, isInteger: Bool = false) {
        self.name = name; self.path = path; self.kind = kind; self.isInteger = isInteger
    }

    /// The factor's value at unit coordinate `u` ∈ [0, 1]: linear in the range, or the
    /// level whose equal share of [0, 1] holds `u`.
    public func value(unit u: Double) -> Double {
        let u = min(1, max(0, u))
        switch kind {
        case .range(let lo, let hi):
            let v = lo + u * (hi - lo)
            return isInteger ? v.rounded() : v
        case .scale(let lo, let hi):
            return lo + u * (hi - lo)
        case .levels(let values):
            return values[min(values.count - 1, Int(u * Double(values.count)))]
        }
    }

    /// The unit coordinates of the levels a grid design gives this factor: its own
    /// levels, or `count` equally spaced values from the lower to the upper bound.
    public func gridUnits(count: Int) -> [Double] {
        if case .levels(let values) = kind {
            return values.indices.map { (Double($0) + 0.5) / Double(values.count) }
        }
        guard count > 1 else { return [0.5] }
        return (0..<count).map { Double($0) / Double(count - 1) }
    }

    /// The bounds of the factor's values (for PRIM boxes and charts).
    public var bounds: ClosedRange<Double> {
        switch kind {
        case .range(let lo, let hi), .scale(let lo, let hi): return min(lo, hi)...max(lo, hi)
        case .levels(let values): return (values.min() ?? 0)...(values.max() ?? 0)
        }
    }
}
