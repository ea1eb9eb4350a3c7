import GIS
import Reports
import Sharding
import Simulation

extension ShardInputs {
    /// Loads `files` (following `extends:`) as the command does: `simulate` applies
    /// `seed` and `runs` when given; `compare` applies them, or the first scenario's, to
    /// every scenario. Worlds on the geodata folder `geodata`.
    /// - Throws: `ScenarioError` or `GISError` for bad input.
    static func load(command: String, files: [String], seed: UInt64?, runs: Int?, geodata: String,
                     tables: RunFiles.TableOptions) throws -> ShardInputs {
        let scenarios: [Scenario]
        if command == "compare" {
            let first = try ScenarioInput.scenario(at: files[0])
            let s = seed ?? first.seed, r = runs ?? max(CompareCommand.defaultRuns, first.runs)
            scenarios = try files.map { try ScenarioInput.scenario(at: $0).overriding(seed: s, runs: r) }
        } else {
            scenarios = try files.map { try ScenarioInput.scenario(at: $0).overriding(seed: seed, runs: runs) }
        }
        let region = try ScenarioInput.region(geodata: geodata)
        let worlds = try scenarios.map { try SimulationWorld(region: region, scenario: $0) }
        return ShardInputs(command: command, names: CompareCommand.columnNames(files), files: files, worlds: worlds,
                           seed: worlds[0].scenario.seed, runs: worlds[0].scenario.runs, geodata: geodata, tables: tables,
                           seedOption: seed, runsOption: runs)
    }

    /// A progress line per scenario of a shard (``runShard(_:threads:checkInvariants:progress:)``).
    static func progressBar(_ total: Int) -> @Sendable (Int?) -> Void {
        let bar = ProgressBar(total: total)
        return { done in if let done { bar.update(done) } else { bar.finish() } }
    }
}
