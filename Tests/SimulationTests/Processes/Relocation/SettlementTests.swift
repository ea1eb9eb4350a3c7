import Planning
import Testing
@testable import Simulation

/// Follow-up support, settling and the old land (搬得出、稳得住、能致富) on a region built for
/// them: `villages` poor hazard-zone villages, a central town with jobs (X) and a central
/// village without (Y), far enough apart that jobs near X are out of Y's reach.
@Suite struct SettlementTests {
    static func region(villages count: Int = 4) -> Region {
        let t = Fixtures.townships[0]
        let villages = (0..<count).map { k in
            Village(id: "\(t.code)-\(Fixtures.format3(k + 1))", name: "村\(k)", townshipCode: t.code, kind: "村", isPoorVillage: true,
                    populationPersons: 1000, households: 300, poorHouseholds: 150, poorPersons: 450, incomeYuanPerPerson2015: 5000,
                    elevationMetres: 800, slopeDegrees: 20, terrainUnit: Fixtures.unit(0), zones: ZoneSet([.geologicalHazard]),
                    farmlandMu: 1500, infrastructure: .complete, collectiveIncomeYuan: 10_000, distanceTownshipSeatKilometres: 2,
                    distanceCountySeatKilometres: 15, distanceRoadKilometres: 1,
                    centroidLongitude: 106.8 + Double(k) * 0.002, centroidLatitude: 30.2)
        }
        let sites = [
            Site(id: "site-x", name: "X", kind: .centralTown, townshipCode: t.code, capacityPersons: 100_000, costYuanPerPerson: 50_000,
                 jobs: 3000, longitude: 106.81, latitude: 30.21),
            Site(id: "site-y", name: "Y", kind: .centralVillage, townshipCode: t.code, capacityPersons: 100_000, costYuanPerPerson: 40_000,
                 jobs: 0, longitude: 106.81, latitude: 30.45),
        ]
        return Region(profile: Fixtures.profile, townships: [t], villages: villages, sites: sites, lines: [])
    }

    /// Everyone poor in the hazard villages moves in 2016 to `site`; no work-team posts.
    /// `settling` is the `programs.relocation.settling` mapping; `more` the other programs' keys.
    static func scenario(site: String, settling: String = "{move_back_fraction: 0.5}", jobs: String = "3000000", _ more: String) throws -> Scenario {
        try Fixtures.scenario("""
            programs:
              relocation:
                settling: \(settling)
                take_up_fraction: 1
                sites: [\(site)]
                max_distance_km: 100
                own_township_first: false
                budget_yuan_by_year: {2016: 1000000000}
              jobs: {max_distance_km: 5, new_hire_fraction_of_jobs_per_year: 0.5, take_up_fraction: 1, budget_yuan_by_year: {2016: \(jobs), 2017: \(jobs), 2018: \(jobs), 2019: \(jobs), 2020: \(jobs)}}
              work_teams: {welfare_posts_per_village: 0}
            \(more)
            """)
    }

    static func run(_ scenario: Scenario, region: Region = region(), seed: UInt64 = 11) throws -> (SimulationWorld, RunResult) {
        let world = try SimulationWorld(region: region, scenario: scenario)
        var sim = SimulationRun(world: world)
        sim.checkInvariants = true
        return (world, sim.run(runSeed: seed))
    }

    @Test func peopleAreConservedThroughMovingBackAndTheSitesEmptyByWhoLeft() throws {
        let scenario = try Self.scenario(site: "site-y", settling: "{failure_probability_per_year: 0.3, move_back_fraction: 0.7}", "")
        let (world, r) = try Self.run(scenario)   // invariants after every year: one place each, occupancy, budgets
        let moved = r.flows.reduce(0) { $0 + $1.persons }
        let back = r.settlement.reduce(0) { $0 + $1.movedBack.persons }
        #expect(moved > 500 && back > 100, "households moved (\(moved)) and some moved back (\(back))")
        #expect(r.settlement.last!.relocated.persons == moved - back)
        #expect(r.siteOccupancyPersons.last!.reduce(0, +) == moved - back)
        for c in r.county { #expect(c.population == world.populationPersons) }
        // Moving back returns households to their home village: the hazard zone holds them again.
        #expect(r.villages.last!.reduce(0) { $0 + $1.persons - $1.relocatedPersons } == world.populationPersons - moved + back)
        // The same on any number of threads.
        let sim = SimulationRun(world: world)
        let one = Ensemble.run(sim, seed: 3, runs: 3, threads: 1), two = Ensemble.run(sim, seed: 3, runs: 3, threads: 2)
        #expect(one.map(\.settlement) == two.map(\.settlement) && one.map(\.county) == two.map(\.county))
    }

    @Test func followUpPostsAndBudgetsAreNeverExceeded() throws {
        let scenario = try Self.scenario(site: "site-x", jobs: "0", """
              follow_up_support:
                workshop_posts_per_site_by_kind: {central_town: 40}
                welfare_posts_per_site_by_kind: {central_town: 25}
                training_fraction: 1
                budget_yuan_by_year: {2016: 300000, 2017: 150000, 2018: 400000, 2019: 0, 2020: 200000}
            """)
        let world = try SimulationWorld(region: Self.region(), scenario: scenario)
        let sim = SimulationRun(world: world)
        var (state, random) = sim.initialState(runSeed: 5)
        let processes = ProcessRegistry.make(world: world)
        var tight = false
        for year in world.years {
            sim.beginYear(&state)
            for p in processes { p.apply(to: &state, year: year, random: &random) }
            let f = state.households.flags
            let workshop = f.indices.filter { f[$0].contains(.workshopPost) }, welfare = f.indices.filter { f[$0].contains(.siteWelfarePost) }
            #expect(workshop.count <= 40 && welfare.count <= 25, "\(year): \(workshop.count) workshop, \(welfare.count) welfare posts")
            #expect((workshop + welfare).allSatisfy { state.households.location[$0] == 0 })
            let log = state.settlement[year]!
            #expect(log.workshopPosts == workshop.count && log.siteWelfarePosts == welfare.count)
            let budget = world.scenario.parameters.programs.followUpSupport.budgetYuanByYear[year] ?? 0
            let spent = state.ledger.spentYuan[Program.followUpSupport.rawValue]?[year] ?? 0
            #expect(spent <= budget + 1e-6 && abs(spent - log.postCostYuan - log.trainingCostYuan) < 1e-6)
            if budget - spent < 4800 { tight = true }
            if budget == 0 { #expect(workshop.isEmpty && welfare.isEmpty, "no money, no posts in \(year)") }
        }
        #expect(tight, "the budget binds in some year, so the test can fail")
    }

    @Test func quotaIncomeNeverExceedsTheReclaimedLandsQuota() throws {
        let scenario = try Self.scenario(site: "site-x", """
              old_land:
                homestead_mu_per_household: 0.4
                demolition_fraction: 0.8
                demolition_delay_years: 1
                reclamation_cost_yuan_per_mu: 20000
                quota_fraction_of_reclaimed: 0.7
                quota_price_yuan_per_mu: 150000
                quota_sale_delay_years: 2
                budget_yuan_by_year: {2017: 1000000, 2018: 1000000, 2019: 1000000, 2020: 1000000}
            """)
        let (_, r) = try Self.run(scenario)
        var quota = 0.0, income = 0.0, reclaimed = 0.0
        for (k, s) in r.settlement.enumerated() {
            #expect(abs(s.reclaimedMu - 0.4 * Double(s.demolishedHouseholds)) < 1e-9)
            #expect(abs(s.quotaMu - 0.7 * s.reclaimedMu) < 1e-9)
            #expect(s.quotaSoldMu == (k >= 2 ? r.settlement[k - 2].quotaMu : 0), "sold two years after the reclamation")
            reclaimed += s.reclaimedMu; quota += s.quotaMu; income += s.quotaIncomeYuan
            #expect(income <= quota * 150_000 + 1e-6)
            #expect((r.spentYuan[Program.oldLand.rawValue]?[r.years[k + 1]] ?? 0) <= 1_000_000 + 1e-6)
        }
        #expect(r.settlement[0].demolishedHouseholds == 0, "nothing is demolished in the year of the move")
        #expect(reclaimed > 0 && income > 0 && income < quota * 150_000, "quota reclaimed in 2019–2020 is sold after the end year")
    }

    /// The yearly share of households living at a site that failed to settle (moved back or fell back).
    static func failureRate(_ r: RunResult) -> Double {
        let failed = r.settlement.reduce(0) { $0 + $1.movedBack.households + $1.fellBack.households }
        // Households at the site during each year: those at the end plus those who left in it.
        let atSite = r.settlement.reduce(0) { $0 + $1.relocated.households + $1.movedBack.households }
        return Double(failed) / Double(max(1, atSite))
    }

    @Test func aSiteWithNoJobsAndNoSupportFallsBackMoreThanOneWithBoth() throws {
        let settling = "{failure_probability_per_year: 0.3, employment_reduction_fraction: 0.8, training_reduction_fraction: 0.3}"
        let support = """
              follow_up_support:
                workshop_posts_per_site_by_kind: {central_town: 2000, central_village: 0}
                welfare_posts_per_site_by_kind: {central_town: 500, central_village: 0}
                training_fraction: 1
                budget_yuan_by_year: {2016: 100000000, 2017: 100000000, 2018: 100000000, 2019: 100000000, 2020: 100000000}
            """
        let region = Self.region(villages: 6)
        let (_, both) = try Self.run(try Self.scenario(site: "site-x", settling: settling, support), region: region, seed: 21)
        let (_, none) = try Self.run(try Self.scenario(site: "site-y", settling: settling, support), region: region, seed: 21)
        let households = both.settlement[0].relocated.households + both.settlement[0].movedBack.households
        #expect(households > 600, "enough households for the rates to be told apart (\(households))")
        #expect(both.settlement.last!.employmentRate > 0.9, "jobs and posts employ nearly every household with labour at X")
        #expect(none.settlement.last!.employmentRate < 0.05, "nobody is employed at Y")
        let a = Self.failureRate(both), b = Self.failureRate(none)
        // Expected at Y ≈ 0.3 × 0.7 = 0.21 (training only); at X ≈ 0.3 × 0.2 × 0.7 ≈ 0.04 for
        // the employed and 0.21 for the households without labour (no post for them), ≈ 0.09
        // in all. Binomial noise over thousands of household-years is below 0.01.
        #expect(b > 0.17, "failure rate at Y: \(b)")
        #expect(a < 0.12, "failure rate at X: \(a)")
        #expect(b - a > 0.07, "failure rates at Y \(b) and X \(a)")
    }

    @Test func theHouseholdPaysItsCappedShareAndThePublicTheRest() throws {
        // Site Y: 40,000 yuan per person (25 m², no kind subsidy by default).
        let scenario = try Fixtures.scenario("""
            programs:
              relocation:
                take_up_fraction: 1
                sites: [site-y]
                max_distance_km: 100
                household_contribution_yuan_per_person: 2000
                household_contribution_cap_yuan_per_household: 5000
                budget_yuan_by_year: {2016: 1000000000}
            """)
        let world = try SimulationWorld(region: Self.region(), scenario: scenario)
        let (state, random) = SimulationRun(world: world).initialState(runSeed: 8)
        var s = state, rnd = random
        Relocation(world: world).apply(to: &s, year: 2016, random: &rnd)
        var expected = 0.0, persons = 0
        for i in 0..<s.households.count where s.households.location[i] >= 0 {
            let p = Int(s.households.persons[i])
            persons += p
            expected += min(2000 * Double(p), 5000)
        }
        let log = s.settlement[2016]!
        #expect(persons > 500 && abs(log.householdContributionYuan - expected) < 1e-6)
        #expect(abs(s.ledger.spentYuan["relocation"]![2016]! - (40_000 * Double(persons) - expected)) < 1e-3)
        #expect(expected < 2000 * Double(persons), "the cap binds for the larger households")
    }

    @Test func theNeutralDefaultsChangeNothing() throws {
        let without = ScenarioSchema.processNames.filter { !["follow_up_support", "settling", "homestead_reclamation"].contains($0) }
        let list = without.map { "  - \($0)" }.joined(separator: "\n")
        let a = try Self.run(try Self.scenario(site: "site-x", ""), seed: 4).1
        let b = try Self.run(try Self.scenario(site: "site-x", "processes:\n\(list)"), seed: 4).1
        #expect(a.county == b.county && a.villages == b.villages && a.flows == b.flows)
        #expect(a.settlement.allSatisfy { $0.movedBack.households == 0 && $0.workshopPosts == 0 && $0.reclaimedMu == 0 })
    }
}
