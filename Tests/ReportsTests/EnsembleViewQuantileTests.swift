import Testing
@testable import Reports
@testable import Simulation

/// The P50, P10 and P90 columns of a figure share one sort of the row's sample
/// (`QuantileMemo`): whatever order the columns and rows are read in, every cell must be
/// the quantile of its own row's sample, computed afresh.
@Suite struct EnsembleViewQuantileTests {
    /// Seven runs; row r's sample holds the runs' values of figure r. Rows 2 and 3 have the
    /// same sample, row 4 differs from row 5 only in the sign of a zero.
    static let samples: [[Double]] = [
        [3, 1, 2, 5, 4, 7, 6],
        [10, 10, 10, 10, 10, 10, 10],
        [0.5, 0.25, 0.75, 0.125, 1, 2, 3],
        [0.5, 0.25, 0.75, 0.125, 1, 2, 3],
        [-0.0, -0.0, -0.0, -0.0, -0.0, -0.0, -0.0],
        [0, 0, 0, 0, 0, 0, 0],
        [9, 8, 7, 6, 5, 4, 3],
    ]

    static var view: EnsembleView {
        EnsembleView(runs: (0..<7).map { k in
            var r = RunResult()
            r.householdYears = k   // which run this is
            return r
        })
    }

    static func fresh(_ pick: @escaping (Quantiles) -> Double) -> Column<Int> {
        .number("x", decimals: 3) { row in pick(Quantiles(samples[row])) }
    }

    @Test func everyCellIsItsOwnRowsQuantile() {
        let columns = Self.view.columns("x", decimals: 3) { (run: RunResult, row: Int) in Self.samples[row][run.householdYears] }
        #expect(columns.map(\.name) == ["x", "x_p10", "x_p90"])
        let picks: [(Quantiles) -> Double] = [{ $0.p50 }, { $0.p10 }, { $0.p90 }]
        let rows = Array(Self.samples.indices)
        // All three columns row by row, as the writers read them.
        let whole = CSVWriter.render(Table(columns: columns, rows: rows))
        let expected = CSVWriter.render(Table(columns: picks.map(Self.fresh), rows: rows))
        #expect(whole.split(separator: "\n").dropFirst() == expected.split(separator: "\n").dropFirst())
        // One column at a time, rows in reverse: the memo is asked for another row every time.
        for (k, pick) in picks.enumerated() {
            let one = CSVWriter.render(Table(columns: [columns[k]], rows: rows.reversed()))
            let want = CSVWriter.render(Table(columns: [Self.fresh(pick)], rows: rows.reversed()))
            #expect(one.split(separator: "\n").dropFirst() == want.split(separator: "\n").dropFirst(), "column \(k)")
        }
    }

    /// A row type that cannot be compared takes the other path (memo by sample).
    struct Opaque { var index: Int }

    @Test func rowsThatCannotBeComparedGiveTheSameCells() {
        let columns = Self.view.columns("x", decimals: 3) { (run: RunResult, row: Opaque) in Self.samples[row.index][run.householdYears] }
        let byIndex = Self.view.columns("x", decimals: 3) { (run: RunResult, row: Int) in Self.samples[row][run.householdYears] }
        let rows = Self.samples.indices.map(Opaque.init) + Self.samples.indices.reversed().map(Opaque.init)
        let a = CSVWriter.render(Table(columns: columns, rows: rows))
        let b = CSVWriter.render(Table(columns: byIndex, rows: rows.map(\.index)))
        #expect(a == b)
        for k in columns.indices {
            #expect(CSVWriter.render(Table(columns: [columns[k]], rows: rows)) == CSVWriter.render(Table(columns: [byIndex[k]], rows: rows.map(\.index))))
        }
    }

    @Test func theMemoTellsSignedZerosApart() {
        let memo = QuantileMemo()
        func bits(_ q: Quantiles) -> [UInt64] { [q.p10.bitPattern, q.p50.bitPattern, q.p90.bitPattern] }
        let samples: [[Double]] = [[-0.0, -0.0], [0.0, 0.0], [-0.0, 3], [0.0, 3], [0.0, 3], [1, 2, 3], [1, 2, 3, 4], [1, 2, 3]]
        for sample in samples { #expect(bits(memo.quantiles(sample)) == bits(Quantiles(sample)), "\(sample)") }
        #expect(memo.quantiles([1, 2, 3, 4]).p50 == 2.5)
    }
}
