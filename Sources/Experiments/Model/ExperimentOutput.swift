/// How an output summarises one key figure over the runs of a point.
public enum OutputStatistic: Sendable, Hashable {
    case mean, p10, p50, p90
    /// The share of runs in which the figure is at most the threshold (e.g. the county
    /// exits by 2018: `county_exit_year` at most 2018).
    case shareAtMost(Double)
    /// The share of runs in which the figure is at least the threshold.
    case shareAtLeast(Double)

    /// The statistic's name as written in the experiment file.
    public var keyword: String {
        switch self {
        case .mean: "mean"
        case .p10: "p10"
        case .p50: "p50"
        case .p90: "p90"
        case .shareAtMost: "share_at_most"
        case .shareAtLeast: "share_at_least"
        }
    }

    /// The statistic of `values` (one per run); year figures are +∞ when the event did
    /// not happen, which the shares and order statistics handle, and the mean makes +∞.
    public func of(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        switch self {
        case .mean: return values.reduce(0, +) / Double(values.count)
        case .p10: return Self.quantile(values, 0.1)
        case .p50: return Self.quantile(values, 0.5)
        case .p90: return Self.quantile(values, 0.9)
        case .shareAtMost(let t): return Double(values.filter { $0 <= t }.count) / Double(values.count)
        case .shareAtLeast(let t): return Double(values.filter { $0 >= t }.count) / Double(values.count)
        }
    }

    /// The order statistic at rank ⌈q·n⌉ (never an interpolation, so years stay years).
    static func quantile(_ values: [Double], _ q: Double) -> Double {
        let s = values.sorted()
        let k = max(0, min(s.count - 1, Int((q * Double(s.count)).rounded(.up)) - 1))
        return s[k]
    }
}

/// One output of interest: a key figure of the run (`KeyFigures`) and its statistic over
/// the runs of a point, named for the tables.
public struct ExperimentOutput: Sendable, Hashable {
    /// The column name in the tables (default: figure, or figure_statistic).
    public var name: String
    /// The key figure's name (`county_exit_year`, `poor_persons_2018`, …).
    public var figure: String
    public var statistic: OutputStatistic
    public init(name: String, figure: String, statistic: OutputStatistic) {
        self.name = name; self.figure = figure; self.statistic = statistic
    }
}

/// A condition on a point's outputs: a statistic of a figure at most or at least a bound.
public struct OutputCondition: Sendable, Hashable {
    public var figure: String
    public var statistic: OutputStatistic
    public var atMost: Double?
    public var atLeast: Double?
    public init(figure: String, statistic: OutputStatistic, atMost: Double?, atLeast: Double?) {
        self.figure = figure; self.statistic = statistic; self.atMost = atMost; self.atLeast = atLeast
    }

    /// True when the statistic of `values` is within the bounds.
    public func holds(_ values: [Double]) -> Bool {
        let v = statistic.of(values)
        if let atMost, !(v <= atMost) { return false }
        if let atLeast, !(v >= atLeast) { return false }
        return true
    }
}
