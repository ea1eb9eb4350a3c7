import ArgumentParser
import Foundation
import GIS
import Planning
import Reports
import Sharding
import Simulation

extension ComparisonReport.Format: ExpressibleByArgument {}

/// `benkang compare`: several scenarios run with common random numbers, side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: RunMessage.compareAbstract.text,
        discussion: RunMessage.compareDiscussion.text)

    @Argument(help: RunMessage.compareScenarios.help)
    var scenarios: [String]

    @Option(help: RunMessage.compareReference.help)
    var reference: String?

    @Option(help: RunMessage.compareFormat.help)
    var format: ComparisonReport.Format = .table

    @Option(help: RunMessage.compareOut.help)
    var out: String?

    @OptionGroup var ensemble: EnsembleOptions

    /// With --set/--scale, compare adds the what-if: the reference scenario with the changes.
    @OptionGroup var overrides: ScenarioOverrideOptions

    @OptionGroup var tableFiles: TableFileOptions

    @OptionGroup var sharding: ShardOptions

    @Option(help: RegionMessage.compareStrategies.help)
    var strategies: String?

    var runs: Int? { ensemble.runs }
    var seed: UInt64? { ensemble.seed }
    var geodata: String { ensemble.geodata }
    var threads: Int? { ensemble.threads }

    func validate() throws {
        if scenarios.isEmpty { throw ValidationError(RunMessage.compareNeedsScenario.text) }
        if out == nil && (tableFiles.xlsx || tableFiles.noBOM) {
            throw ValidationError(RunMessage.compareFilesNeedOut.text)
        }
        if sharding.shard != nil && out == nil { throw ValidationError(ClusterMessage.shardNeedsOut.text) }
        try ensemble.validate()
    }

    func run() throws {
        // A region file (top-level `region:`) compares its strategies in every county (docs/regions.md).
        if scenarios.count == 1 && RegionFile.isRegionFile(path: scenarios[0]) { return try runRegion() }
        if strategies != nil { throw ValidationError(RegionMessage.strategyNeedsRegion.text) }
        if let spec = sharding.spec, let out { return try runShard(spec, out: out) }
        try ScenarioInput.reporting {
            // The output folder is checked (and its temporary folder made) before the runs.
            let folder = try out.map { try OutputDirectory($0, inputs: scenarios + [geodata]) }
            do {
            let (worlds, folderNames) = try Self.dataErrors {
                try Self.loadWorlds(files: scenarios, reference: reference, changes: try overrides.overrides(),
                                    seed: self.seed, runs: runs, geodata: geodata)
            }
            let seed = worlds[0].scenario.seed, runCount = worlds[0].scenario.runs
            let names = Self.uniqueNames(worlds.map(\.scenario.name))
            let folders = folderNames
            if !ensemble.quiet { for w in worlds.flatMap(UnspendableBudgets.warnings) { printError(w) } }
            var figures: [[[KeyFigure]]] = []
            var results: [[RunResult]] = []
            var calibrations: [String] = []
            for (k, world) in worlds.enumerated() {
                let progress = ProgressBar(total: runCount, label: names[k], quiet: ensemble.quiet)
                let rs = Ensemble.run(SimulationRun(world: world), seed: seed, runs: runCount, threads: threads) { progress.update($0) }
                progress.finish()
                if !ensemble.quiet {
                    for w in TargetsTable.warnings(TargetsTable.rows(EnsembleView(runs: rs), world: world), scenario: names[k]) { printError(w) }
                }
                figures.append(rs.map { RelocationKPIs.of($0, world: world) })
                results.append(out == nil ? [] : rs)
                if let c = RunOutputs.compareCalibration(name: names[k], world: world, results: rs) { calibrations.append(c) }
            }
            let comparison = ScenarioComparison(scenarios: names, runs: figures, seed: seed, endYear: worlds[0].years.upperBound)
            if let folder {
                // The one writer `merge` also uses, so merged shards give the same bytes.
                try RunOutputs.writeCompare(folder, names: folders, worlds: worlds, results: results, seed: seed,
                                            comparison: comparison, geodata: geodata, tables: tableFiles.tables, threads: threads)
            }
            print(ComparisonReport.render(comparison, format: format), terminator: "")
            // The narrow table says so itself; elsewhere a one-run comparison is noted on stderr.
            if runCount == 1 && format != .table && !ensemble.quiet {
                printError(StatusMessage.compareOneRun.text)
            }
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

    /// The worlds of a comparison and their subfolder names: `files` loaded with one seed and
    /// run count (`seed`/`runs` when given, else the first file's seed and at least
    /// ``defaultRuns`` runs), the reference first, and with `changes` (--set/--scale) the
    /// what-if, the reference with the changes, last. `compare` and its shards (and `merge`)
    /// load through this one function.
    /// - Throws: `ScenarioError`/`GISError` for bad input, `ValidationError` for an unknown reference.
    static func loadWorlds(files: [String], reference: String?, changes: [ScenarioOverride], seed: UInt64?, runs: Int?,
                           geodata: String) throws -> (worlds: [SimulationWorld], folders: [String]) {
        let first = try ScenarioInput.scenario(at: files[0])
        // Every scenario runs with the same seed and run count; the resolved scenarios record them.
        let seed = seed ?? first.seed, runCount = runs ?? max(Self.defaultRuns, first.runs)
        var loaded = try files.map { try ScenarioInput.scenario(at: $0).overriding(seed: seed, runs: runCount) }
        // The reference first; columns named by the scenarios' `name`, subfolders by file.
        let order = try Self.referenceFirst(reference, paths: files, names: loaded.map(\.name))
        loaded = order.map { loaded[$0] }
        if !changes.isEmpty {
            // --set/--scale: the what-if, the reference with the changes, as the last scenario.
            let whatIf = try ScenarioInput.scenario(at: files[order[0]], overrides: changes).overriding(seed: seed, runs: runCount)
            loaded.append(changes.contains { $0.path == "name" } ? whatIf : whatIf.named(whatIf.name + " (what-if)"))
        }
        let region = try ScenarioInput.region(geodata: geodata)
        let stems = Self.columnNames(files)
        let folders = order.map { stems[$0] } + (changes.isEmpty ? [] : [stems[order[0]] + "-what-if"])
        return (try loaded.map { try SimulationWorld(region: region, scenario: $0) }, folders)
    }

    /// `--shard I/N`: runs the shard's units and writes `out/shard-I-of-N.jsonl`.
    func runShard(_ spec: ShardSpec, out: String) throws {
        try ScenarioInput.reporting {
            try ShardInputs.makeShardFolder(out)
            let inputs = try Self.dataErrors {
                try ShardInputs.load(command: "compare", files: scenarios, reference: reference, setValues: overrides.setValues,
                                     scaleFactors: overrides.scaleFactors, seed: seed, runs: runs, geodata: geodata, tables: tableFiles.tables)
            }
            let shard = try inputs.runShard(spec, threads: threads, progress: ShardInputs.progressBar)
            let path = try ShardInputs.write(shard, to: out)
            print(StatusMessage.shardWrote.format(path, String(shard.header.unitsFrom), String(shard.header.unitsTo), String(shard.header.totalUnits)))
        }
    }

    /// Runs `body`, reporting a scenario error (file, line:column, key) with exit status 65.
    static func dataErrors<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as ScenarioError {
            printError(e.description)
            throw ExitStatus.dataError
        }
    }

    /// Runs when neither --runs nor the first scenario's `runs` asks for more: enough for
    /// P10–P90 and paired differences that hold.
    static let defaultRuns = 20

    /// The scenarios' order with the reference first (the others keep their order).
    /// - Throws: `ValidationError` (exit 64) when `reference` names no scenario.
    static func referenceFirst(_ reference: String?, paths: [String], names: [String]) throws -> [Int] {
        let all = Array(paths.indices)
        guard let reference else { return all }
        let stems = columnNames(paths)
        guard let r = names.firstIndex(of: reference) ?? paths.firstIndex(of: reference) ?? stems.firstIndex(of: reference) else {
            throw ValidationError(RunMessage.compareUnknownReference.format(reference, names.joined(separator: ", "), paths.joined(separator: ", ")))
        }
        return [r] + all.filter { $0 != r }
    }

    /// The names made unique: a repeated name gets " (2)", " (3)", ….
    static func uniqueNames(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.map { name in
            seen[name, default: 0] += 1
            return seen[name]! > 1 ? "\(name) (\(seen[name]!))" : name
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
