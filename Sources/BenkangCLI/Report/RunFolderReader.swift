import Cartography
import Foundation
import GIS
import Planning
import Reports
import Simulation

/// Reads a run folder of `simulate` (or one scenario's folder of `compare`) back for the
/// report: `county.csv`, `summary.json`, `scenario.resolved.yaml` and, when present,
/// `targets.csv`; the county profile and village figure sources from the geodata folder.
/// Every problem is a ``MapInputError`` naming the file and the place (exit status 65).
struct RunFolderReader {
    var geodata: String
    var profile: CountyProfile
    var figureSourcesNote: String

    /// The files of a run folder the report reads (to refuse writing over one of them).
    static let inputNames = ["county.csv", "summary.json", "scenario.resolved.yaml", "targets.csv", "villages.csv", "flows.csv"]

    init(geodata: String) throws {
        self.geodata = geodata
        let profilePath = MapCounty.profilePath(geodata: geodata)
        guard FileManager.default.fileExists(atPath: profilePath) else {
            throw MapInputError("\(profilePath): no such file (the report needs the county profile of the geodata folder; pass --geodata DIR)")
        }
        profile = try CountyProfile.load(path: profilePath)
        let villagesPath = (geodata as NSString).appendingPathComponent("villages.geojson")
        let villages = FileManager.default.fileExists(atPath: villagesPath) ? try GeoJSONFile.read(path: villagesPath).object.asFeatureCollection : nil
        let note = FigureSources.note(villages: villages, metric: "poor_persons", titles: MapMetrics.titles)
        // No village says where its figures come from, or all are modelled: say so in words of the base year.
        figureSourcesNote = note == ThemeOptions.simulatedValuesNote
            ? "模型推算：未导入村级数据（\(villagesPath) 无 imported 或 real 的 figure_sources），各村贫困人口、人口和收入由县概况的全县数字推算 — modelled: no village figure is imported; the villages' poor persons, population and income are modelled from the profile's county totals (geodata/README.md)"
            : note
    }

    static func isRunFolder(_ dir: String) -> Bool {
        FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent("summary.json"))
    }

    static func isComparisonFolder(_ dir: String) -> Bool {
        FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent("comparison.json"))
    }

    func read(_ dir: String) throws -> RunReportData {
        func path(_ n: String) -> String { (dir as NSString).appendingPathComponent(n) }
        let summaryPath = path("summary.json")
        let summary = try Self.jsonObject(summaryPath, expected: "a run's summary.json")
        var problems: [String] = []
        guard let seed = (summary["seed"] as? NSNumber)?.uint64Value, let runs = (summary["runs"] as? NSNumber)?.intValue else {
            throw MapInputError("\(summaryPath): expected the keys seed and runs (integers), as `benkang simulate` writes them")
        }
        var kpis: [String: Spread] = [:]
        for (k, v) in (summary["kpis"] as? [String: Any]) ?? [:] {
            if let s = Self.spread(v) { kpis[k] = s } else { problems.append("\(summaryPath): kpis.\(k): expected a number, null or {p10, p50, p90}") }
        }
        var calibration: [CalibrationLine] = []
        for (i, item) in ((summary["calibration"] as? [Any]) ?? []).enumerated() {
            guard let o = item as? [String: Any], let id = o["id"] as? String, let figure = o["figure"] as? String,
                  let year = (o["year"] as? NSNumber)?.intValue, let reported = (o["reported"] as? NSNumber)?.doubleValue else {
                problems.append("\(summaryPath): calibration[\(i)]: expected id, figure, year and reported"); continue
            }
            let p50 = (o["simulated_p50"] as? NSNumber)?.doubleValue
            let sim = p50.map { Spread(p10: (o["simulated_p10"] as? NSNumber)?.doubleValue ?? $0, p50: $0, p90: (o["simulated_p90"] as? NSNumber)?.doubleValue ?? $0) }
            let target = profile.calibration.first { $0.id == id }
            calibration.append(CalibrationLine(id: id, figure: figure, year: year, reported: reported, simulated: sim,
                                               shareOfRuns: (o["share_of_runs"] as? NSNumber)?.doubleValue, passes: (o["passes"] as? Bool) ?? false,
                                               concept: target?.concept ?? "", source: target?.source ?? ""))
        }
        try MapInputError.throwing(problems)

        let countyPath = path("county.csv")
        let countyRows = try CSVTable.parse(try RunTableFile.text(countyPath, expected: "a run's county.csv"), file: countyPath).filter { !($0.count == 1 && $0[0].isEmpty) }
        guard let header = countyRows.first, let yi = header.firstIndex(of: "year") else {
            throw MapInputError("\(countyPath):1: expected a header with the column year")
        }
        var county: [String: [Double]] = [:]
        var years: [Int] = []
        for (n, row) in countyRows.enumerated().dropFirst() {
            guard row.count == header.count else { problems.append("\(countyPath):\(n + 1): expected \(header.count) fields, found \(row.count)"); continue }
            guard let y = Int(row[yi]) else { problems.append("\(countyPath):\(n + 1):\(yi + 1): year '\(row[yi])' is not a whole year"); continue }
            years.append(y)
            for (c, name) in header.enumerated() {
                guard let v = DecimalNumber.parse(row[c]) else {
                    problems.append("\(countyPath):\(n + 1):\(c + 1): \(name): '\(row[c])' is not a decimal number"); continue
                }
                county[name, default: []].append(v)
            }
        }
        try MapInputError.throwing(problems)
        guard !years.isEmpty else { throw MapInputError("\(countyPath): no year rows") }

        let scenarioPath = path("scenario.resolved.yaml")
        let scenario = try ScenarioInput.scenario(at: scenarioPath)
        let yamlText = try ScenarioInput.readText(scenarioPath)
        let defaults = yamlText.split(separator: "\n").filter { $0.hasSuffix("# default") }.count
        let targetsPath = path("targets.csv")
        let targets = FileManager.default.fileExists(atPath: targetsPath) ? try Self.targets(targetsPath) : nil
        return RunReportData(name: scenario.name, folder: dir, scenario: scenario, defaultKeyCount: defaults, keyCount: scenario.values.count,
                             seed: seed, runs: runs, years: years, county: county, kpis: kpis, calibration: calibration, targets: targets,
                             poorVillages: profile.poverty.poorVillages, profile: profile, figureSourcesNote: figureSourcesNote)
    }

    /// A KPI: a number, null (+∞: a year that did not come) or {p10, p50, p90}.
    static func spread(_ v: Any) -> Spread? {
        if v is NSNull { return Spread(.infinity) }
        if let n = v as? NSNumber { return Spread(n.doubleValue) }
        guard let o = v as? [String: Any] else { return nil }
        func q(_ k: String) -> Double? { o[k] is NSNull ? .infinity : (o[k] as? NSNumber)?.doubleValue }
        guard let a = q("p10"), let b = q("p50"), let c = q("p90") else { return nil }
        return Spread(p10: a, p50: b, p90: c)
    }

    /// A JSON object file.
    static func jsonObject(_ path: String, expected: String) throws -> [String: Any] {
        let text = try RunTableFile.text(path, expected: expected)
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw MapInputError("\(path): not a JSON object (expected \(expected))")
        }
        return object
    }

    /// `targets.csv`: program, year, target, achieved, unit, budget_yuan, spent_yuan, binding, note.
    static func targets(_ path: String) throws -> [ProgramTarget] {
        let rows = try CSVTable.parse(try RunTableFile.text(path, expected: "a run's targets.csv"), file: path).filter { !($0.count == 1 && $0[0].isEmpty) }
        guard let header = rows.first else { throw MapInputError("\(path):1: empty file, expected a header line") }
        let required = ["program", "year", "target", "achieved", "binding"]
        let missing = required.filter { !header.contains($0) }
        guard missing.isEmpty else { throw MapInputError("\(path):1: missing column(s) \(missing.joined(separator: ", ")); expected program, year, target, achieved, unit, budget_yuan, spent_yuan, binding, note") }
        var out: [ProgramTarget] = []
        var problems: [String] = []
        for (n, row) in rows.enumerated().dropFirst() {
            guard row.count == header.count else { problems.append("\(path):\(n + 1): expected \(header.count) fields, found \(row.count)"); continue }
            var cells: [String: String] = [:]
            for (c, name) in header.enumerated() { cells[name] = row[c] }
            func number(_ k: String) -> Double? {
                guard let t = cells[k], !t.isEmpty else { return nil }
                guard let v = DecimalNumber.parse(t) else { problems.append("\(path):\(n + 1):\((header.firstIndex(of: k) ?? 0) + 1): \(k): '\(t)' is not a decimal number"); return nil }
                return v
            }
            guard let year = Int(cells["year"] ?? "") else { problems.append("\(path):\(n + 1): year '\(cells["year"] ?? "")' is not a whole year"); continue }
            let binding = cells["binding"] ?? "none"
            if !["budget", "capacity", "eligible_pool", "none", ""].contains(binding) {
                problems.append("\(path):\(n + 1):\((header.firstIndex(of: "binding") ?? 0) + 1): binding '\(binding)' is not one of budget, capacity, eligible_pool, none")
            }
            out.append(ProgramTarget(program: cells["program"] ?? "", year: year, target: number("target"), achieved: number("achieved"),
                                     unit: cells["unit"] ?? "", budgetYuan: number("budget_yuan"), spentYuan: number("spent_yuan"),
                                     binding: binding.isEmpty ? "none" : binding, note: cells["note"] ?? ""))
        }
        try MapInputError.throwing(problems)
        return out
    }
}
