import Experiments
import Foundation
import Planning
import Simulation

/// Figures of the explore benchmark: household-years per second of an experiment's
/// points (a point scenario decoded and a world built per point, as `benkang explore`
/// does) against one ensemble of the same number of runs, both on every core,
/// measured alternately (ensemble, experiment, ensemble, experiment) so that the
/// shared machine's load falls on both alike.
struct ExploreBenchmarkResult {
    var ensembleHouseholdYearsPerSecond: [Double]
    var experimentHouseholdYearsPerSecond: [Double]
    var points: Int
    var runsPerPoint: Int
    var cores: Int
}

func runExploreBenchmark(geodata: String = "geodata", scenario: String = "scenarios/baseline.yaml",
                         points: Int, runsPerPoint: Int, rounds: Int = 2) -> ExploreBenchmarkResult? {
    let base: Scenario, region: Region, baseText: String
    let dir = (scenario as NSString).deletingLastPathComponent
    let name = (scenario as NSString).lastPathComponent
    do {
        baseText = try String(contentsOfFile: scenario, encoding: .utf8)
        base = try ScenarioDecoder { n, _ in (try String(contentsOfFile: dir + "/" + n, encoding: .utf8), n) }.decode(text: baseText, file: scenario)
        region = try Region.load(geodataDirectory: geodata)
    } catch {
        print("explore benchmark skipped: \(error)")
        return nil
    }
    let decoder = ScenarioDecoder { n, _ in
        (n == name ? baseText : try String(contentsOfFile: dir + "/" + n, encoding: .utf8), n)
    }
    let factors = [Factor(name: "take_up", path: "programs.relocation.take_up_fraction", kind: .range(lower: 0.4, upper: 0.8)),
                   Factor(name: "growth", path: "income_growth.by_source_fraction_per_year", kind: .scale(lower: 0.9, upper: 1.1))]
    let values = (0..<points).map { p in factors.map { $0.value(unit: (Double(p) + 0.5) / Double(points)) } }
    let clock = ContinuousClock()
    func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
    var ensemble: [Double] = [], experiment: [Double] = []
    for _ in 0..<rounds {
        do {
            var start = clock.now
            let world = try SimulationWorld(region: region, scenario: base)
            let runs = Ensemble.run(SimulationRun(world: world), seed: 2015, runs: points * runsPerPoint)
            ensemble.append(Double(runs.reduce(0) { $0 + $1.householdYears }) / seconds(clock.now - start))
            start = clock.now
            var householdYears = 0
            try ExperimentRunner.run(points: Array(0..<points), runs: runsPerPoint, seed: 2015, figures: ["poor_persons_2018"], threads: nil,
                                     model: { p in
                let overrides = ScenarioPatch.overrides(factors: factors, values: values[p])
                return SimulationRun(world: try SimulationWorld(region: region, scenario: try decoder.decode(text: baseText, file: scenario, overrides: overrides)))
            }, done: { householdYears += $0.householdYears })
            experiment.append(Double(householdYears) / seconds(clock.now - start))
        } catch {
            print("explore benchmark failed: \(error)")
            return nil
        }
    }
    return ExploreBenchmarkResult(ensembleHouseholdYearsPerSecond: ensemble, experimentHouseholdYearsPerSecond: experiment,
                                  points: points, runsPerPoint: runsPerPoint, cores: ProcessInfoCores.active)
}
