import Planning
import Simulation
import Testing
@testable import Experiments

@Suite struct ExperimentRunTests {
    static let factors = [
        Factor(name: "wages", path: "income_growth.by_source_fraction_per_year.local_wages", kind: .range(lower: 0.02, upper: 0.2)),
        Factor(name: "breeding", path: "programs.breeding.budget_yuan_by_year", kind: .scale(lower: 0, upper: 3)),
        Factor(name: "standard_2018", path: "programs.minimum_income.standard_yuan_per_person_by_year.2018", kind: .levels([2000, 3600]), isInteger: false),
    ]

    @Test func patchSetsAndScalesTheBase() throws {
        let s = try ExperimentFixtures.scenario(Self.factors, [0.15, 2, 2000])
        #expect(s.values["income_growth.by_source_fraction_per_year"]?.mapValue?.first { $0.key == "local_wages" }?.value.doubleValue == 0.15)
        let breeding = s.parameters.budgets[.breeding] ?? [:]
        #expect(breeding[2016] == 2_000_000 && breeding[2019] == 1_600_000)
        let standard = s.values["programs.minimum_income.standard_yuan_per_person_by_year"]?.mapValue ?? []
        #expect(standard.first { $0.key == "2018" }?.value.doubleValue == 2000)
        #expect(standard.first { $0.key == "2017" }?.value.doubleValue == 3300)   // the other years are the base's
        #expect(s.seed == 7)
    }

    /// The file `calibrate --fit` writes (extends + keys) gives the scenario the overrides give.
    @Test func patchTextMatchesOverrides() throws {
        let values = [0.11, 1.7, 2000.0]
        let viaText = try ExperimentFixtures.decoder.decode(
            text: ScenarioPatch.text(extends: "base.yaml", base: try ExperimentFixtures.base(), name: nil, factors: Self.factors, values: values),
            file: "point.yaml")
        let viaOverrides = try ExperimentFixtures.scenario(Self.factors, values)
        #expect(viaText.values == viaOverrides.values)
    }

    /// The same values for 1 and 2 threads, and the same run seeds at every point.
    @Test func resultsDoNotDependOnThreads() throws {
        let region = ExperimentFixtures.region(villages: 6)
        var experiment = Experiment(name: "t", base: "base.yaml", factors: Self.factors, design: DesignSettings(kind: .latinHypercube, samples: 5),
                                    runs: 3, seed: 99, outputs: [ExperimentOutput(name: "p", figure: "poor_persons_2018", statistic: .mean)])
        experiment.outputs.append(ExperimentOutput(name: "i", figure: "income_per_capita_2018", statistic: .p50))
        let design = ExperimentDesign(experiment)
        func run(_ threads: Int) throws -> [PointResult] {
            var out: [PointResult] = []
            try ExperimentRunner.run(points: Array(0..<design.count), runs: 3, seed: 99, figures: experiment.figures, threads: threads,
                                     model: { try ExperimentFixtures.simulation(region, Self.factors, design.values[$0]) },
                                     done: { out.append($0) })
            return out
        }
        let one = try run(1), two = try run(2)
        #expect(one.map(\.point) == Array(0..<5) && two.map(\.point) == Array(0..<5))
        #expect(one.map(\.values) == two.map(\.values))
        #expect(one.allSatisfy { $0.householdYears > 0 })
        // Common random numbers: a point run again alone gives the same figures.
        let alone = try ExperimentFixtures.simulation(region, Self.factors, design.values[3]).run(runSeed: RandomStreams.runSeed(seed: 99, run: 1))
        #expect(ExperimentRunner.values(alone, figures: experiment.figures) == one[3].values[1])
        // Different points differ (the factors matter).
        #expect(Set(one.map { $0.values[0][1] }).count > 1)
        let analysis = ExperimentAnalysis(experiment: experiment, design: design, results: one)
        #expect(analysis.statistics.count == 5 && analysis.statistics[0].count == 2)
    }

    @Test func unknownFigureIsNamedWithSuggestion() throws {
        let region = ExperimentFixtures.region(villages: 3)
        let r = try ExperimentFixtures.simulation(region, [], []).run(runSeed: 1)
        let e = try #require(throws: UnknownFigureError.self) { try ExperimentRunner.check(figures: ["poor_persons_2018", "poor_person_2018"], on: r) }
        #expect(e.problems == ["unknown key figure \"poor_person_2018\"; did you mean \"poor_persons_2018\"? (the figures: docs/experiments.md, \"Outputs\")"])
    }
}
