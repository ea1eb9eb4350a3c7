import Foundation
import GIS
import Planning
import Reports
import Simulation

/// The outputs of a region: each county's folder written by the one-county writer
/// (`RunOutputs`), then the region's tables beside them (docs/regions.md).
extension RegionJob {
    /// The runs of strategy `k` as one region (`results[c][r]`).
    func regionRuns(_ k: Int, _ results: [[RunResult]]) -> RegionRuns {
        RegionRuns(counties: region.counties.enumerated().map { c, county in
            RegionRuns.County(code: county.code, name: county.name, runs: results[c])
        })
    }

    /// `simulate`'s outputs of strategy `k`: `folder/<code>/` per county (the files of a
    /// one-county `simulate`), `region.csv`, `region-by-run.csv` and `region-summary.json`;
    /// then commits the folder (or discards it on failure).
    func writeSimulate(_ folder: OutputDirectory, strategy k: Int, results: [[RunResult]], tables: RunFiles.TableOptions) throws {
        do {
            for (c, county) in region.counties.enumerated() {
                let dir = try OutputDirectory(folder.temporary + "/" + county.code)
                do {
                    try RunOutputs.writeSimulate(dir, world: worlds[k][c], results: results[c], seed: countySeeds[c],
                                                 geodata: county.geodata, tables: tables)
                } catch {
                    dir.discard()
                    throw error
                }
            }
            let runs = regionRuns(k, results)
            for file in try RunFiles.tableFiles(RegionTable.table(runs), name: "region", options: tables) { try folder.write(file.bytes, file.name) }
            try folder.write(RunFiles.csvBytes(CSVWriter.render(RegionTable.byRun(runs)), options: tables), "region-by-run.csv")
            try folder.write(RegionSummaryJSON.render(runs, header: summaryHeader(k)), "region-summary.json")
            try folder.commit()
        } catch {
            folder.discard()
            throw error
        }
    }

    /// `compare`'s outputs: `folder/<code>/` per county (the files of a one-county
    /// `compare` of the strategies, subfolders named by strategy) and
    /// `region-comparison.csv`; then commits the folder (or discards it on failure).
    /// - Parameter results: `results[s][c][r]`.
    func writeCompare(_ folder: OutputDirectory, results: [[[RunResult]]], tables: RunFiles.TableOptions) throws {
        do {
            for (c, county) in region.counties.enumerated() {
                let dir = try OutputDirectory(folder.temporary + "/" + county.code)
                let worlds = strategies.indices.map { self.worlds[$0][c] }
                let runs = strategies.indices.map { results[$0][c] }
                let comparison = RunOutputs.comparison(names: CompareCommand.uniqueNames(worlds.map(\.scenario.name)), worlds: worlds,
                                                       results: runs, seed: countySeeds[c])
                try RunOutputs.writeCompare(dir, names: strategies, worlds: worlds, results: runs, seed: countySeeds[c],
                                            comparison: comparison, geodata: county.geodata, tables: tables)
            }
            for file in try RunFiles.tableFiles(comparisonTable(results), name: "region-comparison", options: tables) {
                try folder.write(file.bytes, file.name)
            }
            try folder.commit()
        } catch {
            folder.discard()
            throw error
        }
    }

    /// `region-comparison.csv`'s table of `results[s][c][r]`.
    func comparisonTable(_ results: [[[RunResult]]]) -> Table<(strategy: Int, year: Int)> {
        RegionComparisonTable.table(strategies: strategies, regions: strategies.indices.map { regionRuns($0, results[$0]) })
    }

    func summaryHeader(_ k: Int) -> RegionSummaryJSON.Header {
        let s = region.strategies.firstIndex(of: strategies[k]) ?? 0
        return RegionSummaryJSON.Header(name: region.name, nameEn: region.nameEn, file: region.file, strategy: strategies[k],
                                        seed: rootSeed, countySeeds: countySeeds, scenarios: region.counties.map { $0.scenarios[s] })
    }

    /// What `simulate` prints: the region's main totals per year.
    static func printedTable(_ runs: RegionRuns) -> String {
        let shown: Set<String> = ["year", "poor_persons", "poor_households", "incidence", "lifted_out", "cost_yuan", "counties_exited_total"]
        let full = RegionTable.table(runs)
        return PlainTextWriter.render(Table(columns: full.columns.filter { shown.contains($0.name) }, rows: full.rows))
    }

    /// What `compare` prints: as a table, per strategy and year, the main totals and their
    /// paired differences against the reference; as CSV, JSON (an array of one object per
    /// row) or Markdown, every column of `region-comparison.csv`.
    func printedComparison(_ results: [[[RunResult]]], format: ComparisonReport.Format = .table) -> String {
        let full = comparisonTable(results)
        switch format {
        case .table:
            let shown: Set<String> = ["strategy", "year", "poor_persons", "poor_persons_diff", "incidence", "incidence_diff",
                                      "cost_yuan", "cost_yuan_diff", "counties_exited_total", "counties_exited_total_diff"]
            return PlainTextWriter.render(Table(columns: full.columns.filter { shown.contains($0.name) }, rows: full.rows))
        case .csv: return CSVWriter.render(full)
        case .markdown: return MarkdownWriter.render(full)
        case .json: return "[\n" + JSONWriter.objects(full).map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
        }
    }
}
