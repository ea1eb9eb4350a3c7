import ArgumentParser
import Foundation
import GIS
import Reports
import Simulation

extension ComparisonReport.Format: ExpressibleByArgument {}

/// `benkang compare`: several scenarios run with common random numbers, side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Run scenarios with common random numbers and compare their key figures side by side.",
        discussion: """
        Every scenario runs with the same seeds, run for run, so that differences come from \
        the scenarios and not from chance. Prints one column per scenario and its \
        difference from the first (diff): persons and households relocated, costs, poor \
        persons in each year up to the target year (the county profile's county_exit \
        calibration year) and in the end year, villages exited by the target year, the county's exit \
        year, distance moved (mean, P90), share resettled in their own township, persons \
        still in hazard zones, site occupancy, end-year income of relocated households, jobs \
        within 10 km of their new homes, the assignment objective and unassigned persons \
        by reason. With --runs > 1: P10/P50/P90 of each figure and of the paired \
        differences, and for each pair of scenarios the share of runs one beats the other. \
        A scenario with `calibration: true` also gets its calibration printed after a \
        table or markdown comparison.

        Examples:
          benkang compare scenarios/relocation-*.yaml
          benkang compare scenarios/baseline.yaml scenarios/relocation-optimized.yaml --runs 50 --format markdown
          benkang compare scenarios/relocation-*.yaml --format json --out out/compare
          benkang compare scenarios/relocation-*.yaml --out out/compare --xlsx
        """)

    @Argument(help: "The scenario files (YAML); the first is the reference for the differences.")
    var scenarios: [String]

    @Option(help: "Output format: table, csv, json (values and `diff` keys) or markdown.")
    var format: ComparisonReport.Format = .table

    @Option(help: "Keep every scenario's simulate outputs (and relocation.csv: each year's eligible, moved and unassigned by reason) in DIR/<scenario file name>/, and the comparison in DIR/comparison.{txt,csv,json,md} (and comparison.xlsx with --xlsx).")
    var out: String?

    @OptionGroup var ensemble: EnsembleOptions

    @OptionGroup var tableFiles: TableFileOptions

    @OptionGroup var sharding: ShardOptions

    var runs: Int? { ensemble.runs }
    var seed: UInt64? { ensemble.seed }
    var geodata: String { ensemble.geodata }
    var threads: Int? { ensemble.threads }

    func validate() throws {
        if scenarios.isEmpty { throw ValidationError("give at least one scenario file") }
        if out == nil && (tableFiles.xlsx || tableFiles.noBOM) {
            throw ValidationError("--xlsx and --no-bom apply to the files of --out DIR; give --out")
        }
        if sharding.shard != nil && out == nil { throw ValidationError("--shard writes a shard file into the --out folder; give --out") }
        try ensemble.validate()
    }

    func run() throws {
        if let spec = sharding.spec, let out { return try runShard(spec, out: out) }
        try ScenarioInput.reporting {
            // The output folder is checked (and its temporary folder made) before the runs.
            let folder = try out.map { try OutputDirectory($0, inputs: scenarios + [geodata]) }
            do {
            let worlds = try Self.dataErrors {
                let first = try ScenarioInput.scenario(at: scenarios[0])
                // Every scenario runs with the same seed and run count; the resolved
                // scenarios record them.
                let seed = self.seed ?? first.seed, runCount = runs ?? first.runs
                let loaded = try scenarios.map { try ScenarioInput.scenario(at: $0).overriding(seed: seed, runs: runCount) }
                let region = try ScenarioInput.region(geodata: geodata)
                return try loaded.map { try SimulationWorld(region: region, scenario: $0) }
            }
            let seed = worlds[0].scenario.seed, runCount = worlds[0].scenario.runs
            let names = Self.columnNames(scenarios)
            var results: [[RunResult]] = []
            for world in worlds {
                let progress = ProgressBar(total: runCount)
                results.append(Ensemble.run(SimulationRun(world: world), seed: seed, runs: runCount, threads: threads) { progress.update($0) })
                progress.finish()
            }
            let comparison = RunOutputs.comparison(names: names, worlds: worlds, results: results, seed: seed)
            let calibrations = RunOutputs.compareCalibrations(names: names, worlds: worlds, results: results)
            if let folder {
                try RunOutputs.writeCompare(folder, names: names, worlds: worlds, results: results, seed: seed,
                                            comparison: comparison, geodata: geodata, tables: tableFiles.tables)
            }
            print(ComparisonReport.render(comparison, format: format), terminator: "")
            // Calibration lines only for scenarios that set `calibration: true`, and never
            // inside machine-readable output.
            if format == .table || format == .markdown {
                for c in calibrations { print("\n" + c, terminator: "") }
            }
            } catch {
                folder?.discard()
                throw error
            }
        }
    }

    /// `--shard I/N`: runs the shard's units and writes `out/shard-I-of-N.jsonl`.
    func runShard(_ spec: ShardSpec, out: String) throws {
        try ScenarioInput.reporting {
            try ShardInputs.makeShardFolder(out)
            let inputs = try Self.dataErrors {
                try ShardInputs.load(command: "compare", files: scenarios, seed: seed, runs: runs, geodata: geodata, tables: tableFiles.tables)
            }
            let shard = try inputs.runShard(spec, threads: threads)
            let path = try ShardInputs.write(shard, to: out)
            print("wrote \(path) (units \(shard.header.unitsFrom)..<\(shard.header.unitsTo) of \(shard.header.totalUnits))")
        }
    }

    /// Runs `body`, reporting a scenario error (file, line:column, key) with exit status 65.
    static func dataErrors<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as ScenarioError {
            printError(e.description)
            throw ExitStatus.dataError
        }
    }

    /// One unique column name per scenario file: its name without folder and extension.
    static func columnNames(_ paths: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return paths.map { path in
            var stem = (path as NSString).lastPathComponent
            if stem.hasSuffix(".yaml") { stem.removeLast(5) } else if stem.hasSuffix(".yml") { stem.removeLast(4) }
            seen[stem, default: 0] += 1
            return seen[stem]! > 1 ? "\(stem) (\(seen[stem]!))" : stem
        }
    }
}
