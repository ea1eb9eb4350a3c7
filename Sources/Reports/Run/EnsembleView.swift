import Simulation

/// The runs of an ensemble seen as one table: each figure is the run's value when there
/// is one run, else the P50, with P10 and P90 beside it.
public struct EnsembleView {
    public let runs: [RunResult]
    public var isEnsemble: Bool { runs.count > 1 }

    /// - Precondition: at least one run.
    public init(runs: [RunResult]) {
        precondition(!runs.isEmpty)
        self.runs = runs
    }

    public func quantiles(_ f: (RunResult) -> Double) -> Quantiles { Quantiles(runs.map(f)) }

    /// The columns of a figure: `name` (the value, P50 of an ensemble), then `name_p10`
    /// and `name_p90` when an ensemble, each at `decimals`.
    public func columns<Row>(_ name: String, label: String? = nil, unit: String? = nil, decimals: Int,
                             _ f: @escaping (RunResult, Row) -> Double) -> [Column<Row>] {
        let runs = runs
        let picks: [(String, (Quantiles) -> Double)] = isEnsemble
            ? [("", { $0.p50 }), ("_p10", { $0.p10 }), ("_p90", { $0.p90 })] : [("", { $0.p50 })]
        return picks.map { suffix, pick in
            Column.number(name + suffix, label: label.map { suffix.isEmpty ? $0 : $0 + " " + suffix.dropFirst().uppercased() },
                          unit: unit, decimals: decimals) { row in pick(Quantiles(runs.map { f($0, row) })) }
        }
    }

    /// The P50 exit year of village `v` over the runs (an order statistic, "no exit"
    /// later than any year); nil when the P50 run has not exited by the last year.
    public func villageExitYear(_ v: Int) -> Int? {
        Quantiles.medianYear(runs.map { r in r.years.indices.first { r.villages[$0][v].exited }.map { r.years[$0] } })
    }
}
