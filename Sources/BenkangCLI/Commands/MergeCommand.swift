import ArgumentParser
import Foundation
import Experiments
import GIS
import Reports
import Sharding
import Simulation

/// `benkang merge`: joins the shard files of a `simulate` or `compare` run with
/// `--shard I/N` into the outputs a single process writes, byte for byte.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: ClusterMessage.mergeAbstract.text,
        discussion: ClusterMessage.mergeDiscussion.text)

    @Argument(help: ClusterMessage.mergeShards.help)
    var shards: [String]

    @Option(help: ClusterMessage.mergeOut.help)
    var out: String

    @Option(help: ClusterMessage.mergeGeodata.help)
    var geodata: String?

    func validate() throws {
        if shards.isEmpty { throw ValidationError(ClusterMessage.mergeNeedsShard.text) }
    }

    func run() throws {
        try ScenarioInput.reporting {
            var phases = PhaseTimes()
            phases.mark("start-up")
            let files = try ShardMerge.shardPaths(shards)
            // A one-county simulate/compare job's inputs (scenarios, geodata, worlds) are
            // loaded from the first shard's header while the shards are read: each is a good
            // part of merge's time, and they are independent. Used only when that header is
            // the set's (else loaded again below, after the checks, as before).
            let early = ShardFile.readHeader(path: files[0]).flatMap { $0.command != "explore" && $0.region == nil ? $0 : nil }
            let geodataOption = geodata
            // A simulate job's villages.geojson (for the village outputs) is read meanwhile too, as `simulate` does.
            let villages = early.flatMap { h in
                h.command == "simulate" ? BackgroundValue(threads: nil) {
                    try RunOutputs.villagePolygons(geodata: Self.inputFiles(h, geodataOption: geodataOption).geodata)
                } : nil
            }
            let work = ParallelFor.map(2, threads: 2) { k -> MergeWork in
                if k == 0 { return .shards(Result { try ShardMerge.readAll(files) }) }
                return .inputs(early.map { h in Result { try Self.inputs(h, geodataOption: geodataOption) } })
            }
            guard case .shards(let read) = work[0], case .inputs(let preloaded) = work[1] else { return }
            let set = try ShardMerge.check(try read.get(), paths: files)
            phases.mark("shards read and checked, inputs loaded")
            let h = set.header
            if h.command == "explore" { return try mergeExplore(set, files: files) }
            if h.region != nil { return try mergeRegion(set, files: files) }   // docs/regions.md
            let (given, scenarioFiles) = Self.inputFiles(h, geodataOption: geodata)
            let folder = try OutputDirectory(out, inputs: files + scenarioFiles + [given])
            do {
                let inputs = try CompareCommand.dataErrors {
                    if let preloaded, early == h { return try preloaded.get() }
                    return try Self.inputs(h, geodataOption: geodata)
                }
                var reloaded = inputs
                reloaded.names = h.columns
                reloaded.fileNames = h.scenarios.map(\.name)
                reloaded.reference = h.reference
                let hash = try reloaded.inputsHash()
                guard hash == h.inputsSHA256 else {
                    throw GISError(file: files[0], "the inputs changed since the shards were run: the scenarios (\(scenarioFiles.joined(separator: ", "))) and geodata (\(given)) now hash to \(hash.prefix(12))…, the shards say \(h.inputsSHA256.prefix(12))…; rerun the shards")
                }
                let results = set.results
                if h.command == "compare" {
                    // Columns named by the scenarios' `name`, subfolders by file, as `compare` does.
                    let columns = CompareCommand.uniqueNames(reloaded.worlds.map(\.scenario.name))
                    let comparison = RunOutputs.comparison(names: columns, worlds: reloaded.worlds, results: results, seed: reloaded.seed)
                    try RunOutputs.writeCompare(folder, names: reloaded.names, worlds: reloaded.worlds, results: results, seed: reloaded.seed,
                                                comparison: comparison, geodata: given, tables: reloaded.tables)
                    print(ComparisonReport.render(comparison, format: .table), terminator: "")
                    // As `compare` prints after its table: each `calibration: true` scenario's calibration.
                    for c in RunOutputs.compareCalibrations(names: columns, worlds: reloaded.worlds, results: results) {
                        print("\n" + c, terminator: "")
                    }
                } else {
                    print(RunOutputs.simulateReport(world: reloaded.worlds[0], results: results[0]), terminator: "")
                    phases.mark("hash and report")
                    if let villages, early == h {
                        try RunOutputs.writeSimulate(folder, world: reloaded.worlds[0], results: results[0], seed: reloaded.seed,
                                                     villages: try villages.value(), tables: reloaded.tables)
                    } else {
                        try RunOutputs.writeSimulate(folder, world: reloaded.worlds[0], results: results[0], seed: reloaded.seed,
                                                     geodata: given, tables: reloaded.tables)
                    }
                    phases.mark("output files")
                }
            } catch {
                folder.discard()
                throw error
            }
            print(StatusMessage.mergeMerged.format(String(files.count), h.command, String(h.totalUnits), out))
        }
    }

    /// What the two halves of the start of a merge give: the shards read, the inputs loaded
    /// (nil when the first header was not a one-county simulate/compare job's).
    private enum MergeWork: Sendable {
        case shards(Result<[ShardFile], any Error>)
        case inputs(Result<ShardInputs, any Error>?)
    }

    /// The geodata folder and scenario files of a job: `--geodata` when given, else the
    /// header's as given when they exist, else their absolute paths.
    private static func inputFiles(_ h: ShardFile.Header, geodataOption: String?) -> (geodata: String, scenarios: [String]) {
        let given = geodataOption ?? (FileManager.default.fileExists(atPath: h.geodataGiven) ? h.geodataGiven : h.geodata)
        return (given, h.scenarios.map { FileManager.default.fileExists(atPath: $0.file) ? $0.file : $0.path })
    }

    /// The job's inputs, loaded as the shards did.
    /// - Throws: `ScenarioError` or `GISError` for bad input, `ValidationError` for an unknown reference.
    private static func inputs(_ h: ShardFile.Header, geodataOption: String?) throws -> ShardInputs {
        let (given, scenarioFiles) = inputFiles(h, geodataOption: geodataOption)
        // --reference named a file as given: the same file as reloaded.
        let reference = h.reference.map { r in h.scenarios.firstIndex { $0.file == r }.map { scenarioFiles[$0] } ?? r }
        return try ShardInputs.load(command: h.command, files: scenarioFiles, reference: reference, setValues: h.set ?? [],
                                    scaleFactors: h.scale ?? [], seed: h.seedOption, runs: h.runsOption, geodata: given,
                                    tables: RunFiles.TableOptions(byteOrderMark: h.byteOrderMark, xlsx: h.xlsx))
    }

    /// The experiment folder of an `explore` job's shards: the files a one-process
    /// `explore` writes, through the same functions (``ExploreInputs``), byte for byte.
    private func mergeExplore(_ set: ShardMerge.Set, files: [String]) throws {
        let h = set.header
        let given = geodata ?? (FileManager.default.fileExists(atPath: h.geodataGiven) ? h.geodataGiven : h.geodata)
        let experimentFile = FileManager.default.fileExists(atPath: h.scenarios[0].file) ? h.scenarios[0].file : h.scenarios[0].path
        // Over a region (docs/experiments.md) each county's geodata comes from the region file.
        let inputs = try ExploreInputs.load(experimentFile, geodata: h.region == nil ? given : "geodata", bom: h.byteOrderMark)
        let hash = try inputs.inputsHash()
        guard hash == h.inputsSHA256, inputs.design.count == h.pointCount, inputs.experiment.runs == h.runs,
              inputs.shardFigures == h.figures ?? [], (inputs.regional == nil) == (h.region == nil) else {
            throw GISError(file: files[0], "the inputs changed since the shards were run: the experiment (\(experimentFile)), its base scenario and geodata (\(given)) now hash to \(hash.prefix(12))…, the shards say \(h.inputsSHA256.prefix(12))…; rerun the shards")
        }
        let points = inputs.mergedPoints(set.figures)
        // The start files with every point's lines appended, as `explore` appends them.
        let results = inputs.startFiles.map { file -> (name: String, bytes: [UInt8]) in
            switch file.name {
            case ResultsLog.name: (file.name, file.bytes + Array(points.map(ExploreInputs.resultsLines).joined().utf8))
            case CountyResultsLog.name: (file.name, file.bytes + Array(points.compactMap(inputs.countyResultsLines).joined().utf8))
            default: file
            }
        }
        let (analyses, summary) = inputs.analysisFiles(points)
        let all = results + analyses
        let folder = try OutputDirectory(out, rule: .earlierOutputs(Set(all.map(\.name))), inputs: files + inputs.inputFiles)
        do {
            for file in all { try folder.write(file.bytes, file.name) }
            try folder.commit()
        } catch {
            folder.discard()
            throw error
        }
        print(summary, terminator: "")
        print(StatusMessage.mergeMerged.format(String(files.count), h.command, String(h.totalUnits), out))
    }
}
