import Experiments
import Foundation
import GIS
import Planning
import Simulation

/// An experiment whose `base` is a region file (docs/experiments.md, "Experiments over a
/// region"): one strategy's scenario in every county, the factors applied to each county's
/// scenario alike, every county run with its own seed (`RegionCounty.seed(root:)` of the
/// experiment's seed, as `simulate REGION.yaml` seeds it), and each run's figures the
/// region's (``RegionFigures``): run r of every county taken together.
struct RegionExperiment {
    let region: RegionFile
    let strategy: String
    /// County c's seed: its run r uses `RandomStreams.runSeed(seed: countySeeds[c], run: r)`.
    let countySeeds: [UInt64]
    /// County c's geodata.
    let geodata: [Region]
    /// County c's scenario file of the strategy, and the scenario resolved.
    let basePaths: [String]
    let bases: [Scenario]
    /// `scenarios[c][p]`: county c's scenario at design point p.
    let scenarios: [[Scenario]]

    /// Loads the region file at `path` for `experiment` (read from `experimentFile`).
    /// - Throws: `ExperimentError` (exit 65) for a strategy the region lacks, or a point
    ///   whose scenario is refused in a county (a factor key the county's scenario lacks),
    ///   naming the county; `GISError`/`ScenarioError` for a bad region file, scenario or geodata.
    static func load(_ experiment: Experiment, experimentFile: String, regionPath path: String, design: ExperimentDesign) throws -> RegionExperiment {
        let region = try RegionFile.load(path: path)
        let strategy = experiment.strategy ?? region.strategies.first ?? ""
        guard let s = region.strategies.firstIndex(of: strategy) else {
            throw ExperimentError([.init(file: experimentFile, line: 0, column: 0, keyPath: "strategy",
                                         message: RegionMessage.exploreUnknownStrategy.format(path, strategy, DidYouMean.hint(for: strategy, among: region.strategies),
                                                                                               region.strategies.joined(separator: ", ")))])
        }
        var geodata: [Region] = [], bases: [Scenario] = [], scenarios: [[Scenario]] = []
        var problems: [ExperimentError.Problem] = []
        for county in region.counties {
            let g = try ScenarioInput.region(geodata: county.geodata)
            let basePath = county.scenarios[s]
            let base = try ScenarioInput.scenario(at: basePath)
            geodata.append(g); bases.append(base)
            do {
                scenarios.append(try ExperimentScenarios.all(experiment, design: design, base: base, basePath: basePath,
                                                             experimentFile: experimentFile, region: g))
            } catch let error as ExperimentError {
                let place = RegionMessage.exploreCounty.format(county.code, county.name, basePath)
                problems += error.problems.map { p in
                    var p = p
                    p.keyPath = place + ", " + p.keyPath
                    return p
                }
            }
        }
        guard problems.isEmpty else { throw ExperimentError(problems) }
        return RegionExperiment(region: region, strategy: strategy, countySeeds: region.counties.map { $0.seed(root: experiment.seed) },
                                geodata: geodata, basePaths: region.counties.map { $0.scenarios[s] }, bases: bases, scenarios: scenarios)
    }

    /// base.resolved.yaml of a region experiment: each county's base scenario resolved, one
    /// YAML document per county in file order, each headed by a comment naming the county.
    var baseText: String {
        zip(region.counties, bases).map { county, base in
            "--- # \(county.code) \(county.name): \(strategy)\n" + ScenarioYAML.render(base)
        }.joined()
    }

    /// Every file the experiment reads besides the experiment file (none may lie inside --out).
    var inputs: [String] { [region.file] + region.counties.flatMap { [$0.geodata] + $0.scenarios } }

    /// County c's simulation at design point p.
    func model(county c: Int, point p: Int) throws -> SimulationRun {
        SimulationRun(world: try SimulationWorld(region: geodata[c], scenario: scenarios[c][p]))
    }

    /// Every county's runs at point p: `[r][c]`, run r of county c, each county seeded with its own seed.
    func runs(point p: Int, runs: Int, threads: Int?) throws -> [[RunResult]] {
        let counties = region.counties.count
        let workers = ParallelFor.workers(threads)
        let models = try ParallelFor.mapRanges(count: counties, threads: min(workers, counties)) { _, range in
            try range.map { try model(county: $0, point: p) }
        }.flatMap { $0 }
        let seeds = countySeeds
        let jobs = counties * runs
        // results[c * runs + r]: county c, run r.
        let results = ParallelFor.map(jobs, threads: min(workers, jobs)) { job -> RunResult in
            models[job / runs].run(runSeed: RandomStreams.runSeed(seed: seeds[job / runs], run: job % runs))
        }
        return (0..<runs).map { r in (0..<counties).map { c in results[c * runs + r] } }
    }

    /// Runs `points` (design indices, in order), handing each point's region figures (and
    /// each county's, `PointResult.countyValues`) to `done` in point order; `first` is point `points[0]`'s runs when already computed.
    /// The values do not depend on `threads`.
    func run(points: [Int], runs: Int, figures: [String], threads: Int?, first: [[RunResult]]?,
             done: (PointResult) throws -> Void) throws {
        for (k, p) in points.enumerated() {
            let byRun: [[RunResult]]
            if k == 0, let first { byRun = first } else { byRun = try self.runs(point: p, runs: runs, threads: threads) }
            // components[r][c]: county c's run r; the region's figures and each county's from the same components.
            let components = byRun.map { $0.map { RegionFigures.components($0, figures: figures) } }
            let values = components.map { RegionFigures.combine($0, figures: figures) }
            let counties = (0..<region.counties.count).map { c in components.map { RegionFigures.countyValues($0[c], figures: figures) } }
            let householdYears = byRun.reduce(0) { $0 + $1.reduce(0) { $0 + $1.householdYears } }
            try done(PointResult(point: p, values: values, householdYears: householdYears, countyValues: counties))
        }
    }
}
