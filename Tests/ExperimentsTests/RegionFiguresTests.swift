import Testing
@testable import Experiments
@testable import Simulation

/// The region figures of one run from two counties' runs (docs/experiments.md,
/// "Experiments over a region"): sums, ratios of sums, counties exited, and the same
/// numbers through the counties' components (as merged shards compute them).
struct RegionFiguresTests {
    static func county(poor: [Int], population: [Int], income: [Double], lifted: Int, cost: Double, exit: Int?, tourism: Double?) -> RunResult {
        var r = RunResult()
        r.years = [2015, 2016]
        r.county = (0..<2).map { i in
            var c = CountyYear(year: 2015 + i)
            c.poorPersons = poor[i]; c.population = population[i]; c.incomeYuan = income[i]
            c.liftedOutPersons = i == 1 ? lifted : 0; c.costYuan = i == 1 ? cost : 0
            return c
        }
        r.countyExitYear = exit
        if let tourism { r.budgetYuan["tourism"] = [2016: tourism]; r.spentYuan["tourism"] = [2016: tourism] }
        return r
    }

    static let a = county(poor: [100, 40], population: [1000, 1000], income: [4e6, 5e6], lifted: 60, cost: 3e6, exit: 2016, tourism: 1e6)
    static let b = county(poor: [300, 200], population: [3000, 3000], income: [9e6, 1.2e7], lifted: 100, cost: 5e6, exit: nil, tourism: nil)

    static let figures = ["poor_persons_2016", "incidence_2016", "income_per_capita_2016", "lifted_out_total", "cost_yuan_total",
                          "cost_yuan_per_person_lifted_out", "counties_exited_2016", "all_counties_exited_year", "cost_yuan_tourism"]

    @Test func regionFiguresAreSumsAndRatiosOfSums() {
        let v = RegionFigures.values([Self.a, Self.b], figures: Self.figures)
        let expected: [Double] = [240, 240.0 / 4000, 1.7e7 / 4000, 160, 8e6, 8e6 / 160, 1, .infinity, 1e6]
        #expect(v == expected)
        // Both exited: the later year.
        let both = RegionFigures.values([Self.a, Self.county(poor: [1, 1], population: [10, 10], income: [1, 1], lifted: 0, cost: 0, exit: 2018, tourism: nil)],
                                        figures: ["all_counties_exited_year", "counties_exited_2016"])
        let bothExpected: [Double] = [2018, 1]
        #expect(both == bothExpected)
    }

    @Test func theComponentsCombineToTheFiguresOfTheNames() throws {
        let byName = Dictionary(uniqueKeysWithValues: RegionFigures.of([Self.a, Self.b]).map { ($0.name, $0.value) })
        let combined = RegionFigures.combine([Self.a, Self.b].map { RegionFigures.components($0, figures: Self.figures) }, figures: Self.figures)
        #expect(combined == Self.figures.map { byName[$0] ?? .nan })
        #expect(RegionFigures.componentNames(["incidence_2016", "poor_persons_2016"]) == ["incidence_2016", "incidence_2016/denominator", "poor_persons_2016"])
        #expect(RegionFigures.components(Self.a, figures: Self.figures).count == RegionFigures.componentNames(Self.figures).count)
    }

    @Test func oneCountysExitYearIsRefusedWithTheRegionFigures() {
        #expect(throws: UnknownFigureError.self) { try RegionFigures.check(figures: ["county_exit_year"], on: [Self.a, Self.b]) }
        do {
            try RegionFigures.check(figures: ["county_exit_year", "poor_persons_2016"], on: [Self.a, Self.b])
        } catch {
            #expect("\(error)".contains("all_counties_exited_year"))
            #expect(!"\(error)".contains("poor_persons_2016"))
        }
        #expect(throws: Never.self) { try RegionFigures.check(figures: Self.figures, on: [Self.a, Self.b]) }
    }
}
