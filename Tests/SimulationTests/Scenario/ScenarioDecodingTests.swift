import Testing
@testable import Simulation

@Suite struct ScenarioDecodingTests {
    func error(_ yaml: String, files: [String: String] = [:]) -> ScenarioError? {
        let decoder = ScenarioDecoder { name, _ in
            guard let text = files[name] else { throw ScenarioError(.schemaDefault, "extends", "no file \(name)") }
            return (text, name)
        }
        do { _ = try decoder.decode(text: yaml, file: "x.yaml"); return nil } catch let e as ScenarioError { return e } catch { return nil }
    }

    @Test func anEmptyScenarioTakesEveryDefault() throws {
        let s = try Fixtures.scenario("")
        #expect(s.povertyLine(2016) == 2952)
        #expect(s.povertyLine(2020) == 4000)
        #expect(s.povertyLineAssumedYears == [2017, 2018])
        #expect(s.processNames.count == ScenarioSchema.processNames.count)
    }

    @Test func anUnknownKeyIsReportedWithItsPlaceAndADidYouMean() throws {
        let e = try #require(error("seed: 1\nprograms:\n  tourism:\n    vilages_by_year: {2017: 3}\n"))
        #expect(e.origin.line == 4 && e.origin.column == 5)
        #expect(e.keyPath == "programs.tourism.vilages_by_year")
        #expect(e.message.contains("did you mean \"villages_by_year\""))
        #expect(e.description.hasPrefix("x.yaml:4:5: programs.tourism.vilages_by_year: unknown key"))
    }

    @Test func aWrongTypeNamesTheExpectationAndWhatWasFound() throws {
        let e = try #require(error("programs:\n  tourism:\n    villages_by_year:\n      2017: thirty\n"))
        #expect(e.description == "x.yaml:4:13: programs.tourism.villages_by_year.2017: expected an integer in 0…100000, found \"thirty\"")
    }

    @Test func anOutOfRangeValueIsAnError() throws {
        let e = try #require(error("programs:\n  relocation:\n    take_up_fraction: 1.5\n"))
        #expect(e.keyPath == "programs.relocation.take_up_fraction")
        #expect(e.origin.line == 3 && e.origin.column == 23)
        #expect(e.message.contains("expected a number in 0…1"))
    }

    @Test func aYearOutsideTheMapsYearsIsAnError() throws {
        let e = try #require(error("poverty_line_yuan_per_person:\n  2036: 5000\n"))
        #expect(e.origin.line == 2 && e.origin.column == 3)
        #expect(e.message.contains("expected a year in 2010…2035"))
    }

    @Test func anUnknownProcessNameIsAnErrorWithASuggestion() throws {
        let e = try #require(error("processes: [income_growth, tourisme]\n"))
        #expect(e.keyPath == "processes[1]")
        #expect(e.origin.line == 1 && e.origin.column == 28)
        #expect(e.message.contains("did you mean \"tourism\""))
    }

    @Test func aYamlSyntaxErrorIsReportedWithItsLine() throws {
        let e = try #require(error("seed: 1\nprograms: [\n  tourism: {\n"))
        #expect(e.origin.file == "x.yaml")
        #expect(e.origin.line >= 2)
        #expect(e.message.hasPrefix("YAML syntax"))
    }

    @Test func aReferenceToAnUnknownVillageIsAnErrorAtTheListItem() throws {
        let s = try Fixtures.scenario("programs:\n  tourism:\n    villages: [511623100000-001, 511623100000-099]\n")
        #expect(throws: ScenarioError.self) { try s.checkReferences(in: Fixtures.small()) }
        do { try s.checkReferences(in: Fixtures.small()) } catch let e as ScenarioError {
            #expect(e.keyPath == "programs.tourism.villages[1]")
            #expect(e.origin.line == 3 && e.origin.column == 34)
            #expect(e.message.contains("unknown village \"511623100000-099\""))
        }
    }

    @Test func unknownSitesAndTownshipsAreErrorsToo() throws {
        let site = try Fixtures.scenario("programs:\n  relocation:\n    sites: [site-town-b]\n")
        #expect(throws: ScenarioError.self) { try site.checkReferences(in: Fixtures.small()) }
        let township = try Fixtures.scenario("programs:\n  breeding:\n    townships: [\"511623999000\"]\n")
        #expect(throws: ScenarioError.self) { try township.checkReferences(in: Fixtures.small()) }
    }

    @Test func extendsOverridesOnlyWhatDiffersAndMergesYearMaps() throws {
        let base = "name: base\nprograms:\n  tourism:\n    villages_by_year: {2016: 10, 2017: 30}\n"
        let child = "extends: base.yaml\nname: child\nprograms:\n  tourism:\n    villages_by_year: {2017: 40}\n"
        let decoder = ScenarioDecoder { name, _ in (base, name) }
        let s = try decoder.decode(text: child, file: "child.yaml")
        #expect(s.name == "child")
        #expect(s.parameters.programs.tourism.villagesByYear[2016] == 10)
        #expect(s.parameters.programs.tourism.villagesByYear[2017] == 40)
        #expect(s.origin("programs.tourism.villages_by_year.2016").file == "base.yaml")
    }

    @Test func anErrorInTheParentFileNamesTheParentFile() throws {
        let e = try #require(error("extends: base.yaml\n", files: ["base.yaml": "seeed: 3\n"]))
        #expect(e.origin.file == "base.yaml")
        #expect(e.message.contains("did you mean \"seed\""))
    }

    @Test func aScenarioThatExtendsItselfIsAnError() throws {
        let e = try #require(error("extends: x.yaml\n", files: ["x.yaml": "extends: x.yaml\n"]))
        #expect(e.keyPath == "extends")
    }

    @Test func theResolvedYamlDecodesBackToTheSameValues() throws {
        let s = try Fixtures.scenario("name: round\nprograms:\n  tourism:\n    villages_by_year: {2017: 33}\n")
        let text = ScenarioYAML.render(s)
        #expect(text.contains("2017: 2952  # assumption") && text.contains("2018: 2995  # assumption"))
        #expect(text.contains("village_incidence_below_fraction: null  # default"))
        let back = try Fixtures.scenario(text)
        #expect(back.values == s.values)
    }
}
