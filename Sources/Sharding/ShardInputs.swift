import Foundation
import GIS
import Planning
import Reports
import Simulation

/// The resolved inputs of a sharded `simulate` or `compare`: the scenarios (with the seed
/// and run count applied), their worlds on one geodata folder, and the table options, with
/// the hash that tells whether shards belong together (docs/shards.md). The command line
/// builds it (BenkangCLI's `ShardInputs.load`); shards and `merge` hash it the same way.
public struct ShardInputs: Sendable {
    /// "simulate" or "compare".
    public var command: String
    /// The unit scenarios' names, in unit order: `compare`'s subfolder names (the reference
    /// first, the what-if last), `simulate`'s file stem.
    public var names: [String]
    /// The scenario files as given, in command order, and their column names (file stems).
    public var files: [String]
    public var fileNames: [String]
    /// One world per unit scenario (`names`), on the geodata folder `geodata`.
    public var worlds: [SimulationWorld]
    /// `compare --reference`, `--set` and `--scale` as given (the what-if is in `worlds`).
    public var reference: String?
    public var setValues: [String]
    public var scaleFactors: [String]
    /// The root seed and the runs per scenario.
    public var seed: UInt64
    public var runs: Int
    /// The geodata folder as given.
    public var geodata: String
    public var tables: RunFiles.TableOptions

    /// `--seed` and `--runs` as given on the command line (nil: not given), kept in the
    /// header so that `merge` loads the scenarios exactly as the shards did.
    public var seedOption: UInt64?
    public var runsOption: Int?

    public init(command: String, names: [String], files: [String], fileNames: [String], worlds: [SimulationWorld],
                reference: String? = nil, setValues: [String] = [], scaleFactors: [String] = [], seed: UInt64, runs: Int,
                geodata: String, tables: RunFiles.TableOptions, seedOption: UInt64?, runsOption: Int?) {
        self.command = command; self.names = names; self.files = files; self.fileNames = fileNames; self.worlds = worlds
        self.reference = reference; self.setValues = setValues; self.scaleFactors = scaleFactors
        self.seed = seed; self.runs = runs; self.geodata = geodata; self.tables = tables
        self.seedOption = seedOption; self.runsOption = runsOption
    }

    /// Every work unit of the job in canonical order: scenario × run (one county, one point).
    public var units: [WorkUnit] { WorkUnit.all(scenarios: worlds.count, runs: runs) }

    /// SHA-256 (hex) of the geodata: of its build-stamp.json (which lists every built file's
    /// SHA-256), or, for a folder without one, of the names and bytes of its top-level
    /// .geojson and .yaml files.
    /// - Throws: `GISError` when a file cannot be read.
    public static func geodataHash(_ folder: String) throws -> String {
        let stamp = folder + "/" + BuildStamp.fileName
        if FileManager.default.fileExists(atPath: stamp) { return SHA256.hex(try FileBytes.read(path: stamp)) }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".geojson") || $0.hasSuffix(".yaml") }.sorted()
        var bytes: [UInt8] = []
        for n in names { bytes += Array(n.utf8) + [0] + (try FileBytes.read(path: folder + "/" + n)) + [0] }
        return SHA256.hex(bytes)
    }

    /// `scenario.resolved.yaml` of a world: the scenario, with which exit thresholds applied.
    public static func resolvedYAML(_ world: SimulationWorld) -> String {
        ScenarioYAML.render(world.scenario, notes: world.exitThresholds.resolvedNotes(profileFile: world.region.profile.file))
    }

    /// `path` absolute, `.` and `..` resolved, symbolic links followed.
    public static func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// SHA-256 (hex) of: `benkang-shard-inputs 2`, the command, each unit scenario's name and
    /// scenario.resolved.yaml (the what-if's with its changes), the geodata hash, the table
    /// options, `reference=` (empty when not given), then one `set=…` per `--set` and one
    /// `scale=…` per `--scale` as given, each part followed by a NUL byte.
    /// - Throws: `GISError` when a geodata file cannot be read.
    public func inputsHash() throws -> String {
        var bytes = Array("benkang-shard-inputs 2\0\(command)\0".utf8)
        for (name, world) in zip(names, worlds) {
            bytes += Array("\(name)\0\(Self.resolvedYAML(world))\0".utf8)
        }
        bytes += Array("\(try Self.geodataHash(geodata))\0bom=\(tables.byteOrderMark) xlsx=\(tables.xlsx)\0".utf8)
        bytes += Array("reference=\(reference ?? "")\0".utf8)
        for v in setValues { bytes += Array("set=\(v)\0".utf8) }
        for v in scaleFactors { bytes += Array("scale=\(v)\0".utf8) }
        return SHA256.hex(bytes)
    }

    /// The inputs' SHA-256 (hex) of an `explore` job: `benkang-shard-inputs 2`, `explore`, the
    /// experiment file's text, the base scenario's resolved YAML, design.csv's SHA-256, the
    /// geodata hash and `bom=…`, each part followed by a NUL byte.
    public static func exploreHash(experimentText: String, baseResolved: String, designSHA256: String, geodataSHA256: String,
                                   byteOrderMark: Bool) -> String {
        SHA256.hex(Array("benkang-shard-inputs 2\0explore\0\(experimentText)\0\(baseResolved)\0\(designSHA256)\0\(geodataSHA256)\0bom=\(byteOrderMark)\0".utf8))
    }

    /// The header of shard `spec` of this job.
    /// - Throws: `GISError` when a geodata file cannot be read.
    public func header(_ spec: ShardSpec) throws -> ShardFile.Header {
        let range = spec.range(of: units.count)
        return ShardFile.Header(
            command: command, shard: spec.index, shards: spec.count, inputsSHA256: try inputsHash(),
            seed: seed, runs: runs, seedOption: seedOption, runsOption: runsOption,
            scenarios: zip(fileNames, files).map { ShardFile.Scenario(name: $0, file: $1, path: Self.canonicalPath($1)) },
            columns: names, reference: reference, set: setValues.isEmpty ? nil : setValues,
            scale: scaleFactors.isEmpty ? nil : scaleFactors,
            geodata: Self.canonicalPath(geodata), geodataGiven: geodata, geodataSHA256: try Self.geodataHash(geodata),
            byteOrderMark: tables.byteOrderMark, xlsx: tables.xlsx,
            totalUnits: units.count, unitsFrom: range.lowerBound, unitsTo: range.upperBound)
    }

    /// Runs shard `spec`'s units (each scenario's runs on `threads` threads) and returns its file.
    /// - Parameters:
    ///   - progress: called before each scenario's runs with their count; what it returns
    ///     is called (from worker threads) with the runs done, and with nil when they are all done.
    /// - Throws: `GISError` when a geodata file cannot be read (for the hash).
    public func runShard(_ spec: ShardSpec, threads: Int?, checkInvariants: Bool = false,
                         progress: (Int) -> @Sendable (Int?) -> Void = { _ in { _ in } }) throws -> ShardFile {
        let header = try header(spec)
        let mine = Array(units[header.unitsFrom..<header.unitsTo])
        var records: [ShardFile.Record] = []
        for (s, world) in worlds.enumerated() {
            let runs = mine.filter { $0.scenario == s }.map(\.run)
            guard !runs.isEmpty else { continue }
            var sim = SimulationRun(world: world)
            sim.checkInvariants = checkInvariants
            let report = progress(runs.count)
            let results = Ensemble.run(sim, seed: seed, runIndices: runs, threads: threads) { report($0) }
            report(nil)
            records += zip(runs, results).map { ShardFile.Record(unit: WorkUnit(scenario: s, run: $0), result: $1) }
        }
        return ShardFile(header: header, records: records)
    }

    /// Writes `shard` atomically as `folder/shard-I-of-N.jsonl`, creating `folder` when missing.
    /// - Returns: the file's path.
    /// - Throws: `GISError.output` when the folder or file cannot be written.
    public static func write(_ shard: ShardFile, to folder: String) throws -> String {
        try makeShardFolder(folder)
        let path = folder + "/" + ShardFile.fileName(index: shard.header.shard, count: shard.header.shards)
        try AtomicFile.write(try shard.encoded(), to: path)
        return path
    }

    /// Creates the shard folder (and its parents) when missing; checks it can be written.
    /// - Throws: `GISError.output` when it is a file, cannot be created or written.
    public static func makeShardFolder(_ folder: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw GISError.output(file: folder, "is a file; with --shard, --out names the folder of shard files") }
        } else {
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw GISError.output(file: folder, "cannot create the shard folder")
            }
        }
        guard access(folder, W_OK | X_OK) == 0 else {
            throw GISError.output(file: folder, "cannot write shard files there: \(String(cString: strerror(errno)))")
        }
    }
}
