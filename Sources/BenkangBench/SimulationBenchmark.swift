import Foundation
import Planning
import Simulation

/// Figures of the simulation benchmark.
struct SimulationBenchmarkResult {
    var households: Int
    var years: Int
    /// Household-years per second of the yearly loop alone (one run, one core).
    var householdYearsPerSecondOneCore: Double
    /// The same including household synthesis.
    var householdYearsPerSecondWithSynthesis: Double
    /// Household-years per second of an ensemble over every core (synthesis included).
    var householdYearsPerSecondAllCores: Double
    var cores: Int
    var ensembleRuns: Int
}

/// Times the engine on the real geodata and the baseline scenario: one run on one core
/// (best of `repeats`), then an ensemble of `runs` runs on every core.
/// - Returns: nil (with a message) when the geodata or the scenario cannot be read.
func runSimulationBenchmark(geodata: String = "geodata", scenario: String = "scenarios/baseline.yaml",
                            runs: Int = 8, repeats: Int = 3) -> SimulationBenchmarkResult? {
    let world: SimulationWorld
    do {
        let text = try String(contentsOfFile: scenario, encoding: .utf8)
        let dir = (scenario as NSString).deletingLastPathComponent
        let decoded = try ScenarioDecoder { name, _ in
            (try String(contentsOfFile: dir + "/" + name, encoding: .utf8), name)
        }.decode(text: text, file: scenario)
        world = try SimulationWorld(region: try Region.load(geodataDirectory: geodata), scenario: decoded)
    } catch {
        print("simulation benchmark skipped: \(error)")
        return nil
    }
    let simulation = SimulationRun(world: world)
    let clock = ContinuousClock()
    func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
    var bestLoop = Double.infinity, bestWhole = Double.infinity
    var householdYears = 0
    for r in 0..<repeats {
        var start = clock.now
        let (state, random) = simulation.initialState(runSeed: UInt64(r))
        let synthesis = seconds(clock.now - start)
        start = clock.now
        let result = simulation.simulate(from: state, random: random)
        let loop = seconds(clock.now - start)
        householdYears = result.householdYears
        bestLoop = min(bestLoop, loop)
        bestWhole = min(bestWhole, loop + synthesis)
    }
    let cores = ProcessInfoCores.active
    let start = clock.now
    let ensemble = Ensemble.run(simulation, seed: 2015, runs: runs)
    let all = seconds(clock.now - start)
    let total = ensemble.reduce(0) { $0 + $1.householdYears }
    return SimulationBenchmarkResult(
        households: world.householdCount, years: world.years.count,
        householdYearsPerSecondOneCore: Double(householdYears) / bestLoop,
        householdYearsPerSecondWithSynthesis: Double(householdYears) / bestWhole,
        householdYearsPerSecondAllCores: Double(total) / all, cores: cores, ensembleRuns: runs)
}
