import ArgumentParser
import Foundation
import GIS
import Planning
import Simulation

/// A region file's counties loaded for `simulate` or `compare`: for each chosen strategy,
/// each county's world (its scenario with the county's seed and the region's run count,
/// on its own geodata). docs/regions.md says how seeds and runs are chosen.
struct RegionJob {
    let region: RegionFile
    /// The chosen strategies' names, in the order they run (the first is the reference).
    let strategies: [String]
    /// The root seed and every county's seed from it (`RegionCounty.seed(root:)`).
    let rootSeed: UInt64
    let countySeeds: [UInt64]
    let runs: Int
    /// `worlds[s][c]`: strategy s, county c.
    let worlds: [[SimulationWorld]]

    /// Loads the region file at `path` and every county's scenario of `strategies` (nil:
    /// all, in file order; only the first with `firstOnly`, as `simulate` runs), with `--set`/`--scale` `overrides` applied to each.
    /// - Parameters:
    ///   - seed, runs: `--seed` and `--runs` (nil: the region's `seed`/`runs`, else the
    ///     first county's scenario's, its runs through `defaultRuns`).
    /// - Throws: `ValidationError` (exit 64) for a strategy the file lacks; `GISError` or
    ///   `ScenarioError` (exit 65) for a bad region file, scenario or geodata.
    static func load(path: String, strategies chosen: [String]?, firstOnly: Bool = false, seed: UInt64?, runs: Int?,
                     overrides: [ScenarioOverride], defaultRuns: (Int) -> Int = { $0 }) throws -> RegionJob {
        let region = try RegionFile.load(path: path)
        let names = chosen ?? (firstOnly ? Array(region.strategies.prefix(1)) : region.strategies)
        for name in names where !region.strategies.contains(name) {
            throw ValidationError(RegionMessage.unknownStrategy.format(path, name, DidYouMean.hint(for: name, among: region.strategies),
                                                                       region.strategies.joined(separator: ", ")))
        }
        let indices = names.compactMap { n in region.strategies.firstIndex(of: n) }
        guard !indices.isEmpty, !region.counties.isEmpty else {
            throw ValidationError(RegionMessage.strategiesList.format(names.joined(separator: ",")))
        }
        let first = try ScenarioInput.scenario(at: region.counties[0].scenarios[indices[0]])
        let root = seed ?? region.seed ?? first.seed
        let runCount = runs ?? region.runs ?? defaultRuns(first.runs)
        let countySeeds = region.counties.map { $0.seed(root: root) }
        var worlds: [[SimulationWorld]] = indices.map { _ in [] }
        for (c, county) in region.counties.enumerated() {
            let geodata = try ScenarioInput.region(geodata: county.geodata)
            for (k, s) in indices.enumerated() {
                let scenario = try ScenarioInput.scenario(at: county.scenarios[s], overrides: overrides)
                    .overriding(seed: countySeeds[c], runs: runCount)
                worlds[k].append(try SimulationWorld(region: geodata, scenario: scenario))
            }
        }
        return RegionJob(region: region, strategies: names, rootSeed: root, countySeeds: countySeeds, runs: runCount, worlds: worlds)
    }

    /// Every file the job reads (none may lie inside --out).
    var inputs: [String] {
        [region.file] + region.counties.flatMap { [$0.geodata] + $0.scenarios }
    }

    /// The folder names of the counties' outputs: their codes.
    var countyFolders: [String] { region.counties.map(\.code) }

    /// Runs every county under strategy `k` (each county's runs on `threads` threads).
    /// - Returns: `results[c][r]`: county c, run r.
    func run(strategy k: Int, threads: Int?, quiet: Bool, checkInvariants: Bool = false) -> [[RunResult]] {
        region.counties.indices.map { c in
            var sim = SimulationRun(world: worlds[k][c])
            sim.checkInvariants = checkInvariants
            let progress = ProgressBar(total: runs, label: "\(region.counties[c].code) \(strategies[k])", quiet: quiet)
            let results = Ensemble.run(sim, seed: countySeeds[c], runs: runs, threads: threads) { progress.update($0) }
            progress.finish()
            return results
        }
    }
}
