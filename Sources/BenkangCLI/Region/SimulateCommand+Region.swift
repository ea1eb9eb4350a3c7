import ArgumentParser
import Foundation
import Planning
import Reports

extension SimulateCommand {
    /// `simulate REGION.yaml`: one strategy in every county of a region file, the
    /// county folders and the region's totals (docs/regions.md).
    func runRegion() throws {
        if options.geodata != "geodata" { throw ValidationError(RegionMessage.noGeodataOption.text) }
        if let spec = sharding.spec { return try runRegionShard(spec) }
        try ScenarioInput.reporting {
            let job = try RegionJob.load(path: options.scenario, strategies: strategy.map { [$0] }, firstOnly: true, seed: options.seed,
                                         runs: options.runs, overrides: try options.overrides.overrides())
            // The output folder is checked (and its temporary folder made) before the runs.
            let dir = try OutputDirectory(out, inputs: job.inputs)
            do {
                let results = job.run(strategy: 0, threads: options.threads, quiet: options.ensemble.quiet, checkInvariants: check)
                let runs = job.regionRuns(0, results)
                if format == .json {
                    print(RegionSummaryJSON.render(runs, header: job.summaryHeader(0)), terminator: "")
                } else {
                    print(RegionJob.printedTable(runs), terminator: "")
                }
                try job.writeSimulate(dir, strategy: 0, results: results, tables: tableFiles.tables)
            } catch {
                dir.discard()
                throw error
            }
            let wrote = RegionMessage.wroteSimulate.format(out, job.countyFolders.joined(separator: ", "))
            if format == .json { printError(wrote) } else { print(wrote) }
        }
    }
}
