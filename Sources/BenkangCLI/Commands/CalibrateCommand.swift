import ArgumentParser
import Experiments
import Foundation
import GIS
import Planning
import Reports
import Simulation

/// `benkang calibrate`: the county profile's calibration targets beside the simulated figures.
struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: RunMessage.calibrateAbstract.text,
        discussion: RunMessage.calibrateDiscussion.text)

    @OptionGroup var options: SimulationOptions

    @Option(name: .customLong("fit"), help: RunMessage.calibrateFit.help)
    var fit: [String] = []

    @Option(name: .customLong("fit-scale"), help: RunMessage.calibrateFitScale.help)
    var fitScale: [String] = []

    @Option(name: .customLong("fit-out"), help: RunMessage.calibrateFitOut.help)
    var fitOut: String?

    @Option(name: .customLong("fit-evaluations"), help: RunMessage.calibrateFitEvaluations.help)
    var fitEvaluations = 40

    func validate() throws {
        try options.validate()
        let fitting = !fit.isEmpty || !fitScale.isEmpty
        if fitting, fitOut == nil { throw ValidationError(RunMessage.calibrateFitNeedsOut.text) }
        if !fitting, fitOut != nil { throw ValidationError(RunMessage.calibrateFitOutNeedsFit.text) }
        if fitEvaluations < 2 { throw ValidationError(RunMessage.calibrateFitEvaluationsAtLeastTwo.text) }
    }

    func run() throws {
        if !fit.isEmpty || !fitScale.isEmpty { return try runFit() }
        let (world, results, _) = try ScenarioInput.reporting { try options.simulate() }
        print(CalibrationReport.render(results, world: world), terminator: "")
        if !CalibrationReport.passes(results, world: world) {
            printError(StatusMessage.calibrationNotMet.text)
            throw ExitCode.failure
        }
    }

    private func runFit() throws {
        let passed: Bool = try reportingErrors {
            let factors = try fit.map { try FactorOption.parse($0, scale: false, option: "--fit") }
                + fitScale.map { try FactorOption.parse($0, scale: true, option: "--fit-scale") }
            let basePath = options.scenario
            let base = try ScenarioInput.scenario(at: basePath)
            let out = fitOut!
            try Self.checkNotAnInput(out, scenario: base, scenarioPath: basePath, geodata: options.geodata)
            let region = try ScenarioInput.region(geodata: options.geodata)
            let targets = region.profile.calibration
            guard !targets.isEmpty else { throw GISError(file: region.profile.file, "has no calibration targets to fit to") }
            let runs = options.runs ?? max(base.runs, 10)
            let seed = options.seed ?? base.seed
            let baseText = try ScenarioInput.readText(basePath)
            let decoder = ScenarioDecoder(identity: ScenarioInput.canonicalPath) { name, relativeTo in
                let full = ExploreCommand.relative(name, to: relativeTo)
                return (try ScenarioInput.readText(full), full)
            }
            func scenario(_ values: [Double]) throws -> Scenario {
                try decoder.decode(text: baseText, file: basePath, overrides: ScenarioPatch.overrides(factors: factors, values: values))
                    .overriding(seed: seed, runs: runs)
            }
            var evaluations = 0
            func ensemble(_ values: [Double]) throws -> [RunResult] {
                evaluations += 1
                let world = try SimulationWorld(region: region, scenario: try scenario(values))
                let results = Ensemble.run(SimulationRun(world: world), seed: seed, runs: runs, threads: options.threads)
                if isatty(2) == 1 {
                    let d = CalibrationFit.distance(targets, runs: results)
                    FileHandle.standardError.write(Data("\rfit: ensemble \(evaluations)/\(fitEvaluations), distance \(SensitivityText.short(d))   ".utf8))
                }
                return results
            }
            let start = factors.map { FactorOption.baseValue($0, in: FactorOption.values(of: factors, in: base)) }
            printError(StatusMessage.fitStart.format(String(factors.count), factors.count == 1 ? "" : "s", String(targets.count), String(runs), String(seed), String(fitEvaluations)))
            let result = try CalibrationFit.fit(factors: factors, start: start, targets: targets, maximumEvaluations: fitEvaluations, ensemble: ensemble)
            if isatty(2) == 1 { FileHandle.standardError.write(Data("\n".utf8)) }
            let fitted = try scenario(result.values)
            let world = try SimulationWorld(region: region, scenario: fitted)
            let results = Ensemble.run(SimulationRun(world: world), seed: seed, runs: runs, threads: options.threads)
            var table = "fit (\(result.evaluations) ensembles, \(result.converged ? "converged" : "stopped at the evaluation limit"); distance \(SensitivityText.short(CalibrationFit.distance(targets, runs: results))), the sum of (deviation / tolerance)²):\n"
            for (f, (s, v)) in zip(factors, zip(start, result.values)) {
                let range = "\(NumberText.format(f.bounds.lowerBound))…\(NumberText.format(f.bounds.upperBound))"
                if case .scale = f.kind {
                    table += "  \(f.path) × \(SensitivityText.short(v)) (range \(range), start × 1)\n"
                } else {
                    table += "  \(f.path) = \(SensitivityText.short(v)) (range \(range), start \(SensitivityText.short(s)))\n"
                }
            }
            print(table + "\n" + CalibrationReport.render(results, world: world), terminator: "")
            let outDir = (out as NSString).deletingLastPathComponent
            let extends = Self.relativePath(from: outDir.isEmpty ? "." : outDir, to: basePath)
            var text = "# Written by benkang calibrate --fit: \(basePath) with the fitted keys (\(result.evaluations) ensembles of \(runs) runs, seed \(seed)).\n"
            text += ScenarioPatch.text(extends: extends, base: base, name: base.name + "-fitted", factors: factors, values: result.values)
                .split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
            if !outDir.isEmpty { try? FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true) }
            try AtomicFile.write(Array(text.utf8), to: out)
            printError(StatusMessage.fitWrote.format(out))
            return CalibrationReport.passes(results, world: world)
        }
        if !passed {
            printError(StatusMessage.calibrationNotMetFitted.text)
            throw ExitCode.failure
        }
    }

    /// Refuses an output path that is the scenario, a file it extends, or the county profile.
    static func checkNotAnInput(_ out: String, scenario: Scenario, scenarioPath: String, geodata: String) throws {
        let inputs = Set(([scenarioPath, geodata + "/county.yaml"] + scenario.origins.values.map(\.file)).map(ScenarioInput.canonicalPath))
        if inputs.contains(ScenarioInput.canonicalPath(out)) {
            throw GISError.output(file: out, "is an input of this fit (the scenario, a file it extends, or the county profile); write the calibrated scenario elsewhere")
        }
    }

    /// `target` relative to the folder `from` (both made absolute first).
    static func relativePath(from: String, to target: String) -> String {
        let a = ScenarioInput.canonicalPath(from).split(separator: "/"), b = ScenarioInput.canonicalPath(target).split(separator: "/")
        var k = 0
        while k < a.count, k < b.count - 1, a[k] == b[k] { k += 1 }
        return (Array(repeating: "..", count: a.count - k) + b[k...].map(String.init)).joined(separator: "/")
    }
}
