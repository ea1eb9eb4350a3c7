import Cartography
import Foundation
import GIS
import Reports

/// The report of a comparison folder (`compare --out`): `comparison.json`, a run folder
/// per scenario, and `key-figures-by-run.csv` when present.
struct ComparisonFolderReport {
    var reader: RunFolderReader
    var maps: ReportMaps?
    var lang: ReportLanguage
    var rankBy: [String]?

    func document(_ folder: String) throws -> HTMLDocument {
        let path = (folder as NSString).appendingPathComponent("comparison.json")
        let json = try RunFolderReader.jsonObject(path, expected: "a comparison.json of `benkang compare --out`")
        guard let scenarios = json["scenarios"] as? [String], !scenarios.isEmpty, let runCount = (json["runs"] as? NSNumber)?.intValue,
              let seed = (json["seed"] as? NSNumber)?.uint64Value, let items = json["key_figures"] as? [[String: Any]] else {
            throw MapInputError("\(path): expected seed, runs, scenarios and key_figures, as `benkang compare --out` writes them")
        }
        var problems: [String] = []
        var figures: [ComparisonFigure] = []
        for (i, item) in items.enumerated() {
            guard let name = item["name"] as? String, let better = item["better"] as? String,
                  let values = item["values"] as? [String: Any], let diff = item["diff"] as? [String: Any] else {
                problems.append("\(path): key_figures[\(i)]: expected name, better, values and diff"); continue
            }
            var v: [Spread] = [], d: [Spread?] = []
            for (k, s) in scenarios.enumerated() {
                guard let value = values[s].flatMap(RunFolderReader.spread) else { problems.append("\(path): key_figures[\(i)] (\(name)).values.\(s): missing or not a number"); continue }
                v.append(value)
                if k == 0 { d.append(nil); continue }
                // A null difference: one run exits, the other not ("n/a").
                d.append(diff[s].flatMap { $0 is NSNull ? Spread(.nan) : Self.differenceSpread($0) })
            }
            figures.append(ComparisonFigure(name: name, better: better, values: v, differences: d))
        }
        try MapInputError.throwing(problems)
        let runs = try scenarios.map { name -> RunReportData in
            let dir = (folder as NSString).appendingPathComponent(name)
            guard RunFolderReader.isRunFolder(dir) else { throw MapInputError("\(dir): no summary.json (comparison.json names the scenario \(name); is the comparison folder complete?)") }
            return try reader.read(dir)
        }
        let byRunPath = (folder as NSString).appendingPathComponent("key-figures-by-run.csv")
        let byRun = FileManager.default.fileExists(atPath: byRunPath) ? try Self.byRun(byRunPath, scenarios: scenarios, runs: runCount) : nil
        let data = ComparisonReportData(folder: folder, scenarios: scenarios, runs: runs, figures: figures, runCount: runCount, seed: seed,
                                        byRun: byRun, rankFigures: rankBy ?? ComparisonReportData.defaultRankFigures)
        var figuresOut: [ReportFigure] = []
        var note: String?
        if let maps {
            // The maps of the strategy ranked first and its difference from the reference
            // (or, when the reference ranks first, of the runner-up).
            let order = ComparisonReportSections(data: data, language: lang).order().map(\.scenario)
            let best = order.first ?? 0
            let other = best != 0 ? best : (order.dropFirst().first ?? 0)
            let bestDir = (folder as NSString).appendingPathComponent(scenarios[best])
            let year = runs[0].targetYear
            figuresOut = try maps.runMaps(run: bestDir, name: scenarios[best], year: year, lang: lang, prefix: "map")
            if other != 0 {
                let refDir = (folder as NSString).appendingPathComponent(scenarios[0])
                let otherDir = (folder as NSString).appendingPathComponent(scenarios[other])
                figuresOut.append(try maps.map(id: "map-difference", caption: lang.t("\(year) 年贫困发生率之差：\(scenarios[other]) − \(scenarios[0])", "Incidence difference \(year): \(scenarios[other]) − \(scenarios[0])"),
                                               arguments: ["--run", refDir, "--compare", otherDir, "--theme", "incidence", "--year", String(year)]))
            }
            note = lang.t("地图为排名第一的情景 \(scenarios[best]) 的结果" + (other != 0 ? "；差值图为 \(scenarios[other]) 减参照 \(scenarios[0])。" : "。"),
                          "The maps show the strategy ranked first, \(scenarios[best])" + (other != 0 ? "; the difference map \(scenarios[other]) minus the reference \(scenarios[0])." : "."))
        }
        return ReportDocuments.comparison(data, maps: figuresOut, mapsNote: note, language: lang)
    }

    /// A difference: a number or {p10, p50, p90}, where null is "n/a" (not +∞).
    static func differenceSpread(_ v: Any) -> Spread? {
        if let n = v as? NSNumber { return Spread(n.doubleValue) }
        guard let o = v as? [String: Any] else { return nil }
        func q(_ k: String) -> Double? { o[k] is NSNull ? .nan : (o[k] as? NSNumber)?.doubleValue }
        guard let a = q("p10"), let b = q("p50"), let c = q("p90") else { return nil }
        return Spread(p10: a, p50: b, p90: c)
    }

    /// `key-figures-by-run.csv`: per scenario, each figure's values in run order.
    static func byRun(_ path: String, scenarios: [String], runs: Int) throws -> [[String: [Double]]] {
        let rows = try CSVTable.parse(try RunTableFile.text(path, expected: "a comparison's key-figures-by-run.csv"), file: path).filter { !($0.count == 1 && $0[0].isEmpty) }
        guard let header = rows.first, header.count >= 2, header[0] == "scenario", header[1] == "run" else {
            throw MapInputError("\(path):1: expected the columns scenario, run and the key figures")
        }
        var out = [[String: [Double]]](repeating: [:], count: scenarios.count)
        var problems: [String] = []
        for (n, row) in rows.enumerated().dropFirst() {
            guard row.count == header.count else { problems.append("\(path):\(n + 1): expected \(header.count) fields, found \(row.count)"); continue }
            guard let s = scenarios.firstIndex(of: row[0]) else { problems.append("\(path):\(n + 1):1: scenario '\(row[0])' is not one of comparison.json's"); continue }
            for c in 2..<header.count {
                let cell = row[c]
                let v: Double
                if let d = DecimalNumber.parse(cell) { v = d } else if cell.hasPrefix("not by") { v = .infinity } else if cell == "n/a" { v = .nan } else {
                    problems.append("\(path):\(n + 1):\(c + 1): \(header[c]): '\(cell)' is not a number"); continue
                }
                out[s][header[c], default: []].append(v)
            }
        }
        try MapInputError.throwing(problems)
        for (s, name) in scenarios.enumerated() where (out[s].values.first?.count ?? 0) != runs {
            problems.append("\(path): scenario \(name) has \(out[s].values.first?.count ?? 0) rows, comparison.json says \(runs) runs")
        }
        try MapInputError.throwing(problems)
        return out
    }
}
