import Foundation
import GIS
import Reports
import Simulation

/// The one writer of the outputs of `simulate` and `compare`, used by those commands and
/// by `merge`, so that a merged set of shards gives the same bytes as a single process.
enum RunOutputs {
    /// What `simulate` prints: the county table per year and, for a scenario with
    /// `calibration: true`, its calibration.
    static func simulateReport(world: SimulationWorld, results: [RunResult]) -> String {
        var text = CountyReport.render(EnsembleView(runs: results), world: world)
        if world.scenario.calibration {
            text += "\n" + CalibrationReport.render(results, world: world)
        }
        return text
    }

    /// `simulate`'s files of `results` (in run order) into `dir`, then commits the folder.
    /// The files are made on `threads` workers (nil: every CPU the process may use), the
    /// same bytes for any number.
    /// - Throws: `GISError` (the geodata's villages cannot be read, a file cannot be written).
    static func writeSimulate(_ dir: OutputDirectory, world: SimulationWorld, results: [RunResult], seed: UInt64,
                              geodata: String, tables: RunFiles.TableOptions, threads: Int? = nil) throws {
        try writeSimulate(dir, world: world, results: results, seed: seed, villages: try villagePolygons(geodata: geodata),
                          tables: tables, threads: threads)
    }

    /// The geodata's village polygons, which `villages.geojson` joins the results into.
    /// - Throws: `GISError` when `villages.geojson` cannot be read.
    static func villagePolygons(geodata: String) throws -> FeatureCollection {
        try GeoJSONFile.read(path: geodata + "/villages.geojson").object.asFeatureCollection
    }

    /// The same with the village polygons already read (``villagePolygons(geodata:)``),
    /// e.g. while the runs ran.
    static func writeSimulate(_ dir: OutputDirectory, world: SimulationWorld, results: [RunResult], seed: UInt64,
                              villages: FeatureCollection, tables: RunFiles.TableOptions, threads: Int? = nil) throws {
        let view = EnsembleView(runs: results)
        for file in try RunFiles.files(view, world: world, seed: seed, villages: villages, tables: tables, threads: threads) {
            try dir.write(file.bytes, file.name)
        }
        try dir.write(ScenarioInput.resolvedYAML(world), "scenario.resolved.yaml")
        try dir.commit()
    }

    /// The comparison of `results[k]` (in run order) of scenario k, named `names[k]`.
    static func comparison(names: [String], worlds: [SimulationWorld], results: [[RunResult]], seed: UInt64) -> ScenarioComparison {
        let figures = zip(worlds, results).map { world, rs in rs.map { RelocationKPIs.of($0, world: world) } }
        return ScenarioComparison(scenarios: names, runs: figures, seed: seed, endYear: worlds[0].years.upperBound)
    }

    /// The calibration lines `compare` prints after a table or markdown comparison.
    static func compareCalibrations(names: [String], worlds: [SimulationWorld], results: [[RunResult]]) -> [String] {
        zip(names, zip(worlds, results)).compactMap { name, wr in compareCalibration(name: name, world: wr.0, results: wr.1) }
    }

    /// One scenario's calibration as `compare` prints it, headed by its column name; nil
    /// unless the scenario sets `calibration: true`.
    static func compareCalibration(name: String, world: SimulationWorld, results: [RunResult]) -> String? {
        world.scenario.calibration ? "\(name): " + CalibrationReport.render(results, world: world) : nil
    }

    /// Each scenario's simulate outputs in `folder/<names[k]>/` (the subfolder names: the
    /// files' stems), plus the comparison in every format, then commits the folder.
    static func writeCompare(_ folder: OutputDirectory, names: [String], worlds: [SimulationWorld], results: [[RunResult]],
                             seed: UInt64, comparison: ScenarioComparison, geodata: String,
                             tables: RunFiles.TableOptions, threads: Int? = nil) throws {
        do {
            let villages = try GeoJSONFile.read(path: geodata + "/villages.geojson").object.asFeatureCollection
            for (k, name) in names.enumerated() {
                let view = EnsembleView(runs: results[k]), world = worlds[k]
                let sub = try folder.makeSubfolder(name)
                for file in try RunFiles.files(view, world: world, seed: seed, villages: villages, relocation: true, tables: tables,
                                               threads: threads) {
                    try AtomicFile.write(file.bytes, to: sub + "/" + file.name)
                }
                try AtomicFile.write(ScenarioInput.resolvedYAML(world), to: sub + "/scenario.resolved.yaml")
            }
            for f in ComparisonReport.Format.allCases where f != .csv {
                let ext = f == .markdown ? "md" : f == .table ? "txt" : f.rawValue
                try folder.write(ComparisonReport.render(comparison, format: f), "comparison.\(ext)")
            }
            // comparison.csv (and .xlsx) as the other tables: a byte-order mark unless --no-bom.
            for file in try RunFiles.tableFiles(ComparisonReport.table(comparison), name: "comparison", options: tables) {
                try folder.write(file.bytes, file.name)
            }
            // Every run's key figures, for the share of runs each strategy wins (benkang report).
            try folder.write(RunFiles.csvBytes(CSVWriter.render(KeyFiguresByRunTable.table(comparison)), options: tables), "key-figures-by-run.csv")
            try folder.commit()
        } catch {
            folder.discard()
            throw error
        }
    }
}
