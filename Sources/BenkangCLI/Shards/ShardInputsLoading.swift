import GIS
import Reports
import Sharding
import Simulation

extension ShardInputs {
    /// Loads `files` (following `extends:`) as the command does: `simulate` applies the
    /// `--set`/`--scale` changes, then `seed` and `runs` when given; `compare` loads through
    /// `CompareCommand.loadWorlds` (one seed and run count, the reference first, the what-if
    /// last). Worlds on the geodata folder `geodata`.
    /// - Throws: `ScenarioError` or `GISError` for bad input, `ValidationError` for an unknown reference.
    static func load(command: String, files: [String], reference: String? = nil, setValues: [String] = [], scaleFactors: [String] = [],
                     seed: UInt64?, runs: Int?, geodata: String, tables: RunFiles.TableOptions) throws -> ShardInputs {
        let changes = try ScenarioOverrideOptions(setValues: setValues, scaleFactors: scaleFactors).overrides()
        let worlds: [SimulationWorld], names: [String]
        if command == "compare" {
            (worlds, names) = try CompareCommand.loadWorlds(files: files, reference: reference, changes: changes, seed: seed, runs: runs, geodata: geodata)
        } else {
            let scenarios = try files.map { try ScenarioInput.scenario(at: $0, overrides: changes).overriding(seed: seed, runs: runs) }
            let region = try ScenarioInput.region(geodata: geodata)
            worlds = try scenarios.map { try SimulationWorld(region: region, scenario: $0) }
            names = CompareCommand.columnNames(files)
        }
        return ShardInputs(command: command, names: names, files: files, fileNames: CompareCommand.columnNames(files), worlds: worlds,
                           reference: reference, setValues: setValues, scaleFactors: scaleFactors,
                           seed: worlds[0].scenario.seed, runs: worlds[0].scenario.runs, geodata: geodata, tables: tables,
                           seedOption: seed, runsOption: runs)
    }

    /// A progress line per scenario of a shard (``runShard(_:threads:checkInvariants:progress:)``).
    static func progressBar(_ total: Int) -> @Sendable (Int?) -> Void {
        let bar = ProgressBar(total: total)
        return { done in if let done { bar.update(done) } else { bar.finish() } }
    }
}
