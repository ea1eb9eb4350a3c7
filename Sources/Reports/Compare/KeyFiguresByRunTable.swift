import Simulation

/// `key-figures-by-run.csv` of `compare --out`: every run's key figures, one row per
/// scenario and run (scenario order, then run order), so a reader can tell in how many
/// runs each strategy does best (`benkang report` ranks strategies with it).
public enum KeyFiguresByRunTable {
    /// A row: scenario index and run index.
    public struct Row: Sendable, Hashable {
        public var scenario: Int
        public var run: Int
    }

    /// Columns `scenario`, `run`, then every key figure in comparison order at the
    /// comparison's decimals; a year that did not come is written "not by <end year>".
    public static func table(_ c: ScenarioComparison) -> Table<Row> {
        var columns: [Column<Row>] = [
            .text("scenario") { c.scenarios[$0.scenario] },
            .integer("run") { $0.run },
        ]
        for (f, figure) in c.figures.enumerated() {
            let d = ComparisonReport.decimals(figure.name)
            columns.append(Column(figure.name, decimals: d) { row in
                let v = c.values[row.scenario][f][row.run]
                return .number(v, d, whenNotFinite: v == .infinity ? c.neverText : "n/a")
            })
        }
        let rows = c.scenarios.indices.flatMap { s in (0..<c.runCount).map { Row(scenario: s, run: $0) } }
        return Table(columns: columns, rows: rows)
    }
}
