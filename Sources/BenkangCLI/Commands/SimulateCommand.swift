import ArgumentParser
import Foundation
import GIS
import Planning
import Reports
import Sharding
import Simulation

/// Options shared by `simulate` and `calibrate`.
struct SimulationOptions: ParsableArguments {
    @Argument(help: RunMessage.simulateScenario.help)
    var scenario: String

    @OptionGroup var ensemble: EnsembleOptions

    @OptionGroup var overrides: ScenarioOverrideOptions

    var runs: Int? { ensemble.runs }
    var seed: UInt64? { ensemble.seed }
    var geodata: String { ensemble.geodata }
    var threads: Int? { ensemble.threads }

    func validate() throws { try ensemble.validate() }

    /// Loads the scenario and geodata and runs the ensemble, with a progress bar on a terminal.
    func simulate(checkInvariants: Bool = false) throws -> (SimulationWorld, [RunResult], UInt64) {
        var phases = PhaseTimes()
        return try simulate(checkInvariants: checkInvariants, phases: &phases)
    }

    /// The same, marking each phase in `phases` (`BENKANG_PHASE_TIMES=1`).
    func simulate(checkInvariants: Bool, phases: inout PhaseTimes) throws -> (SimulationWorld, [RunResult], UInt64) {
        phases.mark("start-up")
        // --seed and --runs replace the file's values, so scenario.resolved.yaml records them.
        let scenario = try ScenarioInput.scenario(at: self.scenario, overrides: overrides).overriding(seed: seed, runs: runs)
        phases.mark("scenario")
        let world = try ScenarioInput.world(scenario: scenario, geodata: geodata)
        phases.mark("geodata and world")
        if !ensemble.quiet { for w in UnspendableBudgets.warnings(world) { printError(w) } }
        let runCount = scenario.runs
        let seed = scenario.seed
        var sim = SimulationRun(world: world)
        sim.checkInvariants = checkInvariants
        phases.mark("processes")
        let progress = ProgressBar(total: runCount, quiet: ensemble.quiet)
        let results = Ensemble.run(sim, seed: seed, runs: runCount, threads: threads) { progress.update($0) }
        progress.finish()
        phases.mark("runs")
        if !ensemble.quiet {
            let rows = TargetsTable.rows(EnsembleView(runs: results), world: world)
            for w in TargetsTable.warnings(rows, scenario: world.scenario.name) { printError(w) }
        }
        return (world, results, seed)
    }
}

/// What `simulate` prints on standard output.
enum SimulateFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json
}

/// `benkang simulate`: every household of every village, from the profile's base year to its end year, under a scenario.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: RunMessage.simulateAbstract.text,
        discussion: RunMessage.simulateDiscussion.text)

    @OptionGroup var options: SimulationOptions

    @Option(help: RunMessage.simulateOut.help)
    var out = "out/simulation"

    @Flag(help: RunMessage.simulateCheckInvariants.help)
    var check = false

    @Option(help: RunMessage.simulateFormat.help)
    var format: SimulateFormat = .table

    @OptionGroup var tableFiles: TableFileOptions

    @OptionGroup var sharding: ShardOptions

    @Option(help: RegionMessage.simulateStrategy.help)
    var strategy: String?

    func run() throws {
        // A region file (top-level `region:`) runs every county (docs/regions.md).
        if RegionFile.isRegionFile(path: options.scenario) { return try runRegion() }
        if strategy != nil { throw ValidationError(RegionMessage.strategyNeedsRegion.text) }
        if let spec = sharding.spec { return try runShard(spec) }
        try ScenarioInput.reporting {
            // The output folder is checked (and its temporary folder made) before the run.
            let dir = try OutputDirectory(out, inputs: [options.scenario, options.geodata])
            do {
                var phases = PhaseTimes()
                // villages.geojson's polygons (for the output of the same name) are read
                // while the geodata is loaded and the runs run, not after them.
                let geodata = options.geodata
                let villages = BackgroundValue(threads: options.threads) { try RunOutputs.villagePolygons(geodata: geodata) }
                let (world, results, seed) = try options.simulate(checkInvariants: check, phases: &phases)
                let view = EnsembleView(runs: results)
                if format == .json {
                    print(SummaryJSON.render(view, world: world, seed: seed), terminator: "")
                } else {
                    print(CountyReport.render(view, world: world), terminator: "")
                }
                if world.scenario.calibration && format == .table {
                    print("")
                    print(CalibrationReport.render(results, world: world), terminator: "")
                }
                // The one writer `merge` also uses, so merged shards give the same bytes.
                phases.mark("report")
                try RunOutputs.writeSimulate(dir, world: world, results: results, seed: seed, villages: try villages.value(),
                                             tables: tableFiles.tables, threads: options.threads)
                phases.mark("output files")
            } catch {
                dir.discard()
                throw error
            }
            let xlsx = tableFiles.xlsx ? "county.xlsx, villages.xlsx, flows.xlsx, " : ""
            let wrote = "wrote \(out)/{county.csv, villages.csv, flows.csv, targets.csv, \(xlsx)villages.geojson, summary.json, scenario.resolved.yaml}"
            if format == .json { printError(wrote) } else { print(wrote) }
        }
    }
}

extension SimulateCommand {
    /// `--shard I/N`: runs the shard's units and writes `out/shard-I-of-N.jsonl`.
    func runShard(_ spec: ShardSpec) throws {
        try ScenarioInput.reporting {
            try ShardInputs.makeShardFolder(out)
            let inputs = try CompareCommand.dataErrors {
                try ShardInputs.load(command: "simulate", files: [options.scenario], setValues: options.overrides.setValues,
                                     scaleFactors: options.overrides.scaleFactors, seed: options.seed, runs: options.runs,
                                     geodata: options.geodata, tables: tableFiles.tables)
            }
            let shard = try inputs.runShard(spec, threads: options.threads, checkInvariants: check, progress: ShardInputs.progressBar)
            let path = try ShardInputs.write(shard, to: out)
            print(StatusMessage.shardWrote.format(path, String(shard.header.unitsFrom), String(shard.header.unitsTo), String(shard.header.totalUnits)))
        }
    }
}
