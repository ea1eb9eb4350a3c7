import Foundation
import Testing
@testable import GeodataBuild

/// The township and village lists: levels, and every problem of a file at once.
@Suite struct GeodataSourceTablesTests {
    static let villagesHeader = "code,name,level,parent_code,parent_name\n"

    /// Writes the two lists into a new temporary folder and reads them.
    func read(_ townships: String, _ villages: String, label: String) throws -> SourceTables {
        let folder = GeodataFixture.temporaryFolder(label)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try townships.write(toFile: folder + "/t.csv", atomically: true, encoding: .utf8)
        try villages.write(toFile: folder + "/v.csv", atomically: true, encoding: .utf8)
        return try SourceTables.read(folder: folder, townshipsFile: "t.csv", villagesFile: "v.csv")
    }

    func message(_ body: () throws -> SourceTables) -> String {
        do { _ = try body(); return "" } catch { return "\(error)" }
    }

    @Test func levelsMapToTheTownshipKindsAndNamesAreKeptAsGiven() throws {
        let t = try read("""
            code,name,level,parent_code
            511681000000,某市,county,511600000000
            511681001000,双河街道办事处,subdistrict,511681000000
            511681101000,某镇,town,511681000000
            511681200000,某乡,township,511681000000
            511681201000,某某族乡,ethnic_township,511681000000

            """, Self.villagesHeader + ",甲社区居委会,community,511681001000,\n,乙村委会,village,511681101000,\n"
                + ",丙村委会,village,511681200000,\n,丁村委会,village,511681201000,\n", label: "levels")
        #expect(t.townships.map(\.kind) == ["街道", "镇", "乡", "民族乡"])
        #expect(t.townships[0].name == "双河街道办事处")
        #expect(t.countyName == "某市" && t.countyCode == "511681000000")
        #expect(t.villages.map(\.kind) == ["社区", "村", "村", "村"])
        #expect(t.villages.map(\.name) == ["甲社区", "乙村", "丙村", "丁村"])
    }

    @Test func everyProblemOfTheTownshipListIsReportedAtOnceWithItsLineAndColumn() {
        let text = message {
            try read("""
                code,name,level,parent_code
                511623000000,甲县,county,511600000000
                511623100000,,town,511623000000
                51162310１000,乙镇,town,511623000000
                511623102000,丙乡,village,511623000000
                511623000001,丁县,county,511600000000

                """, Self.villagesHeader + ",某村委会,village,511623100000,\n", label: "township-problems")
        }
        #expect(text.contains("t.csv: 3:14: error: empty name"))
        #expect(text.contains("t.csv: 4:1: error: expected a 12-digit code of ASCII digits"))
        #expect(text.contains("t.csv: 5:17: error: expected level county, town, township, ethnic_township or subdistrict"))
        #expect(text.contains("t.csv: error: 2 rows of level county (lines 2, 6)"))
    }

    @Test func aListWithoutACountyRowIsAnError() {
        let text = message {
            try read("code,name,level,parent_code\n511623100000,甲镇,town,511623000000\n",
                     Self.villagesHeader + ",某村委会,village,511623100000,\n", label: "no-county")
        }
        #expect(text.contains("t.csv: error: no row of level county"))
    }

    @Test func everyProblemOfTheVillageListIsReportedAtOnce() {
        let text = message {
            try read("code,name,level,parent_code\n511623000000,甲县,county,511600000000\n511623100000,甲镇,town,511623000000\n"
                        + "511623200000,乙乡,township,511623000000\n",
                     Self.villagesHeader + ",某村委会,village,511623999000,\n,,village,511623100000,\n,某社区,street,511623100000,\n",
                     label: "village-problems")
        }
        #expect(text.contains("v.csv: 2:15: error: unknown township code \"511623999000\""))
        #expect(text.contains("v.csv: 3:2: error: empty name"))
        #expect(text.contains("v.csv: 4:6: error: expected level village or community"))
        #expect(!text.contains("township 甲镇"))   // its row of line 3 has an empty name but is a village
        #expect(text.contains("township 乙乡 (511623200000, line 4 of the township list) has no village or community"))
    }

    @Test func aHeaderOnlyOrCommunityOnlyVillageListIsAClearError() {
        let townships = "code,name,level,parent_code\n511623000000,甲县,county,511600000000\n511623100000,甲镇,town,511623000000\n"
        #expect(message { try read(townships, Self.villagesHeader, label: "header-only") }
            .contains("v.csv: line 1: error: expected at least one row after the header"))
        #expect(message { try read(townships, Self.villagesHeader + ",北街社区居委会,community,511623100000,\n", label: "only-communities") }
            .contains("every row is a community (社区): the rural figures need at least one village"))
    }

    @Test func anEmptyCountyGeometryIsAClearError() throws {
        let copy = try temporaryCopy(of: GeodataSecondCountyTests.sources, label: "empty-county")
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"x"},"geometry":{"type":"MultiPolygon","coordinates":[]}}]}"#
            .write(toFile: copy + "/huaying-city-511681.geojson", atomically: true, encoding: .utf8)
        #expect {
            _ = try GeodataBuilder(sourcesFolder: copy)
        } throws: { error in
            "\(error)".contains("huaying-city-511681.geojson: feature 0, geometry: error: expected one county feature with a Polygon or MultiPolygon")
        }
    }

    @Test func aRepeatedTownshipCodeIsReportedWithItsLineAndColumn() throws {
        let folder = GeodataFixture.temporaryFolder("repeated-code")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "code,name,level,parent_code\n511623000000,邻水县,county,511600000000\n511623100000,鼎屏镇,town,511623000000\n511623100000,城北镇,town,511623000000\n"
            .write(toFile: folder + "/townships-2016.csv", atomically: true, encoding: .utf8)
        try "code,name,level,parent_code,parent_name\n,北街社区居委会,community,511623100000,鼎屏镇\n"
            .write(toFile: folder + "/villages-names.csv", atomically: true, encoding: .utf8)
        #expect {
            _ = try SourceTables.read(folder: folder, townshipsFile: "townships-2016.csv", villagesFile: "villages-names.csv")
        } throws: { error in
            "\(error)".contains("townships-2016.csv: 4:1:") && "\(error)".contains("511623100000")
        }
    }
}
