import Planning
import Testing
@testable import Simulation

/// Common random numbers: moving one household must not change any other household's
/// draws, so scenarios that differ only in relocation compare like with like.
@Suite struct CommonRandomNumbersTests {
    /// The state of a tiny region and the same state with the first poor household of
    /// village 0 moved to site 0; the same streams for both.
    func pair(_ yaml: String, region: Region = Fixtures.small()) throws -> (SimulationWorld, SimulationState, SimulationState, RandomStreams, Int) {
        let world = try SimulationWorld(region: region, scenario: try Fixtures.scenario(yaml))
        var (state, random) = SimulationRun(world: world).initialState(runSeed: 11)
        for i in 0..<state.households.count { state.households.flags[i].remove(.unsafeHousing) }
        let mover = state.households.range(ofVillage: 0).first { state.households.flags[$0].contains(.poor) && state.households.labourers[$0] > 0 }!
        var moved = state
        moved.households.location[mover] = 0
        return (world, state, moved, random, mover)
    }

    func expectSameForOthers(_ a: SimulationState, _ b: SimulationState, except mover: Int, flag: HouseholdFlags) {
        var differing = 0
        for i in 0..<a.households.count where i != mover {
            if a.households.flags[i].contains(flag) != b.households.flags[i].contains(flag) { differing += 1 }
        }
        #expect(differing == 0, "\(differing) households other than the mover drew differently")
    }

    @Test func disasterDamageDrawsDoNotDependOnWhoMoved() throws {
        let (world, home, moved, random, mover) = try pair("shocks:\n  disasters: {probability_per_year: 1, farm_income_loss_fraction: 0.5, housing_damage_fraction: 0.5}\n")
        var a = home, b = moved, ra = random, rb = random
        DisasterShock(world: world).apply(to: &a, year: 2016, random: &ra)
        DisasterShock(world: world).apply(to: &b, year: 2016, random: &rb)
        expectSameForOthers(a, b, except: mover, flag: .unsafeHousing)
        #expect(!b.households.flags[mover].contains(.unsafeHousing))
    }

    @Test func breedingRecruitmentDrawsDoNotDependOnWhoMoved() throws {
        let (world, home, moved, random, mover) = try pair(
            "programs:\n  breeding: {take_up_fraction: 0.5, households_per_farm_per_year: 100000, cost_yuan_per_household: 1}\n")
        var a = home, b = moved, ra = random, rb = random
        Breeding(world: world).apply(to: &a, year: 2016, random: &ra)
        Breeding(world: world).apply(to: &b, year: 2016, random: &rb)
        expectSameForOthers(a, b, except: mover, flag: .breeding)
        #expect(a.households.flags.contains { $0.contains(.breeding) })
    }

    @Test func jobDrawsDoNotDependOnWhoMoved() throws {
        let (world, home, moved, random, mover) = try pair(
            "programs:\n  jobs: {take_up_fraction: 0.5, distance_decay_km: 500, new_hire_fraction_of_jobs_per_year: 1, training_cost_yuan_per_worker: 1}\n")
        var a = home, b = moved, ra = random, rb = random
        // The mover now lives at the site: a different distance, but the others keep their draws.
        Jobs(world: world).apply(to: &a, year: 2016, random: &ra)
        Jobs(world: world).apply(to: &b, year: 2016, random: &rb)
        expectSameForOthers(a, b, except: mover, flag: .job)
        #expect(a.households.flags.contains { $0.contains(.job) })
    }

    @Test func theNonpoorTakeUpDrawFollowsTheRunSeed() throws {
        let world = try SimulationWorld(region: Fixtures.small(), scenario: try Fixtures.scenario(
            "programs:\n  relocation: {poor_only: true, nonpoor_take_up_fraction: 0.5}\n"))
        let e = StrategyEligibility(world: world)
        let (state, _) = SimulationRun(world: world).initialState(runSeed: 1)
        let t = state.households
        let willing = t.range(ofVillage: 0).filter { !t.flags[$0].contains(.poor) && t.flags[$0].contains(.willingToMove) }
        #expect(willing.count > 10)
        let a = willing.map { e.status($0, in: t, runSeed: 1) }, b = willing.map { e.status($0, in: t, runSeed: 2) }
        #expect(a != b, "another run seed gives other 同步搬迁 movers")
        #expect(a == willing.map { e.status($0, in: t, runSeed: 1) })
    }
}
