import Foundation
import GIS
import Testing
@testable import Planning

/// The region file (docs/regions.md): a good file decodes to what it says, each mistake is
/// reported at its line:column and key path, every one at once.
@Suite struct RegionFileTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let shipped = root + "/scenarios/regions/guang-an-pilot.yaml"

    static let good = """
        region:
          name: 试点
          name_en: Pilot
        seed: 7
        runs: 3
        strategies: [baseline, no-relocation]
        counties:
          - code: "511623"
            name: 邻水县
            geodata: ../geodata
            scenarios:
              baseline: a.yaml
              no-relocation: b.yaml
          - code: "511681"
            name: 华蓥市
            geodata: /abs/huaying
            scenarios:
              no-relocation: d.yaml
              baseline: ./c.yaml

        """

    /// The problems of `text`, one `line:column key.path: message` per problem.
    static func problems(_ text: String) -> [Diagnostic] {
        do { _ = try RegionFile.decode(text: text, file: "r/region.yaml"); return [] } catch let e as GISError { return e.diagnostics } catch { return [] }
    }

    @Test func aGoodFileDecodesWithPathsResolvedAgainstItsFolder() throws {
        let r = try RegionFile.decode(text: Self.good, file: "scenarios/regions/r.yaml")
        #expect(r.name == "试点" && r.nameEn == "Pilot" && r.seed == 7 && r.runs == 3)
        #expect(r.strategies == ["baseline", "no-relocation"])
        #expect(r.counties.map(\.code) == ["511623", "511681"])
        #expect(r.counties[0].geodata == "scenarios/geodata")
        #expect(r.counties[0].scenarios == ["scenarios/regions/a.yaml", "scenarios/regions/b.yaml"])
        // In the strategies' order, whatever the order in the file.
        #expect(r.counties[1].scenarios == ["scenarios/regions/c.yaml", "scenarios/regions/d.yaml"])
        #expect(r.counties[1].geodata == "/abs/huaying")
        #expect(r.counties[0].geodataLocation.line == 10 && r.counties[0].geodataLocation.path == "counties[0].geodata")
    }

    @Test func seedAndRunsAreOptional() throws {
        let text = Self.good.replacingOccurrences(of: "seed: 7\nruns: 3\n", with: "")
        let r = try RegionFile.decode(text: text, file: "r.yaml")
        #expect(r.seed == nil && r.runs == nil)
    }

    @Test func everyMistakeIsReportedAtItsPlaceAllAtOnce() {
        let text = """
            region:
              name: 试点
              nam_en: Pilot
            runs: 0
            strategies: [baseline, baseline, "a/b"]
            counties:
              - code: "511623"
                name: 邻水县
                geodata: g1
                scenarios:
                  baseline: a.yaml
                  basline: b.yaml
              - code: "511623"
                name: 华蓥市
                geodata: g2
                scenarios: {baseline: c.yaml}
              - code: 51168
                nmae: x
                geodata: g3
                scenarios: {baseline: d.yaml, a/b: e.yaml}

            """
        let found = Self.problems(text).map { "\($0.location.line ?? 0):\($0.location.column ?? 0) \($0.location.path ?? ""): \($0.message)" }
        func has(_ place: String, _ words: String) -> Bool { found.contains { $0.hasPrefix(place) && $0.contains(words) } }
        #expect(has("2:3 region", "missing key \"name_en\""), "\(found)")
        #expect(has("3:3 region.nam_en", "did you mean \"name_en\"?"), "\(found)")
        #expect(has("4:7 runs", "expected an integer in 1…100000"), "\(found)")
        #expect(has("5:24 strategies[1]", "listed twice"), "\(found)")
        #expect(has("5:34 strategies[2]", "strategy name of letters"), "\(found)")
        #expect(has("12:7 counties[0].scenarios.basline", "did you mean \"baseline\"?"), "\(found)")
        #expect(has("11:7 counties[0].scenarios.a/b", "gives no scenario for the strategy \"a/b\""), "\(found)")
        #expect(has("13:11 counties[1].code", "\"511623\" is given twice (first at line 7:11)"), "\(found)")
        #expect(has("17:11 counties[2].code", "6-digit administrative code"), "\(found)")
        #expect(has("18:5 counties[2].nmae", "did you mean \"name\"?"), "\(found)")
        #expect(has("17:5 counties[2]", "missing key \"name\""), "\(found)")
        #expect(found.allSatisfy { !$0.contains("NSCocoa") })
    }

    @Test func aFileWithoutCountiesOrStrategiesSaysWhatIsExpected() {
        let found = Self.problems("region: {name: a, name_en: b}\nstrategies: []\ncounties: []\n").map(\.message)
        #expect(found.contains { $0.contains("at least one strategy") }, "\(found)")
        #expect(found.contains { $0.contains("at least one county") }, "\(found)")
        let scalar = Self.problems("just text\n")
        #expect(scalar.count == 1 && scalar[0].message.contains("expected a mapping of region keys"))
    }

    @Test func aYAMLSyntaxErrorNamesItsLine() {
        let found = Self.problems("region:\n  name: [a\n")
        #expect(found.count == 1 && found[0].location.line != nil && found[0].message.contains("YAML syntax"))
    }

    @Test func theShippedRegionLoadsWithItsTwoCounties() throws {
        let r = try RegionFile.load(path: Self.shipped)
        #expect(r.counties.map(\.code) == ["511623", "511681"])
        #expect(r.strategies == ["baseline", "no-relocation"])
        #expect(r.counties[1].geodata.hasSuffix("geodata/counties/huaying"))
        #expect(RegionFile.isRegionFile(path: Self.shipped))
        #expect(!RegionFile.isRegionFile(path: Self.root + "/scenarios/baseline.yaml"))
    }

    /// The quick check without the word `region` must not miss a key spelled with an escape,
    /// nor take a scenario that only mentions the word for a region file.
    @Test func aRegionKeyIsFoundHoweverItIsSpelled() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-region-key-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cases: [(String, Bool)] = [("\"\\x72egion\": {name: x}\n", true), ("'region': {name: x}\n", true),
                                       ("name: a region-wide push\nruns: 2\n", false), ("name: plain\n", false)]
        for (k, (text, expected)) in cases.enumerated() {
            let path = dir + "/\(k).yaml"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            #expect(RegionFile.isRegionFile(path: path) == expected, "\(text)")
        }
    }

    /// A copy of the shipped region in a temporary folder with `edit` applied to its text.
    static func loadEdited(_ edit: (String) -> String) throws -> [Diagnostic] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-region-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let text = try String(contentsOfFile: shipped, encoding: .utf8).replacingOccurrences(of: "../../", with: root + "/")
            .replacingOccurrences(of: "../", with: root + "/scenarios/")
        try edit(text).write(toFile: dir + "/r.yaml", atomically: true, encoding: .utf8)
        do { _ = try RegionFile.load(path: dir + "/r.yaml"); return [] } catch let e as GISError { return e.diagnostics }
    }

    @Test func aMissingGeodataFolderOrScenarioFileIsReportedAtItsKey() throws {
        let found = try Self.loadEdited {
            $0.replacingOccurrences(of: "geodata/counties/huaying", with: "geodata/counties/nowhere")
                .replacingOccurrences(of: "huaying/no-relocation.yaml", with: "huaying/missing.yaml")
        }
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.location.path == "counties[1].geodata" && $0.location.line == 23 && $0.message.contains("no geodata folder") })
        #expect(found.contains { $0.location.path == "counties[1].scenarios.no-relocation" && $0.message.contains("no scenario file") })
    }

    @Test func theSameGeodataTwiceAndAWrongCodeAreErrors() throws {
        let same = try Self.loadEdited { $0.replacingOccurrences(of: "geodata/counties/huaying", with: "geodata/./") }
        #expect(same.contains { $0.location.path == "counties[1].geodata" && $0.message.contains("the same geodata folder as county 511623") }, "\(same)")
        let code = try Self.loadEdited { $0.replacingOccurrences(of: "\"511681\"", with: "\"511682\"") }
        #expect(code.contains { $0.location.path == "counties[1].code" && $0.message.contains("holds county 511681") }, "\(code)")
    }

    @Test func textAndFileProblemsAreReportedTogether() throws {
        let found = try Self.loadEdited {
            $0.replacingOccurrences(of: "  name_en:", with: "  nameen:").replacingOccurrences(of: "geodata/counties/huaying", with: "nowhere")
        }
        #expect(found.contains { $0.message.contains("did you mean \"name_en\"") } && found.contains { $0.message.contains("no geodata folder") }, "\(found)")
    }

    @Test func countySeedsDifferByCodeAndStayWithinSeedOption() {
        let a = RegionCounty(code: "511623", name: "", geodata: "", scenarios: [], geodataLocation: SourceLocation(), scenarioLocations: [], codeLocation: SourceLocation())
        var b = a
        b.code = "511681"
        #expect(a.seed(root: 2015) != b.seed(root: 2015))
        #expect(a.seed(root: 2015) != a.seed(root: 2016))
        #expect(a.seed(root: 2015) == a.seed(root: 2015))
        #expect(a.seed(root: 2015) <= UInt64(Int.max) && b.seed(root: .max) <= UInt64(Int.max))
    }

    @Test func docsRegionsMdNamesEveryKey() throws {
        let doc = try String(contentsOfFile: Self.root + "/docs/regions.md", encoding: .utf8)
        let keys = RegionFile.knownKeyPaths(readingSample: Self.good)
        #expect(keys.count >= 10)
        for key in keys where !key.hasPrefix("counties[].scenarios.") {
            #expect(doc.contains("`\(key)`"), "docs/regions.md lacks \(key)")
        }
    }
}
