import Planning
import Testing
@testable import Simulation

/// Values that each pass their own key's check but contradict each other or the region
/// (issue 11): each is an error at file:line:column and key path, never a silent fix.
@Suite struct ScenarioContradictionTests {
    /// The error decoding `yaml` (over the fixture parent) throws, if any.
    func decodingError(_ yaml: String) -> ScenarioError? {
        do { _ = try Fixtures.scenario(yaml); return nil } catch let e as ScenarioError { return e } catch { return nil }
    }

    /// The error building a world of `region` from `yaml` throws, if any (the scenario itself decodes).
    func worldError(_ yaml: String, region: Region = Fixtures.small()) throws -> ScenarioError? {
        let scenario = try Fixtures.scenario(yaml)
        do { _ = try SimulationWorld(region: region, scenario: scenario); return nil } catch let e as ScenarioError { return e }
    }

    @Test func aPoorIncomeMinimumAboveTheMaximumIsAnErrorNotASwap() throws {
        let e = try #require(decodingError("households:\n  poor_income_min_fraction_of_line: 0.9\n  poor_income_max_fraction_of_line: 0.5\n"))
        #expect(e.description.hasPrefix("test.yaml:3:37: households.poor_income_max_fraction_of_line: expected at least households.poor_income_min_fraction_of_line (0.9), found 0.5"))
        // Equal bounds are allowed (every poor household at the same fraction).
        #expect(decodingError("households:\n  poor_income_min_fraction_of_line: 0.5\n  poor_income_max_fraction_of_line: 0.5\n") == nil)
    }

    @Test func incomeSharesThatAreAllZeroAreAnError() throws {
        let e = try #require(decodingError("households:\n  income_share_poor: {farming: 0, local_wages: 0, remittances: 0, transfers: 0}\n"))
        #expect(e.keyPath == "households.income_share_poor")
        #expect(e.origin.file == "test.yaml" && e.origin.line == 2 && e.origin.column == 22)
        #expect(e.message.contains("at least one share above 0"))
        let shares = try Fixtures.scenario("households:\n  income_share_nonpoor: {farming: 0.2, local_wages: 0, remittances: 0.2, transfers: 0}\n")
            .parameters.households.incomeShareNonpoor
        #expect(shares == [0.5, 0, 0.5, 0])
    }

    @Test func aProcessListedTwiceIsAnError() throws {
        let e = try #require(decodingError("processes: [income_growth, tourism, income_growth]\n"))
        #expect(e.description == "test.yaml:1:37: processes[2]: \"income_growth\" is listed twice (also at processes[0]): each process runs once a year, at its place in the list")
    }

    @Test func decreasingCumulativeTourismTargetsAreAnError() throws {
        let e = try #require(decodingError("programs:\n  tourism:\n    villages_by_year: {2016: 20, 2017: 10}\n"))
        #expect(e.description.hasPrefix("test.yaml:3:40: programs.tourism.villages_by_year.2017: expected at least 20 (the target of 2016)"))
        // A target may stay where it was.
        #expect(decodingError("programs:\n  tourism:\n    villages_by_year: {2016: 20, 2017: 20}\n") == nil)
    }

    @Test func anOverflowingTourismTargetIsAnErrorAndNeverTraps() throws {
        let e = try #require(decodingError("programs:\n  tourism:\n    villages_by_year: {2016: 9223372036854775807}\n"))
        #expect(e.description == "test.yaml:3:30: programs.tourism.villages_by_year.2016: expected an integer in 0…100000, found \"9223372036854775807\"")
    }

    @Test func aTourismTargetAboveTheVillagesThatCanBeDesignatedIsAnError() throws {
        // Fixtures.small: 3 villages, the first one poor.
        let e = try #require(try worldError("programs:\n  tourism:\n    villages_by_year: {2016: 1, 2017: 2}\n"))
        #expect(e.description.hasPrefix("test.yaml:3:39: programs.tourism.villages_by_year.2017: expected at most 1 (the region's poor villages and the listed villages"))
        // A listed (non-poor) village can be designated too.
        let region = Fixtures.small()
        #expect(try worldError("programs:\n  tourism:\n    villages: [\(region.villages[2].id)]\n    villages_by_year: {2016: 1, 2017: 2}\n") == nil)
    }

    @Test func aCommunityNamedAsATourismVillageIsAnError() throws {
        let small = Fixtures.small()
        var villages = small.villages
        villages[2].kind = "社区"
        let region = Region(profile: small.profile, townships: small.townships, villages: villages, sites: small.sites, lines: small.lines)
        let e = try #require(try worldError("programs:\n  tourism:\n    villages: [\(villages[1].id), \(villages[2].id)]\n", region: region))
        #expect(e.keyPath == "programs.tourism.villages[1]")
        #expect(e.origin.line == 3 && e.origin.column == 16 + villages[1].id.count + 2)
        #expect(e.message.contains("is a 社区, not a village (村)"))
    }

    @Test func aRelocationSiteListNamingNoRelocationSiteIsAnError() throws {
        // farm-breeding-1 is a breeding farm: the list would switch relocation off.
        let e = try #require(try worldError("programs:\n  relocation:\n    sites: [farm-breeding-1]\n"))
        #expect(e.description.hasPrefix("test.yaml:3:13: programs.relocation.sites[0]: site \"farm-breeding-1\" is a breeding_farm, not a resettlement site"))
        // A resettlement site of a kind the scenario does not use is as silent.
        let kind = try #require(try worldError("programs:\n  relocation:\n    site_kinds: [county_seat]\n    sites: [site-town-a]\n"))
        #expect(kind.keyPath == "programs.relocation.sites[0]")
        #expect(kind.message.contains("a kind not in programs.relocation.site_kinds (county_seat)"))
        #expect(try worldError("programs:\n  relocation:\n    sites: [site-town-a]\n") == nil)
    }

    @Test func aMandatoryZoneOutsideTheEligibleZonesIsAnError() throws {
        let e = try #require(try worldError("programs:\n  relocation:\n    eligible_zones: [水淹区]\n    mandatory_zones: [地质灾害沉陷区]\n"))
        #expect(e.description == "test.yaml:4:23: programs.relocation.mandatory_zones[0]: \"地质灾害沉陷区\" is not one of programs.relocation.eligible_zones (\"水淹区\"): a mandatory zone must be eligible, else its villages never move")
    }
}

/// The schema and the parameter structs agree: decoding reads every key of the schema,
/// each once, and only those.
@Suite struct ScenarioParameterSchemaTests {
    @Test func decodingReadsEverySchemaKeyOnce() throws {
        let s = try Fixtures.scenario()
        let trace = ReadTrace()
        _ = try ScenarioParameters(ScenarioReader(values: s.values, origins: s.origins, trace: trace))
        #expect(trace.read.count == Set(trace.read).count, "read twice: \(trace.read.filter { p in trace.read.filter { $0 == p }.count > 1 })")
        #expect(Set(trace.read) == Set(ScenarioSchema.leafPaths.map(\.path)))
    }

    @Test func everyProcessNameOfTheSchemaHasItsProcessInTheRegistry() {
        #expect(ProcessRegistry.types.map { $0.name } == ScenarioSchema.processNames)
    }

    @Test func theSchemaGivesNoProgramMoney() throws {
        let s = try ScenarioDecoder { name, _ in throw ScenarioError(.schemaDefault, "extends", "no file \(name)") }
            .decode(text: "name: schema-defaults\n", file: "defaults.yaml")
        for program in Program.allCases { #expect(s.parameters.budgets[program]?.isEmpty == true, "\(program)") }
        #expect(s.parameters.programs.tourism.villagesByYear.isEmpty)
        #expect(s.parameters.programs.minimumIncome.standardYuanPerPersonByYear.isEmpty)
    }
}
