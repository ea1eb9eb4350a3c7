import GIS
import Planning
import Testing
@testable import Simulation

@Suite struct StrategyTests {
    /// Every sixth village of the county-like fixture (≈ 80 villages, 23,000 households): fast runs.
    static let region: Region = {
        let county = Fixtures.countyLike()
        let villages = county.villages.enumerated().filter { $0.offset % 6 == 0 }.map(\.element)
        return Region(profile: county.profile, townships: county.townships, villages: villages, sites: county.sites, lines: Fixtures.lines(villages))
    }()

    static func world(_ yaml: String, region: Region = StrategyTests.region) throws -> SimulationWorld {
        try SimulationWorld(region: region, scenario: try Fixtures.scenario(yaml))
    }

    static func strategyYAML(_ assignment: String, extra: String = "") -> String {
        """
        programs:
          relocation:
            assignment: \(assignment)
            own_township_first: false
            nonpoor_take_up_fraction: 0.05
            capacity_persons_per_year_by_kind: {county_seat: 400, industrial_park: 150, central_town: 60, central_village: 20}
            conditions: {min_elevation_m: 500}
        \(extra)
        """
    }

    @Test(arguments: ["nearest", "own_township_first", "optimized"])
    func everyEligibleHouseholdIsMovedOrReportedWithAReason(_ method: String) throws {
        let world = try Self.world(Self.strategyYAML(method))
        var sim = SimulationRun(world: world)
        sim.checkInvariants = true  // persons conserved, capacities and budgets kept
        let r = sim.run(runSeed: 7)
        #expect(r.relocation.plans.count == 5)
        var moved = 0
        for (_, plan) in r.relocation.plans {
            let reasons = plan.unassigned.values.reduce(HouseholdCount()) { HouseholdCount(households: $0.households + $1.households, persons: $0.persons + $1.persons) }
            #expect(plan.eligible.households == plan.moved.households + reasons.households)
            #expect(plan.eligible.persons == plan.moved.persons + reasons.persons)
            moved += plan.moved.persons
        }
        #expect(moved > 0)
        #expect(moved == r.flows.reduce(0) { $0 + $1.persons })
        #expect(r.relocation.relocatedPersons == moved)
    }

    @Test func sitesNeverTakeMoreThanTheirCapacityOrTheirYearlyPace() throws {
        let world = try Self.world(Self.strategyYAML("optimized"))
        let r = SimulationRun(world: world).run(runSeed: 3)
        let pace = world.scenario.parameters.programs.relocation.capacityPersonsPerYearByKind
        var total: [String: Int] = [:], yearly: [String: Int] = [:]
        for f in r.flows {
            total[f.siteID, default: 0] += f.persons
            yearly["\(f.year) \(f.siteID)", default: 0] += f.persons
        }
        for (id, persons) in total { #expect(persons <= world.sites[world.region.siteIndex[id]!].capacityPersons) }
        for (key, persons) in yearly {
            let site = world.sites[world.region.siteIndex[String(key.split(separator: " ")[1])]!]
            #expect(Double(persons) <= pace[site.kind]!)
        }
    }

    @Test func theOptimizedFlowCostsNoMoreThanNearestForTheSamePersonsPlaced() throws {
        for method in ["nearest", "own_township_first"] {
            let greedyWorld = try Self.world(Self.strategyYAML(method))
            let optimalWorld = try Self.world(Self.strategyYAML("optimized"))
            let (state, _) = SimulationRun(world: greedyWorld).initialState(runSeed: 1)
            let greedy = RelocationStrategy(world: greedyWorld).plan(state: state, year: 2016, budgetYuan: 1e12, world: greedyWorld)
            let optimal = RelocationStrategy(world: optimalWorld).plan(state: state, year: 2016, budgetYuan: 1e12, world: optimalWorld)
            #expect(optimal.moved.persons >= greedy.moved.persons)
            if optimal.moved.persons == greedy.moved.persons {
                #expect(optimal.flowObjective <= greedy.objective, "\(method)")
            }
            #expect(optimal.objective >= optimal.flowObjective)
        }
    }

    @Test func keepingVillagesTogetherSendsAVillagesMoversOfAYearToOneSite() throws {
        let world = try Self.world(Self.strategyYAML("optimized", extra: "    keep_villages_together: true"))
        let r = SimulationRun(world: world).run(runSeed: 5)
        var sites: [String: Set<String>] = [:]
        for f in r.flows { sites["\(f.year) \(f.villageID)", default: []].insert(f.siteID) }
        #expect(!sites.isEmpty)
        #expect(sites.values.allSatisfy { $0.count == 1 })
    }

    @Test func hazardZonesAreMandatoryAndOtherZonesNeedTheConditions() throws {
        let hazard = try Self.world("programs: {relocation: {conditions: {min_elevation_m: 900}}}",
                                    region: Fixtures.small(zones: [.geologicalHazard]))
        #expect(StrategyEligibility(world: hazard).zoneRank[0] == 0)
        let ring = try Self.world("programs: {relocation: {conditions: {min_elevation_m: 900}}}",
                                  region: Fixtures.small(zones: [.mountainRing]))
        #expect(StrategyEligibility(world: ring).zoneRank[0] == nil)
        let lowRing = try Self.world("programs: {relocation: {conditions: {min_elevation_m: 700}}}",
                                     region: Fixtures.small(zones: [.mountainRing]))
        #expect(StrategyEligibility(world: lowRing).zoneRank[0] == 2)
    }

    @Test func aFullSiteLeavesMoversUnassignedForCapacity() throws {
        let world = try Self.world("programs: {relocation: {take_up_fraction: 1}}", region: Fixtures.small())
        let (state, _) = SimulationRun(world: world).initialState(runSeed: 2)
        let plan = RelocationStrategy(world: world).plan(state: state, year: 2016, budgetYuan: 1e12, world: world)
        #expect(plan.moved.persons <= 60)
        #expect((plan.unassigned[.capacity]?.persons ?? 0) > 0)
        let poor = try Self.world("programs: {relocation: {take_up_fraction: 1}}", region: Fixtures.small())
        let broke = RelocationStrategy(world: poor).plan(state: state, year: 2016, budgetYuan: 0, world: poor)
        #expect(broke.moved.persons == 0)
        #expect((broke.unassigned[.budget]?.persons ?? 0) > 0)
    }

    @Test func dispersedMovesCostTheSubsidyAlone() throws {
        let world = try Self.world("programs: {relocation: {take_up_fraction: 1, dispersed: true, dispersed_subsidy_yuan_per_person: 15000}}",
                                   region: Fixtures.small())
        let (state, _) = SimulationRun(world: world).initialState(runSeed: 2)
        let plan = RelocationStrategy(world: world).plan(state: state, year: 2016, budgetYuan: 1e12, world: world)
        #expect(!plan.moves.isEmpty)
        for m in plan.moves { #expect(m.costYuan == 15000 * Double(state.households.persons[m.household])) }
    }

    @Test(arguments: [(0.0, false), (50.0, true)])
    func relocatedTourismParticipantsKeepTheirIncomeOnlyWithinTheKeptDistance(_ km: Double, _ kept: Bool) throws {
        let world = try Self.world("programs: {relocation: {tourism_income_kept_within_km: \(km)}}", region: Fixtures.small())
        var (state, random) = SimulationRun(world: world).initialState(runSeed: 1)
        let i = state.households.range(ofVillage: 0).lowerBound
        state.households.flags[i].formUnion([.tourism, .relocated])
        state.households.location[i] = 0
        state.villages.tourismYear[0] = 2016
        Tourism(world: world).apply(to: &state, year: 2017, random: &random)
        #expect((state.households.programYuan[i] > 0) == kept)
    }

    @Test(arguments: ["nearest", "own_township_first", "optimized", "optimized-together"])
    func movesNeverExceedTheRoomOfAnySiteOverRandomInstances(_ method: String) throws {
        var rng = SplitMix64(seed: 77)
        let together = method == "optimized-together"
        var movedAtAll = 0, refusedAtAll = 0
        for trial in 0..<12 {
            var region = Fixtures.small(villages: 4, zones: [.flood])
            region.villages = region.villages.map { v in var v = v; v.zones = ZoneSet([.flood]); return v }
            region.sites[0].capacityPersons = Int(rng.next() % 200)
            region.sites.append(Site(id: "site-cv-x", name: "X", kind: .centralVillage, townshipCode: region.sites[0].townshipCode,
                                     capacityPersons: Int(rng.next() % 120), costYuanPerPerson: 40_000, jobs: 0,
                                     longitude: 106.79, latitude: 30.19))
            region = Region(profile: region.profile, townships: region.townships, villages: region.villages, sites: region.sites, lines: [])
            let yaml = """
                programs: {relocation: {take_up_fraction: 0.8, assignment: \(together ? "optimized" : method),
                  keep_villages_together: \(together), nonpoor_take_up_fraction: 0.1,
                  capacity_persons_per_year_by_kind: {central_town: \(rng.next() % 150), central_village: \(rng.next() % 100)}}}
                """
            let world = try Self.world(yaml, region: region)
            var (state, _) = SimulationRun(world: world).initialState(runSeed: UInt64(trial))
            for s in state.siteOccupancyPersons.indices { state.siteOccupancyPersons[s] = Int(rng.next() % 40) }
            let strategy = RelocationStrategy(world: world)
            let budget = Double(rng.next() % 8_000_000)
            let plan = strategy.plan(state: state, year: 2016, budgetYuan: budget, world: world)
            var added = [Int](repeating: 0, count: world.sites.count)
            for m in plan.moves { added[m.site] += Int(state.households.persons[m.household]) }
            for (k, s) in strategy.destinations.sites.enumerated() {
                #expect(added[s] <= strategy.destinations.room(site: k, occupancy: state.siteOccupancyPersons, world: world))
            }
            #expect(plan.moves.reduce(0) { $0 + $1.costYuan } <= budget + 1e-6)
            let reasons = plan.unassigned.values.reduce(0) { $0 + $1.households }
            #expect(plan.eligible.households == plan.moves.count + reasons)
            movedAtAll += plan.moves.count
            refusedAtAll += (plan.unassigned[.capacity]?.households ?? 0) + (plan.unassigned[.budget]?.households ?? 0)
        }
        #expect(movedAtAll > 0 && refusedAtAll > 0)
    }

    @Test func theSameSeedGivesTheSameMoves() throws {
        let world = try Self.world(Self.strategyYAML("optimized"))
        let a = SimulationRun(world: world).run(runSeed: 9), b = SimulationRun(world: world).run(runSeed: 9)
        #expect(a.flows == b.flows)
        #expect(RelocationKPIs.of(a, world: world) == RelocationKPIs.of(b, world: world))
    }
}
