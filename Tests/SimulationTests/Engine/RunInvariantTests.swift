import Testing
@testable import Simulation

@Suite struct RunInvariantTests {
    @Test func aCountyLikeRunReproducesTheBaseYearAndKeepsEveryInvariantEachYear() throws {
        let world = try SimulationWorld(region: Fixtures.countyLike(), scenario: try Fixtures.scenario())
        var sim = SimulationRun(world: world)
        sim.checkInvariants = true   // preconditions: persons in one place, capacities, budgets, sums
        let r = sim.run(runSeed: 7)
        #expect(r.years == Array(2015...2020))
        #expect(r.county[0].poorPersons == 64_900)
        #expect(abs(r.county[0].incidence - 0.095) < 1e-4)
        #expect(r.householdYears == 5 * r.county[0].households)
        for (y, c) in r.county.enumerated() {
            #expect(c.population == world.populationPersons)
            #expect(c.poorPersons == r.villages[y].reduce(0) { $0 + $1.poorPersons })
            if y > 0 {
                let before = r.county[y - 1].poorPersons
                #expect(c.poorPersons == before - c.liftedOutPersons + c.newPoorPersons, "poor persons flow in \(c.year)")
            }
        }
        for (program, years) in r.spentYuan {
            for (year, spent) in years { #expect(spent <= (r.budgetYuan[program]?[year] ?? 0) + 1e-3) }
        }
        #expect(r.county[1].liftedOutPersons > 5_000, "programs lift people out in 2016")
    }

    @Test func theSameSeedGivesIdenticalResultsAndThreadCountsDoNotMatter() throws {
        let world = try SimulationWorld(region: Fixtures.small(villages: 6), scenario: try Fixtures.scenario())
        let sim = SimulationRun(world: world)
        let one = Ensemble.run(sim, seed: 99, runs: 4, threads: 1)
        let two = Ensemble.run(sim, seed: 99, runs: 4, threads: 2)
        let three = Ensemble.run(sim, seed: 99, runs: 4, threads: 3)
        for other in [two, three] {
            #expect(one.map(\.county) == other.map(\.county))
            #expect(one.map(\.villages) == other.map(\.villages))
            #expect(one.map(\.flows) == other.map(\.flows))
        }
        #expect(one[0].county != one[1].county || one[0].villages != one[1].villages, "runs differ by seed")
        let again = sim.run(runSeed: RandomStreams.runSeed(seed: 99, run: 2))
        #expect(again.county == one[2].county)
    }

    @Test func quantilesInterpolateBetweenOrderStatistics() {
        let q = Quantiles([5, 1, 4, 2, 3])
        #expect(q.p50 == 3)
        #expect(abs(q.p10 - 1.4) < 1e-12 && abs(q.p90 - 4.6) < 1e-12)
        #expect(Quantiles([7]).p10 == 7)
    }
}
