import ArgumentParser
import Foundation
import Planning
import Reports

extension CompareCommand {
    /// `compare REGION.yaml`: the region's strategies in every county, with common
    /// random numbers per county; the county comparisons and the region's (docs/regions.md).
    func runRegion() throws {
        if geodata != "geodata" { throw ValidationError(RegionMessage.noGeodataOption.text) }
        if reference != nil { throw ValidationError(RegionMessage.noReference.text) }
        let chosen = strategies.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        if let chosen, let given = strategies, chosen.isEmpty || Set(chosen).count != chosen.count {
            throw ValidationError(RegionMessage.strategiesList.format(given))
        }
        if let spec = sharding.spec, let out { return try runRegionShard(spec, chosen: chosen, out: out) }
        try ScenarioInput.reporting {
            let job = try RegionJob.load(path: scenarios[0], strategies: chosen, seed: seed, runs: runs,
                                         overrides: try overrides.overrides()) { max(Self.defaultRuns, $0) }
            let folder = try out.map { try OutputDirectory($0, inputs: job.inputs) }
            do {
                let results = job.strategies.indices.map { job.run(strategy: $0, threads: threads, quiet: ensemble.quiet) }
                print(job.printedComparison(results, format: format), terminator: "")
                if let folder { try job.writeCompare(folder, results: results, tables: tableFiles.tables) }
            } catch {
                folder?.discard()
                throw error
            }
            if let out {
                // Only the table on standard output in the machine-readable formats.
                let wrote = RegionMessage.wroteCompare.format(out, job.countyFolders.joined(separator: ", "))
                if format == .table { print(wrote) } else { printError(wrote) }
            }
        }
    }
}
