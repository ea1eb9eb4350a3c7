import Testing
@testable import Simulation

@Suite struct ScenarioOverrideTests {
    static let parent = """
        name: parent
        programs:
          relocation:
            budget_yuan_by_year: {2016: 200000000, 2017: 250000000}
          tourism:
            villages_by_year: {2016: 15, 2017: 25}
        """

    func decode(_ overrides: [ScenarioOverride]) throws -> Scenario { try decode("name: child\n", overrides) }
    func failure(_ overrides: [ScenarioOverride]) -> ScenarioError? { failure("name: child\n", overrides) }

    func decode(_ yaml: String, _ overrides: [ScenarioOverride]) throws -> Scenario {
        try ScenarioDecoder(load: { name, _ in
            guard name == "parent.yaml" else { throw ScenarioError(.schemaDefault, "extends", "no file \(name)") }
            return (Self.parent, name)
        }).decode(text: "extends: parent.yaml\n" + yaml, file: "child.yaml", overrides: overrides)
    }

    func failure(_ yaml: String, _ overrides: [ScenarioOverride]) -> ScenarioError? {
        do { _ = try decode(yaml, overrides); return nil } catch let e as ScenarioError { return e } catch { return nil }
    }

    func parseError(set text: String) -> ScenarioError? {
        do { _ = try ScenarioOverride.parse(set: text); return nil } catch let e as ScenarioError { return e } catch { return nil }
    }

    func parseError(scale text: String) -> ScenarioError? {
        do { _ = try ScenarioOverride.parse(scale: text); return nil } catch let e as ScenarioError { return e } catch { return nil }
    }

    @Test func parsingSplitsAtTheFirstEqualsSign() throws {
        #expect(try ScenarioOverride.parse(set: "description=a=b") == .set(path: "description", value: "a=b"))
        #expect(try ScenarioOverride.parse(scale: "programs.tourism.cost_yuan_per_village=0.5") == .scale(path: "programs.tourism.cost_yuan_per_village", factor: 0.5))
        #expect(try ScenarioOverride.parse(scale: "seed=2").commandLine == "--scale seed=2")
    }

    @Test func malformedOverridesAreErrorsNamingTheOption() throws {
        let noEquals = try #require(parseError(set: "seed"))
        #expect(noEquals.description.hasPrefix("--set seed: expected key.path=VALUE"))
        let noPath = try #require(parseError(set: "=3"))
        #expect(noPath.message.contains("expected a key path before \"=\""))
        let emptyPart = try #require(parseError(set: "programs..tourism=3"))
        #expect(emptyPart.message.contains("names joined by single dots"))
        let noValue = try #require(parseError(set: "description="))
        #expect(noValue.description == "--set description=: description: expected a value after \"=\" (a number, a text, [a, b] or {2017: 5}; write \"\" for an empty text)")
        let badFactor = try #require(parseError(scale: "seed=twice"))
        #expect(badFactor.description == "--scale seed=twice: seed: expected a factor, a finite number such as 0.7 or 2, after \"=\", found \"twice\"")
        #expect(parseError(scale: "seed=.inf") != nil)
    }

    @Test func setValuesAreCheckedLikeTheFileWithTheOptionAsOrigin() throws {
        let e = try #require(failure([.set(path: "programs.tourism.villages_by_year.2017", value: "thirty")]))
        #expect(e.description == "--set programs.tourism.villages_by_year.2017=thirty: programs.tourism.villages_by_year.2017: expected an integer in 0…100000, found \"thirty\"")
        let range = try #require(failure([.set(path: "programs.relocation.take_up_fraction", value: "1.5")]))
        #expect(range.message.contains("expected a number in 0…1"))
        let unknown = try #require(failure([.set(path: "programs.tourism.vilages_by_year", value: "{2017: 3}")]))
        #expect(unknown.message.contains("did you mean \"programs.tourism.villages_by_year\""))
        let section = try #require(failure([.set(path: "programs.tourism", value: "3")]))
        #expect(section.message.contains("is a section, not a key"))
        let year = try #require(failure([.set(path: "programs.tourism.villages_by_year.2040", value: "3")]))
        #expect(year.message.contains("expected a year in 2010…2035"))
    }

    @Test func setReplacesNumbersTextsListsAndMergesMaps() throws {
        let s = try decode([
            .set(path: "seed", value: "7"), .set(path: "name", value: "what if"),
            .set(path: "programs.tourism.villages_by_year", value: "{2018: 40}"),
            .set(path: "programs.relocation.budget_yuan_by_year.2017", value: "1e8"),
            .set(path: "processes", value: "[income_growth, tourism]"),
        ])
        #expect(s.seed == 7 && s.name == "what if")
        #expect(s.parameters.programs.tourism.villagesByYear == [2016: 15, 2017: 25, 2018: 40])
        #expect(s.parameters.programs.relocation.budgetYuanByYear == [2016: 2e8, 2017: 1e8])
        #expect(s.processNames == ["income_growth", "tourism"])
        #expect(s.origin("seed") == .commandLine("--set seed=7"))
        #expect(s.origin("programs.relocation.budget_yuan_by_year.2017").isCommandLine)
    }

    @Test func scaleMultipliesEveryYearOfAYearMapDefaultsIncluded() throws {
        let s = try decode([.scale(path: "poverty_line_yuan_per_person", factor: 1.5),
                            .scale(path: "programs.relocation.budget_yuan_by_year", factor: 0.7),
                            .scale(path: "programs.tourism.villages_by_year", factor: 2)])
        // The poverty line is all defaults (2014…2020).
        #expect(s.povertyLine(2014) == 2800 * 1.5 && s.povertyLine(2020) == 4000 * 1.5)
        #expect(s.parameters.programs.relocation.budgetYuanByYear == [2016: 2e8 * 0.7, 2017: 2.5e8 * 0.7])
        #expect(s.parameters.programs.tourism.villagesByYear == [2016: 30, 2017: 50])
    }

    @Test func scaleRoundsIntegersAndAppliesAfterEverySet() throws {
        let s = try decode([.scale(path: "programs.tourism.villages_by_year.2017", factor: 1.1),
                            .set(path: "programs.tourism.villages_by_year.2017", value: "45")])
        #expect(s.parameters.programs.tourism.villagesByYear[2017] == 50)  // 45 × 1.1 = 49.5 → 50
        #expect(s.parameters.programs.tourism.villagesByYear[2016] == 15)
    }

    @Test func aScaledValueOutsideItsRangeIsAnErrorPerEntry() throws {
        let e = try #require(failure([.scale(path: "programs.relocation.take_up_fraction", factor: 10)]))
        #expect(e.keyPath == "programs.relocation.take_up_fraction")
        #expect(e.message.hasPrefix("expected a number in 0…1, found"))
        #expect(e.message.contains("× 10)"))
        let map = try #require(failure([.scale(path: "programs.tourism.villages_by_year", factor: 1e5)]))
        #expect(map.all.map(\.keyPath) == ["programs.tourism.villages_by_year.2016", "programs.tourism.villages_by_year.2017"])
        #expect(map.message == "expected an integer in 0…100000, found 1500000 (15 × 100000)")
        let text = try #require(failure([.scale(path: "name", factor: 2)]))
        #expect(text.message.contains("this key holds a text"))
        let missing = try #require(failure([.scale(path: "programs.relocation.budget_yuan_by_year.2019", factor: 2)]))
        #expect(missing.message.contains("it holds 2016, 2017"))
    }

    @Test func overridesAreCheckedForContradictionsLikeTheFile() throws {
        // Doubling 2016 only makes the cumulative targets decrease.
        let e = try #require(failure([.scale(path: "programs.tourism.villages_by_year.2016", factor: 2)]))
        #expect(e.keyPath == "programs.tourism.villages_by_year.2017")
        #expect(e.message.contains("the targets are cumulative"))
    }

    @Test func theResolvedFileMarksCommandLineValues() throws {
        let s = try decode([.scale(path: "programs.relocation.budget_yuan_by_year", factor: 0.5),
                            .set(path: "programs.tourism.villages_by_year.2018", value: "30")])
        let yaml = ScenarioYAML.render(s)
        #expect(yaml.contains("budget_yuan_by_year:  # command line: --scale programs.relocation.budget_yuan_by_year=0.5\n      2016: 100000000\n"))
        #expect(yaml.contains("      2018: 30  # command line: --set programs.tourism.villages_by_year.2018=30\n"))
    }

    @Test func everyOverrideProblemIsReportedTogetherWithTheFilesProblems() throws {
        let e = try #require(failure("seed: many\n", [.set(path: "foo", value: "1"), .scale(path: "seed", factor: 2), .set(path: "runs", value: "0")]))
        #expect(e.all.map(\.keyPath) == ["seed", "foo", "runs"])
        #expect(e.description.split(separator: "\n").count == 3)
    }
}

@Suite struct ScenarioReportTests {
    func error(_ yaml: String) -> ScenarioError? {
        do { _ = try Fixtures.scenario(yaml); return nil } catch let e as ScenarioError { return e } catch { return nil }
    }

    @Test func everyProblemOfAFileIsReportedNotTheFirstAlone() throws {
        let e = try #require(error("""
            seed: -1
            programs:
              tourism:
                vilages_by_year: {2017: 3}
                villages_by_year: {2017: thirty, 2040: 1}
              relocation:
                take_up_fraction: 1.5
            """))
        #expect(e.all.map(\.keyPath) == ["seed", "programs.tourism.vilages_by_year", "programs.tourism.villages_by_year.2017",
                                         "programs.tourism.villages_by_year.2040", "programs.relocation.take_up_fraction"])
        #expect(e.description.split(separator: "\n").first == "test.yaml:1:7: seed: expected an integer ≥ 0, found \"-1\"")
    }

    @Test func contradictionsOfSeveralSectionsAreReportedTogether() throws {
        let e = try #require(error("""
            processes: [income_growth, income_growth]
            households:
              poor_income_min_fraction_of_line: 0.9
              poor_income_max_fraction_of_line: 0.5
            programs:
              tourism:
                villages_by_year: {2016: 10, 2017: 5}
            """))
        #expect(e.all.map(\.keyPath) == ["processes[1]", "households.poor_income_max_fraction_of_line", "programs.tourism.villages_by_year.2017"])
    }

    @Test func aLongReportStopsAtTheLimitAndSaysHowManyMore() throws {
        let yaml = (0..<70).map { "unknown_\($0): 1" }.joined(separator: "\n")
        let e = try #require(error(yaml))
        #expect(e.all.count == ScenarioError.reportLimit)
        #expect(e.lines.count == ScenarioError.reportLimit + 1)
        #expect(e.lines.last == "… and 20 more problems in this scenario (only the first 50 are listed)")
    }

    @Test func aFlowMapWithThousandsSeparatorsIsExplained() throws {
        let e = try #require(error("programs:\n  relocation:\n    budget_yuan_by_year: {2016: 175,000,000, 2017: 150,000,000}\n"))
        #expect(e.origin.line == 3 && e.origin.column == 33)
        #expect(e.message.hasPrefix("the number 175,000,000 is written with thousands separators"))
        #expect(e.message.contains("write 175000000"))
        #expect(!e.description.hasPrefix("test.yaml:3:33: duplicate"))
        let single = try #require(error("programs:\n  relocation:\n    budget_yuan_by_year: {2016: 175,000}\n"))
        #expect(single.all.contains { $0.message.hasPrefix("the number 175,000 is written with thousands separators") })
    }

    @Test func aBlockValueWithThousandsSeparatorsSaysSo() throws {
        let e = try #require(error("programs:\n  relocation:\n    budget_yuan_by_year:\n      2016: 175,000,000\n"))
        #expect(e.message == "expected a number in 0…1000000000000, found \"175,000,000\": write numbers without thousands separators (175000000)")
    }

    @Test func aTabInTheIndentationNamesItsLine() throws {
        let e = try #require(error("seed: 1\nprograms:\n  tourism:\n\tcost_yuan_per_village: 5\n"))
        #expect(e.origin.line == 4 && e.origin.column == 1)
        #expect(e.message.hasPrefix("line 4 holds a tab at column 1: YAML indents with spaces only"))
    }

    @Test func thousandsSeparatorsAreRecognisedExactly() {
        #expect(ScenarioSyntaxExplanation.withoutThousandsSeparators("175,000,000") == "175000000")
        #expect(ScenarioSyntaxExplanation.withoutThousandsSeparators("-1,500.5") == "-1500.5")
        #expect(ScenarioSyntaxExplanation.withoutThousandsSeparators("1,50") == nil)
        #expect(ScenarioSyntaxExplanation.withoutThousandsSeparators("1750,000") == nil)
        #expect(ScenarioSyntaxExplanation.withoutThousandsSeparators("175000") == nil)
    }
}
