import Testing
import GIS
import Planning
@testable import GeodataBuild

@Suite struct GeodataTotalsTests {
    @Test func exactlyOneHundredFiftyTwoPoorVillagesAllOfThemVillagesNotCommunities() throws {
        let v = try GeodataFixture.get().villages
        let poor = v.filter { $0.bool("poor_village") }
        #expect(poor.count == 152)
        #expect(poor.allSatisfy { $0.string("kind") == "村" })
    }

    @Test func ruralPoorSumToExactly64900AtAnIncidenceOf9Point5Percent() throws {
        let rural = try GeodataFixture.get().villages.filter { $0.string("kind") == "村" }
        let poor = rural.reduce(0) { $0 + $1.int("poor_persons") }
        let population = rural.reduce(0) { $0 + $1.int("population") }
        #expect(poor == 64_900)
        #expect(population == 683_158)
        #expect(abs(Double(population) * 0.095 - 64_900) < 1)
    }

    @Test func communitiesCarryTheUrbanPoorOf14300() throws {
        let urban = try GeodataFixture.get().villages.filter { $0.string("kind") == "社区" }
        #expect(urban.count == 47)
        #expect(urban.reduce(0) { $0 + $1.int("poor_persons") } == 14_300)
    }

    @Test func justUnder30000PoorLiveInTheMountainFlankZone() throws {
        let rural = try GeodataFixture.get().villages.filter { $0.string("kind") == "村" }
        let flank = rural.filter { ($0[property: "zones"]?.arrayValue ?? []).contains(.string("二环山区")) }
        let poor = flank.reduce(0) { $0 + $1.int("poor_persons") }
        #expect(poor >= 28_000 && poor < 30_000)
    }

    @Test func twoThirdsOfThePoorVillagesLieInTheMountainsOrAHazardZone() throws {
        let poor = try GeodataFixture.get().villages.filter { $0.bool("poor_village") }
        let mountain = poor.filter {
            !$0.string("terrain_unit").hasSuffix("槽") || !($0[property: "zones"]?.arrayValue ?? []).isEmpty
        }
        let share = Double(mountain.count) / Double(poor.count)
        #expect(share >= 0.6 && share <= 0.7)
    }

    /// The base-year income is the profile's annual disposable income (11,100 for Linshui).
    @Test func thePopulationWeightedRuralIncomeIsTheProfilesBaseIncome() throws {
        let rural = try GeodataFixture.get().villages.filter { $0.string("kind") == "村" }
        let pop = rural.reduce(0.0) { $0 + Double($1.int("population")) }
        let mean = rural.reduce(0.0) { $0 + Double($1.int("population")) * $1.double("income_per_capita_2015") } / pop
        let profile = try CountyProfile.load(path: GeodataFixture.sources + "/county.yaml")
        #expect(profile.poverty.ruralIncomeYuanPerPersonBase == 11_100)
        #expect(abs(mean - profile.poverty.ruralIncomeYuanPerPersonBase) < 2)
    }

    @Test func poorVillagesAreHigherPoorerAndFartherThanTheOthers() throws {
        let rural = try GeodataFixture.get().villages.filter { $0.string("kind") == "村" }
        func mean(_ fs: [Feature], _ k: String) -> Double { fs.reduce(0.0) { $0 + $1.double(k) } / Double(fs.count) }
        let poor = rural.filter { $0.bool("poor_village") }, other = rural.filter { !$0.bool("poor_village") }
        #expect(mean(poor, "elevation_m") > mean(other, "elevation_m"))
        #expect(mean(poor, "income_per_capita_2015") < mean(other, "income_per_capita_2015"))
        #expect(mean(poor, "dist_county_seat_km") > mean(other, "dist_county_seat_km"))
    }

    @Test func householdsAreConsistentWithPersons() throws {
        for v in try GeodataFixture.get().villages {
            #expect(v.int("poor_households") <= v.int("households"))
            #expect(v.int("poor_households") <= v.int("poor_persons"))
            #expect(v.int("population") - v.int("poor_persons") >= v.int("households") - v.int("poor_households"))
        }
    }
}
