import ArgumentParser
import Foundation
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
            let files = try ShardMerge.shardPaths(shards)
            let set = try ShardMerge.check(try ShardMerge.readAll(files), paths: files)
            let h = set.header
            let given = geodata ?? (FileManager.default.fileExists(atPath: h.geodataGiven) ? h.geodataGiven : h.geodata)
            let scenarioFiles = h.scenarios.map { FileManager.default.fileExists(atPath: $0.file) ? $0.file : $0.path }
            let folder = try OutputDirectory(out, inputs: files + scenarioFiles + [given])
            do {
                let inputs = try CompareCommand.dataErrors {
                    try ShardInputs.load(command: h.command, files: scenarioFiles, seed: h.seedOption, runs: h.runsOption, geodata: given,
                                         tables: RunFiles.TableOptions(byteOrderMark: h.byteOrderMark, xlsx: h.xlsx))
                }
                var reloaded = inputs
                reloaded.names = h.scenarios.map(\.name)
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
                    try RunOutputs.writeSimulate(folder, world: reloaded.worlds[0], results: results[0], seed: reloaded.seed,
                                                 geodata: given, tables: reloaded.tables)
                }
            } catch {
                folder.discard()
                throw error
            }
            print(StatusMessage.mergeMerged.format(String(files.count), h.command, String(h.totalUnits), out))
        }
    }
}
