import Testing
@testable import Simulation

@Suite struct CountyLikeRunTests {
    @Test func aRunOnTheCountyLikeFixtureReproducesTheBaseYearAndKeepsItsInvariants() throws {
        let world = try SimulationWorld(region: Fixtures.countyLike(), scenario: try Fixtures.scenario())
        var sim = SimulationRun(world: world)
        sim.checkInvariants = true
        let r = sim.run(runSeed: 7)
        for c in r.county {
            print(c.year, c.population, c.poorPersons, String(format: "%.4f", c.incidence), c.liftedOutPersons, c.newPoorPersons, c.villagesExitedTotal, Int(c.incomeYuanPerPerson), Int(c.costYuan), c.relocatedPersons)
        }
        for k in CalibrationCheck.brief2016([r]) { print(k.name, k.reported, k.simulated, k.passes) }
        #expect(r.county[0].poorPersons == 64_900)
    }
}
