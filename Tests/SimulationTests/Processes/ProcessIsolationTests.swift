import Planning
import Testing
@testable import Simulation

/// Each yearly process alone, applied once to a freshly synthesized tiny region.
@Suite struct ProcessIsolationTests {
    struct Setup {
        var world: SimulationWorld
        var state: SimulationState
        var random: RandomStreams
        mutating func apply<P: YearlyProcess>(_ type: P.Type, year: Int = 2016) {
            type.init(world: world).apply(to: &state, year: year, random: &random)
        }
    }

    func setup(_ yaml: String, region: Region = Fixtures.small()) throws -> Setup {
        let world = try SimulationWorld(region: region, scenario: try Fixtures.scenario(yaml))
        let (state, random) = SimulationRun(world: world).initialState(runSeed: 5)
        return Setup(world: world, state: state, random: random)
    }

    static func withSite(_ site: Site, infrastructure: VillageInfrastructure = .complete) -> Region {
        let r = Fixtures.small()
        var villages = r.villages
        villages[0].infrastructure = infrastructure
        villages[0].collectiveIncomeYuan = 0
        return Region(profile: r.profile, townships: r.townships, villages: villages, sites: r.sites + [site], lines: r.lines)
    }

    @Test func incomeGrowthMultipliesEachSourceByItsRate() throws {
        var s = try setup("""
            income_growth:
              by_source_fraction_per_year: {farming: 0.1, local_wages: 0.2, remittances: 0, transfers: 0}
              by_terrain_kind_fraction_per_year: {mountain: 0}
              household_sd_fraction: 0
            """)
        let before = s.state.households
        s.apply(IncomeGrowth.self)
        for i in 0..<before.count {
            #expect(abs(s.state.households.farmYuan[i] - before.farmYuan[i] * 1.1) <= 0.01 * max(1, before.farmYuan[i]))
            #expect(abs(s.state.households.wagesYuan[i] - before.wagesYuan[i] * 1.2) <= 0.01 * max(1, before.wagesYuan[i]))
            #expect(s.state.households.remittancesYuan[i] == before.remittancesYuan[i])
        }
    }

    @Test func illnessMakesHouseholdsIllAndChargesTheCost() throws {
        var s = try setup("shocks:\n  illness: {onset_probability_per_year: 1, recovery_probability_per_year: 0, cost_yuan_per_household_per_year: 1000}\n")
        s.apply(IllnessShock.self)
        #expect(s.state.households.flags.allSatisfy { $0.contains(.ill) })
        #expect(s.state.households.illnessCostYuan.allSatisfy { $0 == 1000 })
    }

    @Test func aDisasterHitsOnlyHazardZoneVillages() throws {
        var s = try setup("shocks:\n  disasters: {probability_per_year: 1, farm_income_loss_fraction: 0.5, housing_damage_fraction: 1}\n")
        s.apply(DisasterShock.self)
        let t = s.state.households
        for i in t.range(ofVillage: 0) {
            #expect(t.flags[i].contains(.unsafeHousing))
            #expect(abs(t.programYuan[i] + t.farmYuan[i] * 0.5) < 0.01)
        }
        for i in t.range(ofVillage: 1) { #expect(t.programYuan[i] == 0) }
        #expect(s.state.villages.disasterYear == [2016, 0, 0])
    }

    @Test func priceShocksScaleThisYearsGains() throws {
        var s = try setup("shocks:\n  price_shocks: {orange_probability_per_year: 1, orange_income_change_fraction: -0.3, livestock_probability_per_year: 0}\n")
        s.apply(PriceShock.self)
        #expect(abs(s.state.orangePriceFactor - 0.7) < 1e-6)
        #expect(s.state.livestockPriceFactor == 1)
    }

    @Test func relocationNeverExceedsCapacityOrBudgetAndMakesHousingSafe() throws {
        var s = try setup("programs:\n  relocation: {take_up_fraction: 1, budget_yuan_by_year: {2016: 2400000}}\n")
        s.apply(Relocation.self)
        let t = s.state.households
        let moved = (0..<t.count).filter { t.location[$0] >= 0 }
        #expect(!moved.isEmpty)
        #expect(s.state.siteOccupancyPersons[0] <= 60)
        #expect((s.state.ledger.spentYuan["relocation"]?[2016] ?? 0) <= 2_400_000)
        for i in moved { #expect(t.flags[i].contains(.relocated) && !t.flags[i].contains(.unsafeHousing)) }
        #expect(s.state.siteOccupancyPersons[0] == moved.reduce(0) { $0 + Int(t.persons[$1]) })
    }

    @Test func breedingPaysParticipantsPerPersonUpToTheFarmsIntake() throws {
        var s = try setup("programs:\n  breeding: {take_up_fraction: 1, households_per_farm_per_year: 7, cost_yuan_per_household: 1000}\nshocks:\n  price_shocks: {livestock_probability_per_year: 0}\n")
        s.apply(Breeding.self)
        let t = s.state.households
        let joined = (0..<t.count).filter { t.flags[$0].contains(.breeding) }
        #expect(joined.count == 7)
        for i in joined { #expect(t.programYuan[i] == 1200 * Float(t.persons[i]) && t.labourers[i] > 0) }
        #expect(s.state.ledger.spentYuan["breeding"]?[2016] == 7000)
    }

    @Test func orchardsPayOnlyAfterTheMaturityLag() throws {
        let park = Site(id: "orange-park-1", name: "O", kind: .orangePark, townshipCode: Fixtures.townships[0].code, capacityPersons: 0,
                        costYuanPerPerson: 0, jobs: 0, longitude: 106.8, latitude: 30.2)
        var s = try setup("programs:\n  orchards: {take_up_fraction: 1, maturity_lag_years: 2}\n", region: Self.withSite(park))
        s.apply(Orchards.self, year: 2016)
        #expect(s.state.households.flags.contains { $0.contains(.orchard) })
        #expect(s.state.households.programYuan.allSatisfy { $0 == 0 })
        s.apply(Orchards.self, year: 2018)
        let t = s.state.households
        for i in 0..<t.count where t.orchardYear[i] == 2016 { #expect(t.programYuan[i] >= 900 * Float(t.persons[i])) }
    }

    @Test func jobsAreLimitedByTheSitesOpenings() throws {
        var s = try setup("programs:\n  jobs: {take_up_fraction: 1, distance_decay_km: 500, new_hire_fraction_of_jobs_per_year: 0.02}\n")
        let before = s.state.households.wagesYuan
        s.apply(Jobs.self)
        let hired = (0..<before.count).filter { s.state.households.flags[$0].contains(.job) }
        #expect(hired.count == 10)
        for i in hired { #expect(abs(s.state.households.wagesYuan[i] - before[i] - 24_000) < 1) }
    }

    @Test func cooperativesGoToPoorVillagesAndGiveCollectiveIncome() throws {
        var s = try setup("programs:\n  cooperatives: {new_per_year: 1, members_per_cooperative: 5, dividend_yuan_per_person_per_year: 100}\n")
        let income0 = s.state.villages.collectiveIncomeYuan[0]
        s.apply(Cooperatives.self)
        #expect(s.state.villages.cooperatives == [1, 0, 0])
        #expect(s.state.villages.collectiveIncomeYuan[0] == income0 + 20_000)
        #expect(s.state.households.flags.filter { $0.contains(.cooperative) }.count == 5)
    }

    @Test func tourismDesignatesVillagesUpToTheYearsTarget() throws {
        var s = try setup("programs:\n  tourism: {villages_by_year: {2016: 1}, participation_fraction: 0.5}\n")
        s.apply(Tourism.self)
        #expect(s.state.villages.tourismYear == [2016, 0, 0])
        let t = s.state.households
        let participants = t.range(ofVillage: 0).filter { t.flags[$0].contains(.tourism) }
        #expect(participants.count == 150)
        #expect(t.range(ofVillage: 0).filter { t.flags[$0].contains(.poor) }.allSatisfy { t.flags[$0].contains(.tourism) })
        #expect(participants.allSatisfy { t.programYuan[$0] > 0 })
    }

    @Test func theMinimumIncomeTopsUpHouseholdsWithoutLabourToTheStandard() throws {
        var s = try setup("")
        s.apply(MinimumIncome.self)
        let t = s.state.households
        let covered = (0..<t.count).filter { t.flags[$0].contains(.minimumIncome) }
        #expect(!covered.isEmpty)
        for i in covered {
            #expect(t.labourers[i] == 0)
            #expect(abs(t.netIncomeYuan(i) / Float(t.persons[i]) - 3000) < 0.5)
        }
    }

    @Test func medicalAssistanceReimbursesIllPoorHouseholds() throws {
        var s = try setup("shocks:\n  illness: {onset_probability_per_year: 1, recovery_probability_per_year: 0, cost_yuan_per_household_per_year: 1000}\n")
        s.apply(IllnessShock.self)
        s.apply(MedicalAssistance.self)
        let t = s.state.households
        for i in 0..<t.count {
            let covered = t.flags[i].contains(.everPoor)
            #expect(t.flags[i].contains(.medicalCover) == covered)
            #expect(abs(t.illnessCostYuan[i] - (covered ? 100 : 1000)) < 0.01)
        }
    }

    @Test func housingRenovatesWithinTheBudgetClosestToExitFirst() throws {
        var s = try setup("households: {unsafe_housing_fraction_poor: 1}\nprograms:\n  housing: {cost_yuan_per_household: 10000, budget_yuan_by_year: {2016: 50000}}\n")
        let t0 = s.state.households
        s.apply(HousingRenovation.self)
        let t = s.state.households
        let renovated = (0..<t.count).filter { t0.flags[$0].contains(.unsafeHousing) && !t.flags[$0].contains(.unsafeHousing) }
        #expect(renovated.count == 5)
        let waiting = (0..<t.count).filter { t.flags[$0].contains(.poor) && t.flags[$0].contains(.unsafeHousing) }
        let lowestRenovated = renovated.map { t.netIncomeYuan($0) / Float(t.persons[$0]) }.min()!
        #expect(waiting.allSatisfy { t.netIncomeYuan($0) / Float(t.persons[$0]) <= lowestRenovated })
    }

    @Test func infrastructureBuildsMissingItemsWithinTheBudget() throws {
        let park = Site(id: "tourism-x", name: "T", kind: .tourismSpot, townshipCode: Fixtures.townships[0].code, capacityPersons: 0,
                        costYuanPerPerson: 0, jobs: 0, longitude: 106.8, latitude: 30.2)
        let missing = VillageInfrastructure(road: false, water: true, power: true, broadband: false, clinic: true, cultureRoom: true)
        var s = try setup("programs:\n  infrastructure: {budget_yuan_by_year: {2016: 2100000}}\n", region: Self.withSite(park, infrastructure: missing))
        s.apply(Infrastructure.self)
        #expect(s.state.villages.infrastructure[0].road)
        #expect(!s.state.villages.infrastructure[0].broadband, "150,000 more would exceed the budget")
        // An unaffordable item is skipped, not the end of building: collective income
        // (100,000) still fits after broadband.
        #expect(s.state.villages.collectiveIncomeYuan[0] > 0)
        #expect((s.state.ledger.spentYuan["infrastructure"]?[2016] ?? 0) == 2_100_000)
    }
}
