import Testing
@testable import Experiments

@Suite struct ExperimentDecoderTests {
    static let good = """
        name: budgets
        base: ../baseline.yaml
        seed: 11
        runs: 5
        factors:
          - name: take_up
            path: programs.relocation.take_up_fraction
            range: [0.4, 0.8]
          - path: programs.relocation.budget_yuan_by_year
            scale: [0.7, 1.3]
          - path: programs.cooperatives.new_per_year
            levels: [10, 22, 40]
          - path: income_growth.by_source_fraction_per_year.local_wages
            range: [0.08, 0.12]
        design: {kind: morris, trajectories: 6, levels: 4}
        outputs:
          - poor_persons_2018
          - {figure: county_exit_year, statistic: share_at_most, threshold: 2018, name: exit_2018}
        constraints:
          - {figure: cost_yuan_total, at_most: 2000000000}
        discovery: {figure: county_exit_year, statistic: share_at_most, threshold: 2018, at_least: 0.9}
        """

    @Test func readsEveryKey() throws {
        let e = try ExperimentDecoder.decode(text: Self.good, file: "e.yaml")
        #expect(e.name == "budgets" && e.base == "../baseline.yaml" && e.seed == 11 && e.runs == 5)
        #expect(e.factors.map(\.name) == ["take_up", "programs.relocation.budget_yuan_by_year", "programs.cooperatives.new_per_year",
                                          "income_growth.by_source_fraction_per_year.local_wages"])
        #expect(e.factors[0].kind == .range(lower: 0.4, upper: 0.8) && !e.factors[0].isInteger)
        #expect(e.factors[1].kind == .scale(lower: 0.7, upper: 1.3))
        #expect(e.factors[2].kind == .levels([10, 22, 40]) && e.factors[2].isInteger)
        #expect(e.design == DesignSettings(kind: .morris, levels: 4, trajectories: 6))
        #expect(e.outputs == [ExperimentOutput(name: "poor_persons_2018", figure: "poor_persons_2018", statistic: .mean),
                              ExperimentOutput(name: "exit_2018", figure: "county_exit_year", statistic: .shareAtMost(2018))])
        #expect(e.constraints.count == 1 && e.constraints[0].atMost == 2e9)
        #expect(e.discovery?.condition.atLeast == 0.9 && e.discovery?.minimumDensity == 0.8)
        #expect(e.figures == ["poor_persons_2018", "county_exit_year", "cost_yuan_total"])
        #expect(ExperimentDesign(e).count == 6 * 5)
    }

    @Test func reportsEveryProblemWithPlaceAndSuggestion() throws {
        let text = """
            base: b.yaml
            runz: 3
            factors:
              - path: programs.relocation.take_up_fractoin
                range: [0.4, 0.8]
              - path: programs.relocation.budget_yuan_by_year
                range: [1, 2]
              - path: programs.relocation.take_up_fraction
                range: [0.9, 0.2]
            design: {kind: morish}
            outputs: [poor_persons_2018]
            """
        let error = try #require(throws: ExperimentError.self) { try ExperimentDecoder.decode(text: text, file: "x.yaml") }
        let lines = error.problems.map(\.description)
        #expect(lines.contains { $0.hasPrefix("x.yaml:2:1: runz: unknown key; did you mean \"runs\"?") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("x.yaml:4:11: factors[0].path:") && $0.contains("did you mean \"programs.relocation.take_up_fraction\"") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("x.yaml:7:12: factors[1].range:") && $0.contains("scale") }, "\(lines)")
        #expect(lines.contains { $0 == "x.yaml:9:12: factors[2].range: expected [LOW, HIGH] with LOW < HIGH, found [0.9, 0.2]" }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("x.yaml:10:16: design.kind: unknown design \"morish\"; did you mean \"morris\"?") }, "\(lines)")
        #expect(error.problems.count == 5)
    }

    @Test func refusesBadValuesAndShapes() throws {
        func problems(_ text: String) -> [String] {
            do { _ = try ExperimentDecoder.decode(text: text, file: "y.yaml"); return [] } catch let e as ExperimentError {
                return e.problems.map(\.description)
            } catch { return ["\(error)"] }
        }
        #expect(problems("").first?.contains("empty") == true)
        #expect(problems("base: [1\n").first?.hasPrefix("y.yaml:") == true)
        let tooHigh = problems("base: b\nfactors: [{path: programs.relocation.take_up_fraction, range: [0.5, 1.5]}]\ndesign: {kind: grid}\noutputs: [x]\n")
        #expect(tooHigh.contains { $0.contains("1.5 is outside what programs.relocation.take_up_fraction allows (0…1)") }, "\(tooHigh)")
        let odd = problems("base: b\nfactors: [{path: seed, range: [1, 2]}]\ndesign: {kind: morris, levels: 3, samples: 9}\noutputs: [{figure: x, statistic: share_at_most}]\n")
        #expect(odd.contains { $0.contains("design.levels: a Morris design needs an even number of levels") }, "\(odd)")
        #expect(odd.contains { $0.contains("design.samples: not used by a morris design") }, "\(odd)")
        #expect(odd.contains { $0.contains("share_at_most needs `threshold:`") }, "\(odd)")
        let sobol = problems("base: b\nfactors: [" + (0..<21).map { "{path: programs.tourism.budget_yuan_by_year.\(2016 + $0 % 5), scale: [0, 1], name: f\($0)}" }.joined(separator: ", ") + "]\ndesign: {kind: sobol}\noutputs: [x]\n")
        #expect(sobol.contains { $0.contains("a Sobol design takes at most 20 factors") }, "\(sobol)")
    }
}
