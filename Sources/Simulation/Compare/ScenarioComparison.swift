/// Key figures of several scenarios run with common random numbers (run r of every
/// scenario uses the same seed), side by side, with differences from the first.
public struct ScenarioComparison: Sendable {
    /// Column names (unique), one per scenario.
    public let scenarios: [String]
    /// Figure names and directions, in report order.
    public let figures: [(name: String, better: Better)]
    /// `values[s][f][r]`: scenario s, figure f, run r.
    public let values: [[[Double]]]
    public let seed: UInt64
    /// The last simulated year (the county profile's end year), for "not by <year>".
    public let endYear: Int?

    /// - Parameter runs: per scenario, the key figures of each run (same figures, same order).
    /// - Precondition: at least one scenario; every scenario has the same number of runs (≥ 1).
    public init(scenarios: [String], runs: [[[KeyFigure]]], seed: UInt64, endYear: Int? = nil) {
        self.endYear = endYear
        precondition(!scenarios.isEmpty && scenarios.count == runs.count)
        precondition(Set(runs.map(\.count)).count == 1 && runs[0].count >= 1)
        self.scenarios = scenarios
        self.seed = seed
        let figures = runs[0][0].map { (name: $0.name, better: $0.better) }
        self.figures = figures
        values = runs.map { scenarioRuns in
            figures.indices.map { f in scenarioRuns.map { $0[f].value } }
        }
    }

    public var runCount: Int { values[0][0].count }

    /// How a year that did not come by the end year is written.
    public var neverText: String { endYear.map { "not by \($0)" } ?? "not by the end year" }

    /// The value of figure `f` for scenario `s` (the single run, or the P50 of the runs;
    /// an order statistic for year figures, +∞ for "not by the end year").
    public func value(_ s: Int, _ f: Int) -> Double { runCount == 1 ? values[s][f][0] : quantiles(s, f).p50 }

    /// P10/P50/P90 of figure `f` over the runs of scenario `s` (order statistics for years).
    public func quantiles(_ s: Int, _ f: Int) -> Quantiles { KeyFigures.quantiles(figures[f].name, values[s][f]) }

    /// Scenario `s` minus the first, run by run (paired over common random numbers). For
    /// a year figure, two runs that both never exit differ by 0, and a run that exits
    /// against one that does not by −∞ or +∞ (no year is taken for "no exit").
    public func pairedDifferences(_ s: Int, _ f: Int) -> [Double] {
        zip(values[s][f], values[0][f]).map { a, b in a == b ? 0 : a - b }
    }

    /// P10/P50/P90 of the paired differences (order statistics for years).
    public func differenceQuantiles(_ s: Int, _ f: Int) -> Quantiles {
        KeyFigures.quantiles(figures[f].name, pairedDifferences(s, f))
    }

    /// The difference of scenario `s` from the first: of the single run, or the P50 of
    /// the paired run-by-run differences.
    public func diff(_ s: Int, _ f: Int) -> Double {
        runCount == 1 ? pairedDifferences(s, f)[0] : differenceQuantiles(s, f).p50
    }

    /// The share of runs in which scenario `a` beats scenario `b` in figure `f`
    /// (0 for figures with no better direction).
    public func shareOfRunsBetter(_ a: Int, than b: Int, _ f: Int) -> Double {
        let (name, better) = figures[f]
        var wins = 0
        for r in 0..<runCount where KeyFigure(name, values[a][f][r], better).beats(values[b][f][r]) { wins += 1 }
        return Double(wins) / Double(runCount)
    }

    /// Every ordered pair (a, b), a ≠ b, in scenario order.
    public var pairs: [(a: Int, b: Int)] {
        scenarios.indices.flatMap { a in scenarios.indices.filter { $0 != a }.map { (a, $0) } }
    }
}
