import ArgumentParser
import Foundation
import GIS
import Reports
import Simulation

/// Options shared by `simulate` and `calibrate`.
struct SimulationOptions: ParsableArguments {
    @Argument(help: "The scenario file (YAML), e.g. scenarios/baseline.yaml.")
    var scenario: String

    @Option(help: "Runs in the ensemble (default: the scenario's `runs`, 1). With more than one, every figure is reported as P10/P50/P90.")
    var runs: Int?

    @Option(help: "Seed of every random stream (default: the scenario's `seed`).")
    var seed: UInt64?

    @Option(help: "The geodata folder (townships, villages, sites, lines).")
    var geodata = "geodata"

    @Option(help: "Worker threads for ensembles (default: every CPU the process may use, e.g. under taskset). Results do not depend on it.")
    var threads: Int?

    func validate() throws {
        try ScenarioInput.checkRunsOption(runs)
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if let seed, seed > UInt64(Int.max) { throw ValidationError("--seed must be at most \(Int.max)") }
    }

    /// Loads the scenario and geodata and runs the ensemble, with a progress bar on a terminal.
    func simulate(checkInvariants: Bool = false) throws -> (SimulationWorld, [RunResult], UInt64) {
        // --seed and --runs replace the file's values, so scenario.resolved.yaml records them.
        let scenario = try ScenarioInput.scenario(at: self.scenario).overriding(seed: seed, runs: runs)
        let world = try ScenarioInput.world(scenario: scenario, geodata: geodata)
        let runCount = scenario.runs
        let seed = scenario.seed
        var sim = SimulationRun(world: world)
        sim.checkInvariants = checkInvariants
        let progress = ProgressBar(total: runCount)
        let results = Ensemble.run(sim, seed: seed, runs: runCount, threads: threads) { progress.update($0) }
        progress.finish()
        return (world, results, seed)
    }
}

/// `benkang simulate`: every household of every village, from the profile's base year to its end year, under a scenario.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate every household of every village from the county profile's base year to its end year under a scenario.",
        discussion: """
        Prints the county table per year and writes to --out (created, or replaced, only \
        when every file is written): county.csv, villages.csv, flows.csv, villages.geojson, \
        summary.json and scenario.resolved.yaml. A scenario with `calibration: true` also \
        prints its calibration against the county profile's reported figures. Exit status \
        0 when done, 64 for a bad command line, 65 for a bad \
        scenario or geodata (the message names file, line:column and key), 73 when --out \
        cannot be written (checked before the run).

        Examples:
          benkang simulate scenarios/baseline.yaml --out out/baseline
          benkang simulate scenarios/tourism-push.yaml --runs 200 --seed 7 --out out/tourism
        """)

    @OptionGroup var options: SimulationOptions

    @Option(help: "The output folder.")
    var out = "out/simulation"

    @Flag(help: "Check the engine's invariants after every year (slower).")
    var check = false

    func run() throws {
        try ScenarioInput.reporting {
            // The output folder is checked (and its temporary folder made) before the run.
            let dir = try OutputDirectory(out, inputs: [options.scenario, options.geodata])
            do {
                let (world, results, seed) = try options.simulate(checkInvariants: check)
                let view = EnsembleView(runs: results)
                print(CountyReport.render(view, world: world), terminator: "")
                if world.scenario.calibration {
                    print("")
                    print(CalibrationReport.render(results, world: world), terminator: "")
                }
                let villages = try GeoJSONFile.read(path: options.geodata + "/villages.geojson").object.asFeatureCollection
                for file in RunFiles.files(view, world: world, seed: seed, villages: villages) { try dir.write(file.bytes, file.name) }
                try dir.write(ScenarioInput.resolvedYAML(world), "scenario.resolved.yaml")
                try dir.commit()
            } catch {
                dir.discard()
                throw error
            }
            print("wrote \(out)/{county.csv, villages.csv, flows.csv, villages.geojson, summary.json, scenario.resolved.yaml}")
        }
    }
}

/// A progress bar on standard error, drawn only when standard error is a terminal.
final class ProgressBar: @unchecked Sendable {
    let total: Int
    let enabled: Bool
    private let lock = NSLock()

    init(total: Int) {
        self.total = total
        enabled = total > 1 && isatty(2) == 1
    }

    func update(_ done: Int) {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        let width = 30, filled = width * done / max(total, 1)
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) runs".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
