import Simulation

/// The runs of an ensemble seen as one table: each figure is the run's value when there
/// is one run, else the P50, with P10 and P90 beside it.
struct EnsembleView {
    let runs: [RunResult]
    var isEnsemble: Bool { runs.count > 1 }

    func quantiles(_ f: (RunResult) -> Double) -> Quantiles { Quantiles(runs.map(f)) }

    /// The cells for a figure: the value (P50), then P10 and P90 when an ensemble.
    func cells(_ decimals: Int, _ f: (RunResult) -> Double) -> [String] {
        let q = quantiles(f)
        let main = TableFormat.fixed(q.p50, decimals)
        return isEnsemble ? [main, TableFormat.fixed(q.p10, decimals), TableFormat.fixed(q.p90, decimals)] : [main]
    }

    /// Header names for a figure: `name`, then `name_p10`, `name_p90` when an ensemble.
    func header(_ name: String) -> [String] { isEnsemble ? [name, name + "_p10", name + "_p90"] : [name] }

    /// The P50 exit year of village `v` over the runs (an order statistic, "no exit"
    /// later than any year); nil when the P50 run has not exited by the last year.
    func villageExitYear(_ v: Int) -> Int? {
        Quantiles.medianYear(runs.map { r in r.years.indices.first { r.villages[$0][v].exited }.map { r.years[$0] } })
    }
}
