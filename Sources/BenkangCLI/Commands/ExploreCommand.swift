import ArgumentParser
import Experiments
import Foundation
import GIS
import Planning
import Sharding
import Simulation

extension ExperimentError: InputDataError {}
extension UnknownFigureError: InputDataError {}

/// `benkang explore`: an experiment over a base scenario (docs/experiments.md).
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: RunMessage.exploreAbstract.text,
        discussion: RunMessage.exploreDiscussion.text)

    @Argument(help: RunMessage.exploreExperiment.help)
    var experiment: String?

    @Option(help: RunMessage.exploreOut.help)
    var out: String?

    @Flag(help: RunMessage.exploreResume.help)
    var resume = false

    @Option(name: .customLong("analyse"), help: RunMessage.exploreAnalyse.help)
    var analyse: String?

    @Option(help: RunMessage.exploreGeodata.help)
    var geodata = "geodata"

    @Option(help: RunMessage.exploreThreads.help)
    var threads: Int?

    @Flag(name: .customLong("no-bom"), help: RunMessage.exploreNoBOM.help)
    var noBOM = false

    @OptionGroup var sharding: ShardOptions

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError(Message.threadsAtLeastOne.text) }
        if analyse != nil {
            if experiment != nil || out != nil || resume { throw ValidationError(RunMessage.exploreAnalyseAlone.text) }
        } else {
            guard experiment != nil else { throw ValidationError(RunMessage.exploreNeedsExperiment.text) }
            guard let out, !out.isEmpty else { throw ValidationError(RunMessage.exploreNeedsOut.text) }
        }
        if sharding.shard != nil && (analyse != nil || resume) { throw ValidationError(ClusterMessage.shardExploreAlone.text) }
    }

    func run() throws {
        try reportingErrors {
            if let analyse { try reanalyse(analyse) } else if let spec = sharding.spec { try runShard(spec, experiment!, out: out!) } else { try explore(experiment!, out: out!) }
        }
    }

    // MARK: running

    private func explore(_ path: String, out: String) throws {
        let inputs = try ExploreInputs.load(path, geodata: geodata, bom: !noBOM)
        let (text, experiment, design) = (inputs.text, inputs.experiment, inputs.design)
        let folder = ExperimentFolder(out)
        let designBytes = inputs.designBytes, baseText = inputs.baseText
        var done: [PointResult] = []
        if resume {
            done = try folder.resume(experimentText: text, baseText: baseText, design: designBytes, figures: experiment.figures, runs: experiment.runs,
                                     counties: inputs.regional?.region.counties.map(\.code))
        } else {
            try folder.checkAvailable()
        }
        let clock = ContinuousClock(), start = clock.now
        let remaining = Array(done.count..<design.count)
        // Run 0 of the first point to run checks the figures before any result is written (and is kept).
        var firstRun: RunResult?
        var firstRegionRuns: [[RunResult]]?
        if let p = remaining.first {
            if let regional = inputs.regional {
                // The region's first point, all its runs (kept): the region figures are checked on its run 0.
                let runs = try regional.runs(point: p, runs: experiment.runs, threads: threads)
                try RegionFigures.check(figures: experiment.figures, on: runs[0])
                firstRegionRuns = runs
            } else {
                let r = try inputs.model(p).run(runSeed: RandomStreams.runSeed(seed: experiment.seed, run: 0))
                try ExperimentRunner.check(figures: experiment.figures, on: r)
                firstRun = r
            }
        }
        if !resume {
            try folder.create(inputs: inputs.inputFiles)
            // The files `merge` writes for a sharded experiment, through the same function.
            for file in inputs.startFiles { try folder.write(file.bytes, file.name) }
        }
        printError(StatusMessage.exploreStart.format(experiment.name, String(design.count), String(experiment.runs), experiment.design.kind.rawValue, String(done.count), String(remaining.count), String(ParallelFor.workers(threads))))
        let appender = try ResultsAppender(path: folder.path + "/" + ResultsLog.name)
        let countyAppender = try inputs.regional.map { _ in try ResultsAppender(path: folder.path + "/" + CountyResultsLog.name) }
        var householdYears = 0, finished = 0
        let tty = isatty(2) == 1
        let finish: (PointResult) throws -> Void = { r in
            try appender.append(ExploreInputs.resultsLines(r))
            if let countyAppender, let lines = inputs.countyResultsLines(r) { try countyAppender.append(lines) }
            done.append(r)
            householdYears += r.householdYears; finished += 1
            if tty {
                let elapsed = Self.seconds(clock.now - start)
                let left = elapsed / Double(finished) * Double(remaining.count - finished)
                FileHandle.standardError.write(Data("\r\(done.count)/\(design.count) points, about \(Int(left.rounded())) s left   ".utf8))
            }
        }
        if let regional = inputs.regional {
            try regional.run(points: remaining, runs: experiment.runs, figures: experiment.figures, threads: threads, first: firstRegionRuns, done: finish)
        } else {
            try ExperimentRunner.run(points: remaining, runs: experiment.runs, seed: experiment.seed, figures: experiment.figures, threads: threads,
                                     firstRun: firstRun, model: { try inputs.model($0) }, done: finish)
        }
        if tty, !remaining.isEmpty { FileHandle.standardError.write(Data("\n".utf8)) }
        let elapsed = Self.seconds(clock.now - start)
        if !remaining.isEmpty {
            printError("explore: \(remaining.count) points, \(remaining.count * experiment.runs) runs, \(householdYears) household-years in \(String(format: "%.1f", elapsed)) s: \(String(format: "%.2f", Double(householdYears) / max(elapsed, 1e-9) / 1e6)) M household-years/s")
        }
        try writeAnalyses(inputs, done, folder: folder)
    }

    /// `--shard I/N`: runs the shard's (point, run) units and writes `out/shard-I-of-N.jsonl`
    /// holding each unit's figures; `benkang merge` writes the experiment folder.
    private func runShard(_ spec: ShardSpec, _ path: String, out: String) throws {
        let inputs = try ExploreInputs.load(path, geodata: geodata, bom: !noBOM)
        try ShardInputs.makeShardFolder(out)
        let shard = try inputs.runShard(spec, threads: threads)
        let written = try ShardInputs.write(shard, to: out)
        print(StatusMessage.shardWrote.format(written, String(shard.header.unitsFrom), String(shard.header.unitsTo), String(shard.header.totalUnits)))
    }

    private func reanalyse(_ dir: String) throws {
        let folder = ExperimentFolder(dir)
        let file = folder.path + "/experiment.yaml"
        let experiment = try ExperimentDecoder.decode(text: try ScenarioInput.readText(file), file: file)
        let design = ExperimentDesign(experiment)
        let designFile = folder.path + "/design.csv"
        let written = try readInput(designFile)
        let expected = ExperimentFiles.design(experiment, design, bom: written.starts(with: UTF8Text.byteOrderMark))
        guard written == expected else {
            throw GISError(file: designFile, "is not the design of \(file) (changed since the experiment ran?); refused")
        }
        let resultsFile = folder.path + "/" + ResultsLog.name
        let (points, _, _) = try ResultsLog.read(try readInput(resultsFile), file: resultsFile, figures: experiment.figures, runs: experiment.runs)
        guard points.count == design.count else {
            throw GISError(file: resultsFile, "holds \(points.count) of the \(design.count) points: finish the experiment first (benkang explore EXPERIMENT.yaml --out \(dir) --resume)")
        }
        // Over a region: points-by-county.csv again from results-by-county.csv (its counties
        // as its point 0 lists them), checked whole before anything is rewritten.
        let countyFile = folder.path + "/" + CountyResultsLog.name
        var byCounty: [UInt8]?
        if FileManager.default.fileExists(atPath: countyFile) {
            let bytes = try readInput(countyFile)
            let codes = CountyResultsLog.codes(bytes)
            let (values, _) = try CountyResultsLog.read(bytes, file: countyFile, figures: experiment.figures, runs: experiment.runs, codes: codes)
            guard values.count == design.count else {
                throw GISError(file: countyFile, "holds \(values.count) of the \(design.count) points: finish the experiment first (benkang explore EXPERIMENT.yaml --out \(dir) --resume)")
            }
            let withCounties = points.indices.map { p in PointResult(point: p, values: points[p].values, householdYears: 0, countyValues: values[p]) }
            byCounty = ExperimentFiles.pointsByCounty(experiment, design, withCounties, codes: codes, bom: !noBOM)
        }
        let analysis = ExperimentAnalysis(experiment: experiment, design: design, results: points)
        for file in ExperimentFiles.analyses(experiment, design, analysis, bom: !noBOM) { try folder.write(file.bytes, file.name) }
        if let byCounty { try folder.write(byCounty, CountyResultsLog.pointsName) }
        print(ExperimentFiles.summary(experiment, analysis), terminator: "")
        printError(StatusMessage.exploreAnalysesWritten.format(folder.path))
    }

    private func writeAnalyses(_ inputs: ExploreInputs, _ points: [PointResult], folder: ExperimentFolder) throws {
        let (files, summary) = inputs.analysisFiles(points)
        for file in files { try folder.write(file.bytes, file.name) }
        print(summary, terminator: "")
        printError(StatusMessage.exploreAnalysesWritten.format(folder.path))
    }

    /// `name` relative to the folder of `file` (unless absolute).
    static func relative(_ name: String, to file: String) -> String {
        let dir = (file as NSString).deletingLastPathComponent
        return name.hasPrefix("/") || dir.isEmpty ? name : dir + "/" + name
    }

    static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
}

/// The scenarios of an experiment's points: the base with each point's factor values
/// (``ScenarioPatch``), decoded and checked against the region like a scenario file.
enum ExperimentScenarios {
    /// The most point problems one report lists.
    static let maximumProblems = 20

    /// - Throws: `ExperimentError` naming each point (and its factor values) whose scenario is refused, with the scenario's message.
    static func all(_ e: Experiment, design: ExperimentDesign, base: Scenario, basePath: String, experimentFile: String,
                    region: Region) throws -> [Scenario] {
        let baseText = try ScenarioInput.readText(basePath)
        let decoder = ScenarioDecoder(identity: ScenarioInput.canonicalPath) { name, relativeTo in
            let full = ExploreCommand.relative(name, to: relativeTo)
            return (try ScenarioInput.readText(full), full)
        }
        var out: [Scenario] = []
        var problems: [ExperimentError.Problem] = []
        for p in 0..<design.count {
            let overrides = ScenarioPatch.overrides(factors: e.factors, values: design.values[p])
            do {
                let s = try decoder.decode(text: baseText, file: basePath, overrides: overrides)
                try s.check(in: region)
                out.append(s)
            } catch let error as ScenarioError {
                for e in error.all { record(e) }
            }
            func record(_ error: ScenarioError) {
                if problems.count < maximumProblems {
                    let values = zip(e.factors, design.values[p]).map { "\($0.name)=\(NumberText.format($1))" }.joined(separator: ", ")
                    problems.append(.init(file: experimentFile, line: 0, column: 0, keyPath: "point \(p) (\(values))",
                                          message: "its scenario is refused: \(error.keyPath.isEmpty ? "" : error.keyPath + ": ")\(error.message)"))
                }
            }
        }
        guard problems.isEmpty else { throw ExperimentError(problems) }
        return out
    }
}
