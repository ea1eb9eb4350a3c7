import Testing
@testable import Simulation

/// "No exit" is later than any year: years are order statistics over runs, never a mean
/// of a year and a placeholder.
@Suite struct ExitYearQuantileTests {
    func run(exit: Int?) -> RunResult {
        var r = RunResult()
        r.years = [2015, 2016, 2017, 2018, 2019, 2020]
        r.county = r.years.map { CountyYear(year: $0) }
        r.countyExitYear = exit
        return r
    }

    @Test func theMedianExitYearIsAnOrderStatisticWithNoExitLast() {
        #expect(Quantiles.medianYear([2019, nil]) == nil, "one of two runs exits: the P50 run has not")
        #expect(Quantiles.medianYear([nil, 2019, 2018]) == 2019)
        #expect(Quantiles.medianYear([2018, 2020]) == 2020, "no interpolation to 2019")
        #expect(Quantiles.medianYear([nil, nil]) == nil)
        let q = Quantiles(orderStatistics: [2019, .infinity])
        #expect(q.p10 == 2019 && q.p50 == .infinity && q.p90 == .infinity)
    }

    @Test func theCountyExitKeyFigureIsInfiniteWithoutExit() {
        let f = KeyFigures.of(run(exit: nil)).first { $0.name == "county_exit_year" }!
        #expect(f.value == .infinity)
        #expect(KeyFigures.of(run(exit: 2019)).first { $0.name == "county_exit_year" }!.value == 2019)
    }

    func comparison(_ a: [Int?], _ b: [Int?]) -> ScenarioComparison {
        func figures(_ years: [Int?]) -> [[KeyFigure]] { years.map { [KeyFigure("county_exit_year", Quantiles.year($0), .lower)] } }
        return ScenarioComparison(scenarios: ["a", "b"], runs: [figures(a), figures(b)], seed: 1, endYear: 2020)
    }

    @Test func aTwoRunEnsembleWhereOneRunExitsReportsNoExitAtP50AndNoYearDifference() {
        let c = comparison([2019, nil], [2019, 2018])
        #expect(c.value(0, 0) == .infinity)
        #expect(c.value(1, 0) == 2019)
        #expect(c.shareOfRunsBetter(1, than: 0, 0) == 0.5)
        #expect(c.shareOfRunsBetter(0, than: 1, 0) == 0)
        #expect(c.quantiles(0, 0).p10 == 2019 && c.quantiles(0, 0).p90 == .infinity, "no mean of a year and a placeholder")
    }

    @Test func aSingleRunDiffNeverSubtractsAPlaceholderYear() {
        let both = comparison([nil], [nil])
        #expect(both.diff(1, 0) == 0)
        let one = comparison([nil], [2019])
        #expect(one.diff(1, 0) == -.infinity, "the report writes n/a (text) and null (JSON): ReportsTests")
    }
}
