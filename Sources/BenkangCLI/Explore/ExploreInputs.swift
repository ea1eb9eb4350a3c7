import ArgumentParser
import Experiments
import Foundation
import GIS
import Planning
import Reports
import Sharding
import Simulation

/// An experiment loaded as `explore` runs it: the experiment file's text, its base
/// scenario, the design and every point's scenario on one geodata folder, and the bytes
/// of the files written before the runs. `explore`, `explore --shard` and `merge` load
/// through ``load(_:geodata:bom:)`` and write through ``startFiles``, ``resultsLines`` and
/// ``analysisFiles``, so a merged experiment is the one-process folder byte for byte.
struct ExploreInputs {
    var path: String
    var text: String
    var experiment: Experiment
    var basePath: String
    var base: Scenario
    var region: Region
    var design: ExperimentDesign
    var scenarios: [Scenario]
    var geodata: String
    var byteOrderMark: Bool
    /// design.csv and base.resolved.yaml as written.
    var designBytes: [UInt8]
    var baseText: String
    /// The counties of an experiment over a region (`base` a region file); nil for one county.
    var regional: RegionExperiment? = nil

    /// - Throws: `ExperimentError`, `ScenarioError` or `GISError` for bad input.
    static func load(_ path: String, geodata: String, bom: Bool) throws -> ExploreInputs {
        let text = try ScenarioInput.readText(path)
        let experiment = try ExperimentDecoder.decode(text: text, file: path)
        let basePath = ExploreCommand.relative(experiment.base, to: path)
        let design = ExperimentDesign(experiment)
        if RegionFile.isRegionFile(path: basePath) {
            // An experiment over a region: the inputs of the first county stand in `base`, `region`, `scenarios`.
            if geodata != "geodata" { throw ValidationError(RegionMessage.noGeodataOption.text) }
            let r = try RegionExperiment.load(experiment, experimentFile: path, regionPath: basePath, design: design)
            return ExploreInputs(path: path, text: text, experiment: experiment, basePath: basePath, base: r.bases[0], region: r.geodata[0],
                                 design: design, scenarios: r.scenarios[0], geodata: geodata, byteOrderMark: bom,
                                 designBytes: ExperimentFiles.design(experiment, design, bom: bom), baseText: r.baseText, regional: r)
        }
        if experiment.strategy != nil {
            throw ExperimentError([.init(file: path, line: 0, column: 0, keyPath: "strategy", message: RegionMessage.exploreStrategyNeedsRegion.format(basePath))])
        }
        let base = try ScenarioInput.scenario(at: basePath)
        let region = try ScenarioInput.region(geodata: geodata)
        let scenarios = try ExperimentScenarios.all(experiment, design: design, base: base, basePath: basePath, experimentFile: path, region: region)
        return ExploreInputs(path: path, text: text, experiment: experiment, basePath: basePath, base: base, region: region, design: design,
                             scenarios: scenarios, geodata: geodata, byteOrderMark: bom,
                             designBytes: ExperimentFiles.design(experiment, design, bom: bom), baseText: ScenarioYAML.render(base))
    }

    /// Every file the experiment reads (none may lie inside --out).
    var inputFiles: [String] { [path, basePath] + (regional?.inputs ?? [geodata]) }

    /// The simulation of design point `p`.
    func model(_ p: Int) throws -> SimulationRun { SimulationRun(world: try SimulationWorld(region: region, scenario: scenarios[p])) }

    /// The files an experiment folder gets before the runs: experiment.yaml, base.resolved.yaml,
    /// design.csv and results.csv with its header only (the points' lines are appended);
    /// over a region also results-by-county.csv's header.
    var startFiles: [(name: String, bytes: [UInt8])] {
        let bom = byteOrderMark ? UTF8Text.byteOrderMark : []
        return [("experiment.yaml", Array(text.utf8)), ("base.resolved.yaml", Array(baseText.utf8)), ("design.csv", designBytes),
                (ResultsLog.name, bom + Array(ResultsLog.header(experiment.figures).utf8))]
            + (regional == nil ? [] : [(CountyResultsLog.name, bom + Array(CountyResultsLog.header(experiment.figures).utf8))])
    }

    /// The lines results.csv gets for `point`, appended in point order.
    static func resultsLines(_ point: PointResult) -> String { ResultsLog.lines(point) }

    /// The lines results-by-county.csv gets for `point` over a region (nil for one county).
    func countyResultsLines(_ point: PointResult) -> String? {
        regional.map { CountyResultsLog.lines(point, codes: $0.region.counties.map(\.code)) }
    }

    /// The analysis files (points.csv, Morris/Sobol/PRIM tables, SVG charts; over a region
    /// also points-by-county.csv) and the summary printed.
    func analysisFiles(_ points: [PointResult]) -> (files: [(name: String, bytes: [UInt8])], summary: String) {
        let analysis = ExperimentAnalysis(experiment: experiment, design: design, results: points)
        var files = ExperimentFiles.analyses(experiment, design, analysis, bom: byteOrderMark)
        if let regional {
            files.append((CountyResultsLog.pointsName,
                          ExperimentFiles.pointsByCounty(experiment, design, points, codes: regional.region.counties.map(\.code), bom: byteOrderMark)))
        }
        return (files, ExperimentFiles.summary(experiment, analysis))
    }

    /// The inputs' hash of a sharded explore (`ShardInputs.exploreHash`).
    func inputsHash() throws -> String {
        ShardInputs.exploreHash(experimentText: text, baseResolved: baseText, designSHA256: SHA256.hex(designBytes),
                                geodataSHA256: try geodataHash(), byteOrderMark: byteOrderMark)
    }

    /// The geodata's hash; over a region, of every county's geodata hash joined by NUL.
    func geodataHash() throws -> String {
        guard let regional else { return try ShardInputs.geodataHash(geodata) }
        return SHA256.hex(Array(try regional.region.counties.map { try ShardInputs.geodataHash($0.geodata) }.joined(separator: "\0").utf8))
    }

    /// The points of merged explore shards (`ShardMerge.Set.figures`); over a region, each
    /// run's region figures combined from the counties' components (`RegionFigures.combine`).
    func mergedPoints(_ figures: [[[Double]]]) -> [PointResult] {
        guard let regional else { return figures.enumerated().map { PointResult(point: $0.offset, values: $0.element, householdYears: 0) } }
        let counties = regional.region.counties.count, points = design.count
        return (0..<points).map { p in
            PointResult(point: p, values: (0..<experiment.runs).map { r in
                RegionFigures.combine((0..<counties).map { c in figures[c * points + p][r] }, figures: experiment.figures)
            }, householdYears: 0, countyValues: (0..<counties).map { c in
                figures[c * points + p].map { RegionFigures.countyValues($0, figures: experiment.figures) }
            })
        }
    }

    /// The work units of the experiment in canonical order: point × run; over a region, county × point × run.
    var units: [WorkUnit] { WorkUnit.all(counties: regional?.region.counties.count ?? 1, points: design.count, runs: experiment.runs) }

    /// The figures a shard's records hold: the experiment's; over a region, each county's
    /// components of them (`RegionFigures.componentNames`).
    var shardFigures: [String] { regional == nil ? experiment.figures : RegionFigures.componentNames(experiment.figures) }

    /// The header of shard `spec` of this experiment.
    func header(_ spec: ShardSpec) throws -> ShardFile.Header {
        let range = spec.range(of: units.count)
        var header = ShardFile.Header(
            command: "explore", shard: spec.index, shards: spec.count, inputsSHA256: try inputsHash(),
            seed: experiment.seed, runs: experiment.runs, seedOption: nil, runsOption: nil,
            scenarios: [ShardFile.Scenario(name: experiment.name, file: path, path: ShardInputs.canonicalPath(path))], columns: [experiment.name],
            geodata: ShardInputs.canonicalPath(regional?.region.file ?? geodata), geodataGiven: regional?.region.file ?? geodata,
            geodataSHA256: try geodataHash(),
            byteOrderMark: byteOrderMark, xlsx: false, totalUnits: units.count,
            unitsFrom: range.lowerBound, unitsTo: range.upperBound, points: design.count, figures: shardFigures,
            experimentSHA256: SHA256.hex(Array(text.utf8)), designSHA256: SHA256.hex(designBytes))
        if let regional {
            let file = regional.region.file
            header.region = ShardFile.Region(file: file, path: ShardInputs.canonicalPath(file), counties: try regional.region.counties.map {
                ShardFile.County(code: $0.code, geodata: ShardInputs.canonicalPath($0.geodata), geodataGiven: $0.geodata,
                                 geodataSHA256: try ShardInputs.geodataHash($0.geodata))
            })
        }
        return header
    }

    /// Runs shard `spec`'s units: each (point, run) seeded `RandomStreams.runSeed(seed:run:)`
    /// as in a one-process explore (common random numbers, never from the shard), points
    /// built and run in batches over `threads` threads. Only the experiment's figures are kept.
    /// - Throws: `UnknownFigureError` when a figure is unknown (checked on the first run),
    ///   `ScenarioError`/`GISError` when a point's world cannot be built.
    func runShard(_ spec: ShardSpec, threads: Int?) throws -> ShardFile {
        let header = try header(spec)
        let mine = Array(units[header.unitsFrom..<header.unitsTo])
        let workers = ParallelFor.workers(threads)
        let seed = experiment.seed, figures = experiment.figures
        // Over a region a unit's seed is its county's (`RegionCounty.seed(root:)`), as in one process.
        let countySeeds = regional?.countySeeds, points = design.count
        func key(_ u: WorkUnit) -> Int { u.county * points + u.point }
        var records: [ShardFile.Record] = []
        var checked = false
        var start = 0
        let progress = ProgressBar(total: mine.count, label: experiment.name)
        while start < mine.count {
            // The units of about 4 × workers jobs, whole (county,) points' worlds built once per batch.
            var end = min(mine.count, start + max(1, 4 * workers))
            while end < mine.count && key(mine[end]) == key(mine[end - 1]) { end += 1 }
            let batch = Array(mine[start..<end])
            var keysInBatch: [Int] = []
            for u in batch where keysInBatch.last != key(u) { keysInBatch.append(key(u)) }
            let simulations = try ParallelFor.mapRanges(count: keysInBatch.count, threads: workers) { _, range in
                try range.map { k -> SimulationRun in
                    let (c, p) = keysInBatch[k].quotientAndRemainder(dividingBy: points)
                    return try regional?.model(county: c, point: p) ?? model(p)
                }
            }.flatMap { $0 }
            let index = Dictionary(uniqueKeysWithValues: keysInBatch.enumerated().map { ($1, $0) })
            let results = ParallelFor.map(batch.count, threads: min(workers, batch.count)) { k -> RunResult in
                let u = batch[k]
                return simulations[index[key(u)]!].run(runSeed: RandomStreams.runSeed(seed: countySeeds?[u.county] ?? seed, run: u.run))
            }
            if !checked, let first = results.first {
                if regional != nil { try RegionFigures.check(figures: figures, on: [first]) } else { try ExperimentRunner.check(figures: figures, on: first) }
                checked = true
            }
            for (u, r) in zip(batch, results) {
                let values = regional != nil ? RegionFigures.components(r, figures: figures) : ExperimentRunner.values(r, figures: figures)
                records.append(ShardFile.Record(unit: u, figures: values))
            }
            start = end
            progress.update(start)
        }
        progress.finish()
        return ShardFile(header: header, records: records)
    }
}
