import Planning
import Testing
@testable import GeodataBuild

/// The 一低三有 township facilities of the base year follow county.yaml's rule.
@Suite struct GeodataFacilitiesTests {
    @Test func thePoorestShareOfTownshipsLacksEachFacilityAndSubdistrictsHaveAll() {
        let townships = [("1", "镇"), ("2", "乡"), ("3", "街道"), ("4", "镇"), ("5", "镇"), ("6", "乡")].map { (code: $0.0, kind: $0.1) }
        // Means: 0.5, 0.9, (subdistrict), 0.7, none (only 社区), 0.7 (tie with 4: code order).
        let scores: [[Double]] = [[0.4, 0.6], [0.9], [0.99], [0.7], [], [0.6, 0.8]]
        let missing = TownshipFacilities.missing(townships: townships, villageScores: scores,
                                                 shares: [.centralSchool: 0.25, .healthCentre: 0.5, .serviceCentre: 0])
        // Four ranked townships: 2 (0.9), 4 (0.7), 6 (0.7), 1 (0.5).
        #expect(missing[1] == [.centralSchool, .healthCentre])
        #expect(missing[3] == [.healthCentre])
        #expect(missing[0].isEmpty && missing[5].isEmpty)
        #expect(missing[2].isEmpty && missing[4].isEmpty)
    }

    @Test func theShippedTownshipsLackEachFacilityInTheShareTheProfileGives() throws {
        let f = try GeodataFixture.get()
        let profile = try CountyProfile.load(path: GeodataFixture.sources + "/county.yaml")
        let byTownship = Dictionary(grouping: f.villages.filter { $0.string("kind") == "村" }) { $0.string("township_code") }
        var means: [(code: String, mean: Double)] = []
        for t in f.townships where t.string("kind") != "街道" {
            guard let members = byTownship[t.string("code")] else { continue }
            let scores: [Double] = members.map { $0.double("poverty_score") }
            means.append((t.string("code"), scores.reduce(0, +) / Double(scores.count)))
        }
        let ranked: [String] = means.sorted { $0.mean != $1.mean ? $0.mean > $1.mean : $0.code < $1.code }.map(\.code)
        for facility in TownshipFacility.allCases {
            let share = try #require(profile.townshipFacilities.missingShare[facility])
            let lacking = Set(f.townships.filter { !$0.bool(facility.rawValue) }.map { $0.string("code") })
            #expect(lacking.count == Int((share * Double(ranked.count)).rounded()) && !lacking.isEmpty)
            #expect(lacking == Set(ranked.prefix(lacking.count)), "\(facility)")
        }
        #expect(f.townships.allSatisfy { $0.string("facilities_source") == "modelled (township_facilities in county.yaml)" })
    }
}
