import Cartography
import Foundation
import GIS

extension MapRequest {
    /// Display titles of the run's metrics.
    static let metricTitles: [String: (String, Int)] = [
        "population": ("人口 Population (persons)", 0), "poor_persons": ("贫困人口 Poor persons", 0),
        "incidence": ("贫困发生率 Poverty incidence (%)", 1), "income_per_capita": ("人均收入 Income per capita (yuan/person/yr)", 0),
        "exited": ("已退出 Exited (1 = yes)", 0), "exit_year": ("退出年份 Exit year", 0),
        "households": ("户数 Households", 0), "poor_households": ("贫困户 Poor households", 0)]

    /// The thematic map's composition and the projector it is drawn with.
    func themed(_ t: MapSpec.ThemeSpec) throws -> (MapComposition, Projector) {
        let layers = try GeodataLoader.load(directory: geodata, names: ["villages", "townships", "county", "neighbours", "sites"],
                                            required: ["villages"])
        let county = try MapCounty.load(geodata: geodata, county: layers.county)
        let project = try Self.projector(to: county.planningCRS)
        return (try themed(t, layers: layers, texts: county.texts, project: project), project)
    }

    func themed(_ t: MapSpec.ThemeSpec, layers: PlanLayers, texts: PlanMapTexts, project: @escaping Projector) throws -> MapComposition {
        let runDir = t.run!
        let metric = t.metric ?? (t.kind == "flows" ? "flows" : "exit_year")
        let (title, decimals) = Self.metricTitles[metric] ?? (metric, 2)
        var o = ThemeOptions(metric: metric, metricTitle: title)
        o.decimals = decimals
        if let m = t.method { o.method = ClassificationMethod(rawValue: m)! }
        if let n = t.classes { o.classes = n }
        if let p = t.palette { o.palette = p }
        if let b = t.breaks { o.breaks(b) }
        o.valuesNote = FigureSources.note(villages: layers.villages, metric: metric, titles: Self.metricTitles)
        let runName = (runDir as NSString).lastPathComponent
        if t.kind == "flows" {
            let flows = try FlowTable.read(path: (runDir as NSString).appendingPathComponent("flows.csv"), year: t.year)
            var sites: [String: Position] = [:]
            for (i, f) in (layers.sites?.features ?? []).enumerated() {
                if case .point(let p)? = f.geometry { sites[f[property: "id"]?.stringValue ?? "\(i)"] = p }
            }
            let relocationFlows = flows.map { RelocationFlow(fromVillage: $0.from, toSite: $0.to, persons: $0.persons) }
            let map = ThematicMap(base: layers, options: o, texts: texts)
            let unplaced = map.unplacedPersons(relocationFlows, sites: sites)
            if unplaced.flows > 0 {
                printError("map: \(unplaced.flows) flow(s), \(SVGText.number(unplaced.persons, decimals: 0)) persons, left off the map: their village or site is not in \(geodata)")
            }
            return try map.flows(relocationFlows,
                sites: sites, title: spec.title ?? "易地扶贫搬迁流向 Ex-situ relocation flows" + (t.year.map { " \($0)" } ?? ""),
                subtitle: spec.subtitle ?? "Run \(runName): origin village → resettlement site, line width ∝ persons moved", page: page, project: project,
                scaleDenominator: spec.scale)
        }
        let table = try RunTable(path: (runDir as NSString).appendingPathComponent("villages.csv"))
        if t.kind == "exit-year" {
            o.categorical = true; o.palette = t.palette ?? "YlGnBu"
            let values = try table.exitYears()
            o.noDataLabel = "未退出或非贫困村 Not exited / not a poor village"
            return try ThematicMap(base: layers, options: o, texts: texts).choropleth(values, title: spec.title ?? "贫困村退出年份 Year each village exits poverty",
                                                                          subtitle: spec.subtitle ?? "Run \(runName): first year each poor village meets the village exit rule", page: page)
        }
        if t.kind == "small-multiples" {
            let years = table.years
            let series = try years.map { y in
                (year: y, values: try table.values(metric: metric, year: y).mapValues { metric == "incidence" ? $0 * 100 : $0 })
            }
            return try ThematicMap(base: layers, options: o, texts: texts).smallMultiples(series, title: spec.title ?? "\(title), \(years.first ?? 0)–\(years.last ?? 0)",
                                                                            subtitle: spec.subtitle ?? "Run \(runName); shared class breaks (\(o.method.rawValue))", page: page)
        }
        // A difference map defaults to the run's last year: the first (the base year) is the same in both runs.
        guard let year = t.year ?? (t.kind == "difference" ? table.years.last : table.years.first) else {
            throw MapInputError("\(runDir)/villages.csv: no year rows")
        }
        var values = try table.values(metric: metric, year: year)
        if metric == "incidence" { values = values.mapValues { $0 * 100 } }
        var subtitle = "Run \(runName), \(year); \(o.method.rawValue) classes, ColorBrewer \(o.palette)"
        if t.kind == "difference", let other = t.compare {
            let table2 = try RunTable(path: (other as NSString).appendingPathComponent("villages.csv"))
            var v2 = try table2.values(metric: metric, year: year)
            if metric == "incidence" { v2 = v2.mapValues { $0 * 100 } }
            values = Dictionary(uniqueKeysWithValues: values.keys.filter { v2[$0] != nil }.map { ($0, v2[$0]! - values[$0]!) })
            var m = values.values.map { abs($0) }.max() ?? 1
            if m == 0 || !m.isFinite { m = 1 }
            o.palette = t.palette ?? "RdBu"; o.method = .manual
            // Always symmetric with a neutral middle class (7 by default); the ends are ±max|Δ|
            // so no class is dropped when every change has one sign.
            let k = min(Classifier.symmetricClassCount(t.classes ?? 7), ColorBrewer.maximumClasses(o.palette) % 2 == 0
                        ? ColorBrewer.maximumClasses(o.palette) - 1 : ColorBrewer.maximumClasses(o.palette))
            o.manualBreaks = Classifier.symmetricBreaks(maximumMagnitude: m, classes: k)
            o.classes = k
            o.symmetricRange = m
            o.metricTitle = "差值 Difference: " + title
            o.reversePalette = ["poor_persons", "incidence", "poor_households"].contains(metric)
            let otherName = (other as NSString).lastPathComponent
            subtitle = "\(otherName) − \(runName), \(year); diverging \(o.palette), symmetric breaks" + (o.reversePalette ? "; red: more poverty in \(otherName)" : "")
            let differenceTitle = "\(title): \(otherName) − \(runName), \(year)"
            return try ThematicMap(base: layers, options: o, texts: texts).choropleth(values, title: spec.title ?? differenceTitle, subtitle: spec.subtitle ?? subtitle, page: page)
        }
        let map = ThematicMap(base: layers, options: o, texts: texts)
        if t.kind == "symbols" {
            return map.proportionalSymbols(values, title: spec.title ?? "\(title), \(year)", subtitle: spec.subtitle ?? "Run \(runName); circle area ∝ value", page: page)
        }
        return try map.choropleth(values, title: spec.title ?? "\(title), \(year)", subtitle: spec.subtitle ?? subtitle, page: page)
    }
}

extension ThemeOptions {
    mutating func breaks(_ b: [Double]) { manualBreaks = b; method = .manual }
}
