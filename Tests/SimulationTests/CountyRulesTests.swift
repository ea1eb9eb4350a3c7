import Foundation
import Planning
import Testing
@testable import Simulation

/// The county's rules come from its profile: 一低三有 county exit, the zones disasters
/// strike, the simulated years, and the exit thresholds that apply.
@Suite struct CountyRulesTests {
    /// The small region (one township, three villages, the first poor) with `edit` applied to its profile.
    static func region(_ edit: (inout CountyProfile) -> Void = { _ in }, zones: [FixtureZone] = [.geologicalHazard],
                       facilities: Set<TownshipFacility> = Set(TownshipFacility.allCases)) -> Region {
        let r = Fixtures.small(zones: zones)
        var profile = r.profile
        edit(&profile)
        var townships = r.townships
        townships[0].facilities = facilities
        return Region(profile: profile, townships: townships, villages: r.villages, sites: r.sites, lines: r.lines)
    }

    static func world(_ region: Region, _ yaml: String = "") throws -> SimulationWorld {
        try SimulationWorld(region: region, scenario: try Fixtures.scenario(yaml))
    }

    @Test func theCountyExitNeedsTheTownshipFacilitiesAndNotEveryPoorVillage() throws {
        let rules = ExitRules(world: try Self.world(Self.region()))
        var county = CountyYear(year: 2018)
        county.population = 1000; county.poorPersons = 20  // 2 %, below the profile's 3 %
        county.villagesExitedTotal = 0  // the poor village has not exited
        let all = Set(TownshipFacility.allCases)
        #expect(rules.countyMeetsRule(county, townshipFacilities: [all]))
        #expect(!rules.countyMeetsRule(county, townshipFacilities: [all, [.centralSchool, .serviceCentre]]))
        county.poorPersons = 30  // 3 % is not below 3 %
        #expect(!rules.countyMeetsRule(county, townshipFacilities: [all]))
    }

    @Test func aTownshipWithoutAHealthCentreKeepsTheCountyInUntilInfrastructureBuildsIt() throws {
        // Everybody clears the line at once (incomes far above it), the poor village keeps
        // its 一低五有 gaps (no collective income, nothing built for it), and the township
        // lacks a health centre.
        var lacking = Self.region(facilities: [.centralSchool, .serviceCentre])
        lacking.villages[0].collectiveIncomeYuan = 0
        let rich = """
            poverty_line_yuan_per_person: {2015: 100, 2016: 100, 2017: 100, 2018: 100, 2019: 100, 2020: 100}
            households: {poor_income_min_fraction_of_line: 0.9}
            income_growth: {by_source_fraction_per_year: {farming: 2, local_wages: 2, remittances: 2, transfers: 2}, household_sd_fraction: 0}
            exit_rules: {require_safe_housing: false, require_medical_cover: false}
            processes: [income_growth]
            """
        let never = SimulationRun(world: try Self.world(lacking, rich)).run(runSeed: 3)
        #expect(never.county[1].incidence < 0.03)
        #expect(never.county.allSatisfy { $0.townshipsLacking(.healthCentre) == 1 && $0.townshipsLacking(.centralSchool) == 0 })
        #expect(never.countyExitYear == nil)

        let building = rich.replacingOccurrences(of: "processes: [income_growth]", with: """
            processes: [income_growth, infrastructure]
            programs:
              infrastructure:
                township_facility_cost_yuan: {health_centre: 3000000}
                budget_yuan_by_year: {2016: 1000000, 2017: 3000000}
                cost_yuan: {road: 1e9, water: 1e9, power: 1e9, broadband: 1e9, clinic: 1e9, culture_room: 1e9, collective_income: 1e9}
            """)
        let run = SimulationRun(world: try Self.world(lacking, building)).run(runSeed: 3)
        #expect(run.county[1].townshipsLacking(.healthCentre) == 1)  // 2016: the budget is short
        #expect(run.county[2].townshipsLacking(.healthCentre) == 0)  // 2017: built
        #expect(run.countyExitYear == 2017)
        #expect(run.county.last!.villagesExitedTotal == 0, "the poor village never met 一低五有")
    }

    @Test func disastersStrikeOnlyVillagesInZonesWithDisastersTrue() throws {
        let yaml = "shocks:\n  disasters: {probability_per_year: 1, farm_income_loss_fraction: 0.5, housing_damage_fraction: 1}\n"
        func hit(_ disasters: Bool, zone: FixtureZone) throws -> [Int] {
            let region = Self.region({ $0.zones.list[zone.rawValue].disasters = disasters }, zones: [zone])
            let world = try Self.world(region, yaml)
            var (state, random) = SimulationRun(world: world).initialState(runSeed: 5)
            DisasterShock(world: world).apply(to: &state, year: 2016, random: &random)
            return state.villages.disasterYear
        }
        // The same village, zone and draws: struck only when the profile says so.
        #expect(try hit(true, zone: .mountainRing) == [2016, 0, 0])
        #expect(try hit(false, zone: .mountainRing) == [0, 0, 0])
        #expect(try hit(false, zone: .flood) == [0, 0, 0])
        #expect(try hit(true, zone: .flood) == [2016, 0, 0])
    }

    @Test func theSimulatedYearsComeFromTheProfile() throws {
        let world = try Self.world(Self.region { $0.years.end = 2019 })
        #expect(world.baseYear == 2015 && world.years == 2016...2019)
        let run = SimulationRun(world: world).run(runSeed: 1)
        #expect(run.years == [2015, 2016, 2017, 2018, 2019])

        let later = Self.region { $0.years.base = 2016; $0.years.end = 2021 }
        #expect(throws: ScenarioError.self) { try Self.world(later) }
        do { _ = try Self.world(later); Issue.record("no error") } catch let e as ScenarioError {
            #expect(e.keyPath == "poverty_line_yuan_per_person" && e.message.contains("no poverty line for 2021"), "\(e)")
        }
        let withLine = try Self.world(later, "poverty_line_yuan_per_person: {2021: 4100}\n")
        #expect(SimulationRun(world: withLine).run(runSeed: 1).years == Array(2016...2021))
    }

    @Test func theResolvedScenarioSaysWhichExitThresholdsApplied() throws {
        let region = Self.region { $0.exitRules.villageIncidenceBelow = 0.025 }
        let plain = try Self.world(region)
        #expect(plain.exitThresholds.villageIncidenceBelow == 0.025 && plain.exitThresholds.villageSource == .profile)
        let text = ScenarioYAML.render(plain.scenario, notes: plain.exitThresholds.resolvedNotes(profileFile: "geo/county.yaml"))
        #expect(text.contains("village_incidence_below_fraction: null  # not set in the scenario: the county profile's exit_rules.village_incidence_below applies, 0.025 (geo/county.yaml)"), "\(text)")

        let whatIf = try Self.world(region, "exit_rules: {county_incidence_below_fraction: 0.02}\n")
        #expect(whatIf.exitThresholds.countyIncidenceBelow == 0.02 && whatIf.exitThresholds.countySource == .scenario)
        #expect(whatIf.exitThresholds.villageSource == .profile)
        let overridden = ScenarioYAML.render(whatIf.scenario, notes: whatIf.exitThresholds.resolvedNotes(profileFile: "geo/county.yaml"))
        #expect(overridden.contains("county_incidence_below_fraction: 0.02  # set by the scenario: this what-if value applies instead of the county profile's exit_rules.county_incidence_below"), "\(overridden)")
        // The resolved file reads back to the same thresholds.
        let back = try Fixtures.scenario(overridden)
        #expect(back.parameters.exitRules.countyIncidenceBelowFraction == 0.02)
        #expect(back.parameters.exitRules.villageIncidenceBelowFraction == nil)
    }

    @Test func aRelocationZoneTheProfileDoesNotListIsAnErrorWithASuggestion() throws {
        do {
            _ = try Self.world(Self.region(), "programs:\n  relocation:\n    eligible_zones: [水淹区, 地质灾害沉陷]\n")
            Issue.record("no error")
        } catch let e as ScenarioError {
            #expect(e.description.hasPrefix("test.yaml:3:27: programs.relocation.eligible_zones[1]: unknown zone \"地质灾害沉陷\"; did you mean \"地质灾害沉陷区\"?"), "\(e)")
        }
    }
}
