import Simulation

/// `region-comparison.csv`: the region's totals under each strategy, one row per
/// (strategy, year), strategy-major, with each figure's paired difference against the
/// reference strategy (the first): run r of a strategy minus run r of the reference,
/// then P10/P50/P90 over the runs (the strategies share their random numbers run for run).
public enum RegionComparisonTable {
    /// - Precondition: `strategies` and `regions` have the same count (≥ 1), every region
    ///   with the same runs and years.
    public static func table(strategies: [String], regions: [RegionRuns]) -> Table<(strategy: Int, year: Int)> {
        let reference = regions[0]
        let ensemble = reference.runCount > 1
        let picks: [(String, (Quantiles) -> Double)] = ensemble
            ? [("", { $0.p50 }), ("_p10", { $0.p10 }), ("_p90", { $0.p90 })] : [("", { $0.p50 })]
        var columns: [Column<(strategy: Int, year: Int)>] = [
            .text("strategy", label: "策略") { strategies[$0.strategy] },
            .integer("year", label: "年份") { reference.years[$0.year] },
        ]
        for figure in RegionRuns.figures {
            for (suffix, pick) in picks {
                columns.append(.number(figure.name + suffix, label: figure.label + (suffix.isEmpty ? "" : " " + suffix.dropFirst().uppercased()),
                                       unit: figure.unit, decimals: figure.decimals) { row in
                    pick(Quantiles(regions[row.strategy].values(figure, year: row.year)))
                })
            }
            for (suffix, pick) in picks {
                columns.append(.number(figure.name + "_diff" + suffix, label: figure.label + " 差值" + (suffix.isEmpty ? "" : " " + suffix.dropFirst().uppercased()),
                                       unit: figure.unit, decimals: figure.decimals) { row in
                    let mine = regions[row.strategy].values(figure, year: row.year)
                    let base = reference.values(figure, year: row.year)
                    return pick(Quantiles(zip(mine, base).map { $0 - $1 }))
                })
            }
        }
        let rows = strategies.indices.flatMap { s in reference.years.indices.map { (strategy: s, year: $0) } }
        return Table(columns: columns, rows: rows)
    }
}
