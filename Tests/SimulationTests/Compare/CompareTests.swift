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
        for f in c.figures.indices { #expect(c.differenceQuantiles(1, f) == Quantiles([0, 0])) }
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

    @Test func personWeightedP90IsTheDistanceReachingNinetyPerCentOfPersons() {
        let d = RelocationKPIs.weightedQuantile([(km: 1, persons: 80), (km: 5, persons: 10), (km: 30, persons: 10)], 0.9)
        #expect(d == 5)
        #expect(RelocationKPIs.weightedQuantile([], 0.9) == 0)
    }
}
