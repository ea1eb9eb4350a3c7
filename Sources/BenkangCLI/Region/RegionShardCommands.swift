import ArgumentParser
import Foundation
import GIS
import Planning
import Reports
import Sharding
import Simulation

extension SimulateCommand {
    /// `simulate REGION.yaml --shard I/N`: this shard's units of the region, as
    /// `out/shard-I-of-N.jsonl` (docs/regions.md).
    func runRegionShard(_ spec: ShardSpec) throws {
        try ScenarioInput.reporting {
            try ShardInputs.makeShardFolder(out)
            let request = RegionJob.ShardRequest(command: "simulate", setValues: options.overrides.setValues, scaleFactors: options.overrides.scaleFactors,
                                                 seedOption: options.seed, runsOption: options.runs, tables: tableFiles.tables)
            let job = try RegionJob.load(path: options.scenario, strategies: strategy.map { [$0] }, firstOnly: true, seed: options.seed,
                                         runs: options.runs, overrides: try options.overrides.overrides())
            let shard = try job.runShard(spec, request, threads: options.threads, checkInvariants: check)
            let path = try ShardInputs.write(shard, to: out)
            print(StatusMessage.shardWrote.format(path, String(shard.header.unitsFrom), String(shard.header.unitsTo), String(shard.header.totalUnits)))
        }
    }
}

extension CompareCommand {
    /// `compare REGION.yaml --shard I/N --out DIR`: this shard's units of the region.
    func runRegionShard(_ spec: ShardSpec, chosen: [String]?, out: String) throws {
        try ScenarioInput.reporting {
            try ShardInputs.makeShardFolder(out)
            let request = RegionJob.ShardRequest(command: "compare", setValues: overrides.setValues, scaleFactors: overrides.scaleFactors,
                                                 seedOption: seed, runsOption: runs, tables: tableFiles.tables)
            let job = try RegionJob.load(path: scenarios[0], strategies: chosen, seed: seed, runs: runs,
                                         overrides: try overrides.overrides()) { max(Self.defaultRuns, $0) }
            let shard = try job.runShard(spec, request, threads: threads)
            let path = try ShardInputs.write(shard, to: out)
            print(StatusMessage.shardWrote.format(path, String(shard.header.unitsFrom), String(shard.header.unitsTo), String(shard.header.totalUnits)))
        }
    }
}

extension MergeCommand {
    /// The outputs of a region job's shards: the region file and scenarios reloaded as the
    /// shards loaded them, checked against the header's hash, then written by the same
    /// writer as one process (`RegionJob.writeSimulate` / `writeCompare`), byte for byte.
    func mergeRegion(_ set: ShardMerge.Set, files: [String]) throws {
        let h = set.header
        guard let r = h.region else { return }
        let regionFile = FileManager.default.fileExists(atPath: r.file) ? r.file : r.path
        let request = RegionJob.ShardRequest(command: h.command, setValues: h.set ?? [], scaleFactors: h.scale ?? [],
                                             seedOption: h.seedOption, runsOption: h.runsOption,
                                             tables: RunFiles.TableOptions(byteOrderMark: h.byteOrderMark, xlsx: h.xlsx))
        let changes = try ScenarioOverrideOptions(setValues: request.setValues, scaleFactors: request.scaleFactors).overrides()
        let job = try RegionJob.load(path: regionFile, strategies: h.columns, seed: h.seedOption, runs: h.runsOption, overrides: changes) {
            h.command == "compare" ? max(CompareCommand.defaultRuns, $0) : $0
        }
        let hash = try job.inputsHash(request)
        guard hash == h.inputsSHA256, job.region.counties.map(\.code) == r.counties.map(\.code) else {
            throw GISError(file: files[0], "the inputs changed since the shards were run: the region \(regionFile), its scenarios and geodata now hash to \(hash.prefix(12))…, the shards say \(h.inputsSHA256.prefix(12))…; rerun the shards")
        }
        let folder = try OutputDirectory(out, inputs: files + job.inputs)
        let results = job.unflatten(set.results)
        do {
            if h.command == "compare" {
                print(job.printedComparison(results), terminator: "")
                try job.writeCompare(folder, results: results, tables: request.tables)
            } else {
                print(RegionJob.printedTable(job.regionRuns(0, results[0])), terminator: "")
                try job.writeSimulate(folder, strategy: 0, results: results[0], tables: request.tables)
            }
        } catch {
            folder.discard()
            throw error
        }
        print(StatusMessage.mergeMerged.format(String(files.count), h.command, String(h.totalUnits), out))
    }
}
