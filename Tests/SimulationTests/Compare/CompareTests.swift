import Testing
@testable import Simulation

@Suite struct CompareTests {
    static func figures(_ world: SimulationWorld, runs: Int, seed: UInt64) -> [[KeyFigure]] {
        Ensemble.run(SimulationRun(world: world), seed: seed, runs: runs, threads: 2).map { RelocationKPIs.of($0, world: world) }
    }

    @Test func aScenarioComparedWithItselfDiffersByExactlyZero() throws {
        let world = try StrategyTests.world(StrategyTests.strategyYAML("optimized"))
        let c = ScenarioComparison(scenarios: ["a", "a (2)"], runs: [Self.figures(world, runs: 2, seed: 4), Self.figures(world, runs: 2, seed: 4)], seed: 4)
        for f in c.figures.indices {
            #expect(c.pairedDifferences(1, f) == [0, 0], "\(c.figures[f].name)")
            #expect(c.shareOfRunsBetter(0, than: 1, f) == 0)
        }
        #expect(c.value(0, 0) > 0)
        let json = ComparisonReport.render(c, format: .json)
        #expect(json.contains("\"diff\": {\"a (2)\": {\"p10\": 0, \"p50\": 0, \"p90\": 0}}"))
    }

    @Test func differencesArePairedRunByRunAndSharesCountWins() {
        func run(_ poor: Double) -> [KeyFigure] { [KeyFigure("poor_persons_2020", poor, .lower), KeyFigure("relocated_persons", 1, .neither)] }
        let c = ScenarioComparison(scenarios: ["a", "b"], runs: [[run(10), run(20), run(30)], [run(9), run(21), run(25)]], seed: 1)
        #expect(c.pairedDifferences(1, 0) == [-1, 1, -5])
        #expect(c.diff(1, 0) == -1)
        #expect(c.shareOfRunsBetter(1, than: 0, 0) == 2.0 / 3.0)
        #expect(c.shareOfRunsBetter(0, than: 1, 0) == 1.0 / 3.0)
        #expect(c.shareOfRunsBetter(1, than: 0, 1) == 0)
    }

    @Test func noCountyExitIsWorseThanAnyExitYear() {
        // No exit is +∞ (Quantiles.year(nil)), later than any year.
        #expect(KeyFigure("county_exit_year", 2019, .lower).beats(Quantiles.year(nil)))
        #expect(!KeyFigure("county_exit_year", Quantiles.year(nil), .lower).beats(2020))
        #expect(!KeyFigure("county_exit_year", Quantiles.year(nil), .lower).beats(Quantiles.year(nil)))
    }

    @Test func everyFormatShowsEveryScenarioAndTheDifference() {
        let one = [KeyFigure("distance_moved_km_mean", 1.5, .lower), KeyFigure("own_township_share", 0.25, .higher)]
        let two = [KeyFigure("distance_moved_km_mean", 4, .lower), KeyFigure("own_township_share", 0.5, .higher)]
        let c = ScenarioComparison(scenarios: ["none", "towns"], runs: [[one], [two]], seed: 1)
        let csv = ComparisonReport.render(c, format: .csv)
        #expect(csv == "key_figure,none,towns,diff towns\ndistance_moved_km_mean,1.50,4.00,2.50\nown_township_share,0.250,0.500,0.250\n")
        let md = ComparisonReport.render(c, format: .markdown)
        #expect(md.hasPrefix("| key_figure | none | towns | diff towns |\n| --- | ---: | ---: | ---: |\n"))
        let json = ComparisonReport.render(c, format: .json)
        #expect(json.contains("\"values\": {\"none\": 1.50, \"towns\": 4.00}"))
        #expect(json.contains("\"diff\": {\"towns\": 2.50}"))
        let table = ComparisonReport.render(c, format: .table)
        #expect(table.contains("own_township_share") && table.contains("0.250"))
    }

    @Test func personWeightedP90IsTheDistanceReachingNinetyPerCentOfPersons() {
        let d = RelocationKPIs.weightedQuantile([(km: 1, persons: 80), (km: 5, persons: 10), (km: 30, persons: 10)], 0.9)
        #expect(d == 5)
        #expect(RelocationKPIs.weightedQuantile([], 0.9) == 0)
    }
}
