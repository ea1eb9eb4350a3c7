@testable import Reports
import Testing

/// The strategies' ranking of a comparison report: ranks by the P50 (ties share a rank),
/// the order by mean rank, and the share of runs each alone is best.
struct ComparisonRankingTests {
    func data(byRun: [[String: [Double]]]?) -> ComparisonReportData {
        let figures = [
            ComparisonFigure(name: "poor_persons_2018", better: "lower", values: [Spread(p10: 9, p50: 10, p90: 11), Spread(8), Spread(12)], differences: [nil, Spread(-2), Spread(2)]),
            ComparisonFigure(name: "county_exit_year", better: "lower", values: [Spread(2018), Spread(2018), Spread(.infinity)], differences: [nil, Spread(0), Spread(.nan)]),
            ComparisonFigure(name: "relocated_persons", better: "neither", values: [Spread(0), Spread(5), Spread(7)], differences: [nil, Spread(5), Spread(7)]),
        ]
        return ComparisonReportData(folder: "c", scenarios: ["a", "b", "c"], runs: [], figures: figures, runCount: 4, seed: 1, byRun: byRun,
                                    rankFigures: ["poor_persons_2018", "county_exit_year"])
    }

    @Test func ranksShareTiesAndTheOrderFollowsTheMeanRank() {
        let s = ComparisonReportSections(data: data(byRun: nil), language: .zh)
        #expect(s.ranks(s.data.figures[0]) == [2, 1, 3])
        // 2018, 2018 and "not by the end year": the first two share rank 1.
        #expect(s.ranks(s.data.figures[1]) == [1, 1, 3])
        #expect(s.order().map(\.scenario) == [1, 0, 2])
        #expect(s.order().map(\.meanRank) == [1, 1.5, 3])
        #expect(s.winShares(s.data.figures[0]) == nil, "no runs file: no shares")
    }

    @Test func aRunCountsForAStrategyOnlyWhenItAloneIsBest() throws {
        let byRun: [[String: [Double]]] = [
            ["poor_persons_2018": [10, 9, 8, 7], "county_exit_year": [2018, 2018, 2018, 2019]],
            ["poor_persons_2018": [11, 9, 7, 8], "county_exit_year": [2018, 2017, .infinity, 2018]],
            ["poor_persons_2018": [12, 12, 9, 9], "county_exit_year": [.infinity, .infinity, .infinity, .infinity]],
        ]
        let s = ComparisonReportSections(data: data(byRun: byRun), language: .zh)
        let poor = try #require(s.wins(s.data.figures[0]))
        // Run 0: a; run 1: a and b tie; run 2: b; run 3: a.
        #expect(poor.shares == [0.5, 0.25, 0] && poor.ties == 0.25)
        let exit = try #require(s.wins(s.data.figures[1]))
        // Run 0: a and b tie; run 1: b; run 2: a; run 3: b.
        #expect(exit.shares == [0.25, 0.5, 0] && exit.ties == 0.25)
        #expect(s.wins(s.data.figures[2]) == nil, "a figure with no better direction has no winner")
    }
}
