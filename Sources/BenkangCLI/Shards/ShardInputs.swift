import Foundation
import GIS
import Reports
import Simulation

/// The resolved inputs of a sharded `simulate` or `compare`: the scenarios (with the seed
/// and run count applied), their worlds on one geodata folder, and the table options, with
/// the hash that tells whether shards belong together (docs/shards.md).
struct ShardInputs {
    var command: String
    /// Column names (compare) or the scenario's file stem (simulate), and the files as given.
    var names: [String]
    var files: [String]
    var worlds: [SimulationWorld]
    var seed: UInt64
    var runs: Int
    var geodata: String
    var tables: RunFiles.TableOptions

    /// `--seed` and `--runs` as given on the command line (nil: not given), kept in the
    /// header so that `merge` loads the scenarios exactly as the shards did.
    var seedOption: UInt64?
    var runsOption: Int?

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

    /// Every work unit of the job in canonical order: scenario × run (one county, one point).
    var units: [WorkUnit] { WorkUnit.all(scenarios: worlds.count, runs: runs) }

    /// SHA-256 (hex) of the geodata: of its build-stamp.json (which lists every built file's
    /// SHA-256), or, for a folder without one, of the names and bytes of its top-level
    /// .geojson and .yaml files.
    static func geodataHash(_ folder: String) throws -> String {
        let stamp = folder + "/" + BuildStamp.fileName
        if FileManager.default.fileExists(atPath: stamp) { return SHA256.hex(try readInput(stamp)) }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".geojson") || $0.hasSuffix(".yaml") }.sorted()
        var bytes: [UInt8] = []
        for n in names { bytes += Array(n.utf8) + [0] + (try readInput(folder + "/" + n)) + [0] }
        return SHA256.hex(bytes)
    }

    /// SHA-256 (hex) of: the command, each scenario's name and scenario.resolved.yaml, the
    /// geodata hash, and the table options, each part followed by a NUL byte.
    func inputsHash() throws -> String {
        var bytes = Array("benkang-shard-inputs 1\0\(command)\0".utf8)
        for (name, world) in zip(names, worlds) {
            bytes += Array("\(name)\0\(ScenarioInput.resolvedYAML(world))\0".utf8)
        }
        bytes += Array("\(try Self.geodataHash(geodata))\0bom=\(tables.byteOrderMark) xlsx=\(tables.xlsx)\0".utf8)
        return SHA256.hex(bytes)
    }

    /// The header of shard `spec` of this job.
    func header(_ spec: ShardSpec) throws -> ShardFile.Header {
        let range = spec.range(of: units.count)
        return ShardFile.Header(
            command: command, shard: spec.index, shards: spec.count, inputsSHA256: try inputsHash(),
            seed: seed, runs: runs, seedOption: seedOption, runsOption: runsOption,
            scenarios: zip(names, files).map { ShardFile.Scenario(name: $0, file: $1, path: ScenarioInput.canonicalPath($1)) },
            geodata: ScenarioInput.canonicalPath(geodata), geodataGiven: geodata, geodataSHA256: try Self.geodataHash(geodata),
            byteOrderMark: tables.byteOrderMark, xlsx: tables.xlsx,
            totalUnits: units.count, unitsFrom: range.lowerBound, unitsTo: range.upperBound)
    }

    /// Runs shard `spec`'s units (each scenario's runs on `threads` threads) and returns its file.
    func runShard(_ spec: ShardSpec, threads: Int?, checkInvariants: Bool = false) throws -> ShardFile {
        let header = try header(spec)
        let mine = Array(units[header.unitsFrom..<header.unitsTo])
        var records: [ShardFile.Record] = []
        for (s, world) in worlds.enumerated() {
            let runs = mine.filter { $0.scenario == s }.map(\.run)
            guard !runs.isEmpty else { continue }
            var sim = SimulationRun(world: world)
            sim.checkInvariants = checkInvariants
            let progress = ProgressBar(total: runs.count)
            let results = Ensemble.run(sim, seed: seed, runIndices: runs, threads: threads) { progress.update($0) }
            progress.finish()
            records += zip(runs, results).map { ShardFile.Record(unit: WorkUnit(scenario: s, run: $0), result: $1) }
        }
        return ShardFile(header: header, records: records)
    }

    /// Writes `shard` atomically as `folder/shard-I-of-N.jsonl`, creating `folder` when missing.
    /// - Throws: `GISError.output` when the folder or file cannot be written.
    static func write(_ shard: ShardFile, to folder: String) throws -> String {
        try makeShardFolder(folder)
        let path = folder + "/" + ShardFile.fileName(index: shard.header.shard, count: shard.header.shards)
        try AtomicFile.write(try shard.encoded(), to: path)
        return path
    }

    /// Creates the shard folder (and its parents) when missing; checks it can be written.
    static func makeShardFolder(_ folder: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw GISError.output(file: folder, "is a file; with --shard, --out names the folder of shard files") }
        } else {
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw GISError.output(file: folder, "cannot create the shard folder")
            }
        }
        guard access(folder, W_OK | X_OK) == 0 else {
            throw GISError.output(file: folder, "cannot write shard files there: \(systemReason())")
        }
    }
}
