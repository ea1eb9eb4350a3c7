import Simulation

/// `region.csv`: the region's totals, one row per year (the row is the year's index):
/// each figure of ``RegionRuns/figures`` as the run's value (one run) or the P50 with
/// P10 and P90 beside it (`NAME`, `NAME_p10`, `NAME_p90`), quantiles of the per-run sums
/// interpolated as in `county.csv`.
public enum RegionTable {
    /// The table's columns and rows; see docs/regions.md for each column.
    public static func table(_ region: RegionRuns) -> Table<Int> {
        var columns: [Column<Int>] = [
            .integer("year", label: "年份") { region.years[$0] },
            .integer("counties", label: "县数", unit: "counties") { _ in region.counties.count },
        ]
        let ensemble = region.runCount > 1
        for figure in RegionRuns.figures {
            let picks: [(String, (Quantiles) -> Double)] = ensemble
                ? [("", { $0.p50 }), ("_p10", { $0.p10 }), ("_p90", { $0.p90 })] : [("", { $0.p50 })]
            for (suffix, pick) in picks {
                columns.append(.number(figure.name + suffix, label: figure.label + (suffix.isEmpty ? "" : " " + suffix.dropFirst().uppercased()),
                                       unit: figure.unit, decimals: figure.decimals) { y in
                    pick(Quantiles(region.values(figure, year: y)))
                })
            }
        }
        return Table(columns: columns, rows: Array(region.years.indices))
    }

    /// `region-by-run.csv`: every run's region totals, one row per (run, year), run-major;
    /// the values the quantiles of `region.csv` are taken over.
    public static func byRun(_ region: RegionRuns) -> Table<(run: Int, year: Int)> {
        var columns: [Column<(run: Int, year: Int)>] = [
            .integer("run", label: "运行") { $0.run },
            .integer("year", label: "年份") { region.years[$0.year] },
        ]
        for figure in RegionRuns.figures {
            columns.append(.number(figure.name, label: figure.label, unit: figure.unit, decimals: figure.decimals) { row in
                figure.value(region, row.run, row.year)
            })
        }
        let rows = (0..<region.runCount).flatMap { r in region.years.indices.map { (run: r, year: $0) } }
        return Table(columns: columns, rows: rows)
    }
}
