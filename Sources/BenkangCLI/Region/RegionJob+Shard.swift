import Foundation
import GIS
import Planning
import Reports
import Sharding
import Simulation

/// A region under `--shard I/N` (docs/regions.md, "Shards"): the work units are strategy ×
/// county × run in canonical order; a unit's seed is its county's seed and its run, never
/// the shard; the header names the region file and every county's geodata hash.
extension RegionJob {
    /// Every work unit of the job in canonical order: strategy, county, run.
    var units: [WorkUnit] { WorkUnit.all(scenarios: strategies.count, counties: region.counties.count, runs: runs) }

    /// What a region shard records of how it was asked for, so `merge` loads it the same way.
    struct ShardRequest {
        var command: String
        var setValues: [String]
        var scaleFactors: [String]
        var seedOption: UInt64?
        var runsOption: Int?
        var tables: RunFiles.TableOptions
    }

    /// SHA-256 (hex) of: the command, then per strategy and county the strategy, the
    /// county code, its scenario.resolved.yaml and its geodata hash, then the table
    /// options, each part followed by a NUL byte.
    /// - Throws: `GISError` when a geodata file cannot be read.
    func inputsHash(_ request: ShardRequest) throws -> String {
        var bytes = Array("benkang-shard-inputs region 1\0\(request.command)\0".utf8)
        for (k, strategy) in strategies.enumerated() {
            for (c, county) in region.counties.enumerated() {
                bytes += Array("\(strategy)\0\(county.code)\0\(ShardInputs.resolvedYAML(worlds[k][c]))\0".utf8)
                bytes += Array("\(try ShardInputs.geodataHash(county.geodata))\0".utf8)
            }
        }
        bytes += Array("bom=\(request.tables.byteOrderMark) xlsx=\(request.tables.xlsx)\0".utf8)
        return SHA256.hex(bytes)
    }

    /// The header of shard `spec` of this job.
    func shardHeader(_ spec: ShardSpec, _ request: ShardRequest) throws -> ShardFile.Header {
        let range = spec.range(of: units.count)
        let path = ShardInputs.canonicalPath(region.file)
        let counties = try region.counties.map {
            ShardFile.County(code: $0.code, geodata: ShardInputs.canonicalPath($0.geodata), geodataGiven: $0.geodata,
                             geodataSHA256: try ShardInputs.geodataHash($0.geodata))
        }
        var header = ShardFile.Header(
            command: request.command, shard: spec.index, shards: spec.count, inputsSHA256: try inputsHash(request),
            seed: rootSeed, runs: runs, seedOption: request.seedOption, runsOption: request.runsOption,
            scenarios: strategies.map { ShardFile.Scenario(name: $0, file: region.file, path: path) }, columns: strategies,
            set: request.setValues.isEmpty ? nil : request.setValues, scale: request.scaleFactors.isEmpty ? nil : request.scaleFactors,
            geodata: path, geodataGiven: region.file, geodataSHA256: SHA256.hex(Array(counties.map(\.geodataSHA256).joined(separator: "\0").utf8)),
            byteOrderMark: request.tables.byteOrderMark, xlsx: request.tables.xlsx,
            totalUnits: units.count, unitsFrom: range.lowerBound, unitsTo: range.upperBound)
        header.region = ShardFile.Region(file: region.file, path: path, counties: counties)
        return header
    }

    /// Runs shard `spec`'s units (each county's runs on `threads` threads) and returns its file.
    func runShard(_ spec: ShardSpec, _ request: ShardRequest, threads: Int?, checkInvariants: Bool = false) throws -> ShardFile {
        let header = try shardHeader(spec, request)
        let mine = units[header.unitsFrom..<header.unitsTo]
        var records: [ShardFile.Record] = []
        for k in strategies.indices {
            for c in region.counties.indices {
                let runIndices = mine.filter { $0.scenario == k && $0.county == c }.map(\.run)
                guard !runIndices.isEmpty else { continue }
                var sim = SimulationRun(world: worlds[k][c])
                sim.checkInvariants = checkInvariants
                let progress = ProgressBar(total: runIndices.count, label: "\(region.counties[c].code) \(strategies[k])")
                let results = Ensemble.run(sim, seed: countySeeds[c], runIndices: runIndices, threads: threads) { progress.update($0) }
                progress.finish()
                records += zip(runIndices, results).map { ShardFile.Record(unit: WorkUnit(scenario: k, county: c, run: $0), result: $1) }
            }
        }
        return ShardFile(header: header, records: records)
    }

    /// `results[s][c][r]` of a merged region job's `results[s × counties + c][r]`.
    func unflatten(_ results: [[RunResult]]) -> [[[RunResult]]] {
        strategies.indices.map { s in region.counties.indices.map { c in results[s * region.counties.count + c] } }
    }
}
