/// Everything an experiment's results give: each point's output statistics and
/// constraints, and the analyses its design allows (Morris, Sobol, PRIM).
public struct ExperimentAnalysis: Sendable {
    /// statistics[p][o]: output o at point p (its statistic over the point's runs).
    public var statistics: [[Double]]
    /// Per point: every constraint holds.
    public var meetsConstraints: [Bool]
    /// Per point: the discovery condition (and the constraints) hold; nil without discovery.
    public var ofInterest: [Bool]?
    /// Morris indices per output (morris designs).
    public var morris: [(output: String, indices: [MorrisIndices])] = []
    /// Sobol indices per output (sobol designs); outputs whose values are not finite or
    /// do not vary are listed in `skipped`.
    public var sobol: [(output: String, indices: [SobolIndices])] = []
    public var prim: PRIM.Result?
    /// Outputs an analysis could not use, with the reason.
    public var skipped: [String] = []

    /// - Parameter results: one per point of the design, in design order (values in
    ///   `experiment.figures` order).
    public init(experiment: Experiment, design: ExperimentDesign, results: [PointResult]) {
        let figures = experiment.figures
        func column(_ figure: String, _ r: PointResult) -> [Double] {
            let k = figures.firstIndex(of: figure)!
            return r.values.map { $0[k] }
        }
        (statistics, meetsConstraints) = Self.pointStatistics(experiment, values: results.map(\.values))
        if let discovery = experiment.discovery {
            let y = results.indices.map { p in meetsConstraints[p] && discovery.condition.holds(column(discovery.condition.figure, results[p])) }
            ofInterest = y
            prim = PRIM.discover(x: design.values, y: y, bounds: experiment.factors.map(\.bounds),
                                 peelFraction: discovery.peelFraction, minimumMass: discovery.minimumMass,
                                 minimumDensity: discovery.minimumDensity)
            if prim == nil { skipped.append("discovery: no point meets the condition, so there is no box to find") }
        }
        let names = experiment.factors.map(\.name)
        for (o, output) in experiment.outputs.enumerated() {
            let y = statistics.map { $0[o] }
            switch design.kind {
            case .morris:
                if y.allSatisfy(\.isFinite) {
                    morris.append((output.name, MorrisAnalysis.indices(units: design.units, outputs: y, factors: names)))
                } else {
                    skipped.append("\(output.name): not finite at some points (a year figure's mean is +∞ when an event does not happen; use statistic share_at_most)")
                }
            case .sobol:
                if let s = SobolAnalysis.indices(outputs: y, factors: names, bootstrap: experiment.design.bootstrap, seed: experiment.seed) {
                    sobol.append((output.name, s))
                } else {
                    skipped.append("\(output.name): not finite at some points, or the same at every point (no variance to share out)")
                }
            case .grid, .latinHypercube:
                break
            }
        }
    }

    /// Each point's output statistics and whether its constraints hold, from
    /// `values[p][r][k]` (figure k of run r at point p, in `experiment.figures` order):
    /// points.csv's columns, also for one county of a region (points-by-county.csv).
    public static func pointStatistics(_ experiment: Experiment, values: [[[Double]]]) -> (statistics: [[Double]], meetsConstraints: [Bool]) {
        let figures = experiment.figures
        func column(_ figure: String, _ runs: [[Double]]) -> [Double] {
            let k = figures.firstIndex(of: figure)!
            return runs.map { $0[k] }
        }
        return (values.map { runs in experiment.outputs.map { $0.statistic.of(column($0.figure, runs)) } },
                values.map { runs in experiment.constraints.allSatisfy { $0.holds(column($0.figure, runs)) } })
    }
}
