import Cartography
import Foundation
import GIS

extension MapRequest {
    /// The thematic map's composition and the projector it is drawn with.
    func themed(_ t: MapSpec.ThemeSpec) throws -> (MapComposition, Projector) {
        let layers = try GeodataLoader.load(directory: geodata, names: ["villages", "townships", "county", "neighbours", "sites"],
                                            required: ["villages"])
        let county = try MapCounty.load(geodata: geodata, county: layers.county)
        let project = try Self.projector(to: county.planningCRS)
        return (try themed(t, layers: layers, texts: county.texts, project: project), project)
    }

    /// Reads the run's tables, checks them against the geodata and the asked-for year, and
    /// hands plain values to Cartography, which computes and draws the theme.
    func themed(_ t: MapSpec.ThemeSpec, layers: PlanLayers, texts: PlanMapTexts, project: @escaping Projector) throws -> MapComposition {
        guard let runDir = t.run else { throw MapInputError("a thematic map needs --run DIR (a simulation run folder)") }
        let metric = t.metric ?? (t.kind == .flows ? MapMetrics.flows : MapMetrics.exitYear)
        let display = MapMetrics.display(metric)
        var o = ThemeOptions(metric: metric, display: display, theme: t)
        o.valuesNote = FigureSources.note(villages: layers.villages, metric: metric, titles: MapMetrics.titles)
        let runName = (runDir as NSString).lastPathComponent
        let villagesFile = (runDir as NSString).appendingPathComponent("villages.csv")
        let villageLayerFile = (geodata as NSString).appendingPathComponent(PlanLayers.fileNames["villages"]!)
        let villageIDs = Set((layers.villages?.features ?? []).enumerated().map { $0.element.stableID(index: $0.offset) })
        if t.kind == .flows {
            // The year must be one of the run's (villages.csv's years, when the run has one).
            if let year = t.year, FileManager.default.fileExists(atPath: villagesFile) { try RunTable(path: villagesFile).checkYear(year) }
            let flows = try FlowTable.read(path: (runDir as NSString).appendingPathComponent("flows.csv"), year: t.year)
            var sites: [String: Position] = [:]
            for (i, f) in (layers.sites?.features ?? []).enumerated() {
                if case .point(let p)? = f.geometry { sites[f[property: "id"]?.stringValue ?? "\(i)"] = p }
            }
            let relocationFlows = flows.map { RelocationFlow(fromVillage: $0.from, toSite: $0.to, persons: $0.persons) }
            let map = ThematicMap(base: layers, options: o, texts: texts)
            let unplaced = map.unplacedPersons(relocationFlows, sites: sites)
            if unplaced.flows > 0 {
                printError(StatusMessage.mapFlowsLeftOff.format(String(unplaced.flows), SVGText.number(unplaced.persons, decimals: 0), geodata))
            }
            return try map.flows(relocationFlows,
                sites: sites, title: spec.title ?? "易地扶贫搬迁流向 Ex-situ relocation flows" + (t.year.map { " \($0)" } ?? ""),
                subtitle: spec.subtitle ?? "Run \(runName): origin village → resettlement site, line width ∝ persons moved", page: page, project: project,
                scaleDenominator: spec.scale)
        }
        let table = try RunTable(path: villagesFile)
        if let year = t.year { try table.checkYear(year) }
        try table.checkVillages(villageIDs, layerFile: villageLayerFile)
        o.noDataDescription = Self.unsimulatedDescription(layers.villages, simulated: table.villageIDs)
        if t.kind == .exitYear {
            let values = try table.exitYears(upTo: t.year)
            let poor = table.poorVillageIDs
            let notPoor = table.villageIDs.subtracting(poor)
            o.unvaluedClasses = [
                UnvaluedClass(label: "非贫困村 Not a poor village", fill: "#f4f4f4", villageIDs: notPoor),
                UnvaluedClass(label: "未退出 Not exited" + (t.year.map { " by \($0)" } ?? " by the last year"), fill: "#8c8c8c",
                              villageIDs: poor.subtracting(values.keys)),
            ]
            let title = "贫困村退出年份 Year each village exits poverty" + (t.year.map { ", by \($0)" } ?? "")
            return try ThematicMap(base: layers, options: o, texts: texts).choropleth(values, title: spec.title ?? title,
                subtitle: spec.subtitle ?? "Run \(runName): first year each poor village meets the village exit rule", page: page)
        }
        // A count (persons, households) is drawn as circles unless a kind was named: a choropleth of counts misleads.
        // Asking for classes (method, classes, breaks) asks for a choropleth.
        let classesAsked = t.method != nil || t.classes != nil || t.breaks != nil
        let countAsSymbols = display.countUnit != nil && !classesAsked
        if t.kind == .smallMultiples {
            let years = table.years.filter { y in t.year.map { y <= $0 } ?? true }
            let series = try years.map { y in (year: y, values: display.shown(try table.values(metric: metric, year: y))) }
            if countAsSymbols {
                return ThematicMap(base: layers, options: o, texts: texts).smallMultipleSymbols(series, title: spec.title ?? "\(display.title), \(years.first ?? 0)–\(years.last ?? 0)",
                    subtitle: spec.subtitle ?? "Run \(runName); circle area ∝ value, one scale for every year", page: page)
            }
            return try ThematicMap(base: layers, options: o, texts: texts).smallMultiples(series, title: spec.title ?? "\(display.title), \(years.first ?? 0)–\(years.last ?? 0)",
                subtitle: spec.subtitle ?? "Run \(runName); shared class breaks (\(o.method.rawValue))", page: page)
        }
        // A difference map defaults to the run's last year: the first (the base year) is the same in both runs.
        guard let year = t.year ?? (t.kind == .difference ? table.years.last : table.years.first) else {
            throw MapInputError("\(villagesFile): no year rows")
        }
        let values = display.shown(try table.values(metric: metric, year: year))
        if t.kind == .difference, let other = t.compare {
            let table2 = try RunTable(path: (other as NSString).appendingPathComponent("villages.csv"))
            try table.checkSameRows(as: table2)
            let difference = DifferenceTheme(base: values, other: display.shown(try table2.values(metric: metric, year: year)))
            let d = difference.options(o, metric: display, classes: t.classes, palette: t.palette)
            let otherName = (other as NSString).lastPathComponent
            let subtitle = "\(otherName) − \(runName), \(year); diverging \(d.palette), symmetric breaks" + (d.reversePalette ? "; red: more poverty in \(otherName)" : "")
            return try ThematicMap(base: layers, options: d, texts: texts).choropleth(difference.differences,
                title: spec.title ?? "\(display.title): \(otherName) − \(runName), \(year)", subtitle: spec.subtitle ?? subtitle, page: page)
        }
        let map = ThematicMap(base: layers, options: o, texts: texts)
        if t.kind == .symbols || (countAsSymbols && t.kind == .choropleth && !t.kindIsExplicit) {
            return map.proportionalSymbols(values, title: spec.title ?? "\(display.title), \(year)", subtitle: spec.subtitle ?? "Run \(runName), \(year); circle area ∝ value", page: page)
        }
        let subtitle = "Run \(runName), \(year); \(o.method.rawValue) classes, ColorBrewer \(o.palette)"
        return try map.choropleth(values, title: spec.title ?? "\(display.title), \(year)", subtitle: spec.subtitle ?? subtitle, page: page)
    }

    /// What the geodata's villages without a row in the run are, by their `kind`
    /// (e.g. "社区 47 个, not simulated"); nil when every village was simulated.
    static func unsimulatedDescription(_ villages: FeatureCollection?, simulated: Set<String>) -> String? {
        var kinds: [String: Int] = [:]
        for (i, f) in (villages?.features ?? []).enumerated() where f.geometry != nil && !simulated.contains(f.stableID(index: i)) {
            let k: String
            if case .string(let s)? = f[property: "kind"], !s.isEmpty { k = s } else { k = "村 village" }
            kinds[k, default: 0] += 1
        }
        guard !kinds.isEmpty else { return nil }
        return kinds.keys.sorted().map { "\($0) \(kinds[$0]!) 个" }.joined(separator: ", ") + ", 未模拟 not simulated"
    }
}
