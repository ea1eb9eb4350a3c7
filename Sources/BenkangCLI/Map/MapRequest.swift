import Cartography
import Foundation
import GIS

/// A map request: the spec merged with the command line, resolved into a composition.
struct MapRequest {
    var spec: MapSpec
    var theme: MapSpec.ThemeSpec?
    var geodata: String
    var page: PageSize
    var output: String
    var smallMultiples: Bool
    var symbols: Bool

    init(spec: MapSpec, command c: MapCommand) throws {
        self.spec = spec
        geodata = c.geodata
        let pageName = c.page ?? spec.page ?? "a3-landscape"
        guard let p = PageSize(named: pageName) else {
            throw MapInputError("unknown page '\(pageName)'; expected a4-portrait, a4-landscape, a3-portrait, a3-landscape or WxH in mm")
        }
        page = p
        var t = spec.theme
        if c.theme != nil || c.runDirectory != nil || c.compare != nil || c.smallMultiples {
            if t == nil { t = MapSpec.ThemeSpec() }
        }
        if var tt = t {
            // Flags override the spec's theme too (scenarios/maps/README.md).
            if let v = c.theme { tt.metric = v }
            if let v = c.runDirectory { tt.run = v }
            if let v = c.year {
                guard MapSpec.yearRange.contains(v) else { throw MapInputError("--year must be \(MapSpec.yearRange.lowerBound)…\(MapSpec.yearRange.upperBound), got \(v)") }
                tt.year = v
            }
            if let v = c.compare { tt.compare = v; tt.kind = "difference" }
            if let m = c.method { guard ClassificationMethod(rawValue: m) != nil else { throw MapInputError("unknown method '\(m)'") }; tt.method = m }
            if let n = c.classes {
                guard (2...11).contains(n) else { throw MapInputError("--classes must be 2…11, got \(n)") }
                tt.classes = n
            }
            if let p = c.palette {
                guard ColorBrewer.kind(of: p) != nil else { throw MapInputError("unknown palette '\(p)'; expected \(ColorBrewer.names.joined(separator: ", "))") }
                tt.palette = p
            }
            if let b = c.breaks { tt.breaks = try b.split(separator: ",").map { s in
                guard let d = Double(s.trimmingCharacters(in: .whitespaces)) else { throw MapInputError("--breaks: '\(s)' is not a number") }
                return d } }
            if c.smallMultiples { tt.kind = "small-multiples" }
            if c.symbols { tt.kind = "symbols" }
            if tt.metric == "exit_year" { tt.kind = "exit-year" }
            if tt.metric == "flows" { tt.kind = "flows" }
            guard tt.run != nil else { throw MapInputError("a thematic map needs --run DIR (a simulation run folder)") }
            guard tt.metric != nil || tt.kind == "flows" || tt.kind == "exit-year" else { throw MapInputError("a thematic map needs --theme METRIC") }
            t = tt
        }
        theme = t
        smallMultiples = c.smallMultiples
        symbols = c.symbols
        output = c.output ?? spec.output ?? "out/map.svg"
        if let sc = c.scale {
            guard MapSpec.scaleRange.contains(sc) else { throw MapInputError("--scale must be \(MapSpec.scaleRangeText), got \(sc)") }
            self.spec.scale = sc
        }
    }

    func render() throws -> RenderedMap {
        var composition: MapComposition
        let project: Projector
        if let theme {
            (composition, project) = try themed(theme)
        } else {
            let names = Set(spec.layers ?? PlanLayers.layerNames)
            let layers = try GeodataLoader.load(directory: geodata, names: names, required: spec.layers.map(Set.init) ?? [])
            let county = try MapCounty.load(geodata: geodata, county: layers.county)
            project = try Self.projector(to: county.planningCRS)
            composition = BaseMap(layers: layers, include: names, texts: county.texts)
                .composition(title: spec.title ?? county.title, subtitle: spec.subtitle ?? county.subtitle, page: page)
        }
        composition.scaleDenominator = spec.scale
        if let g = spec.graticuleDegrees { composition.graticuleStepDegrees = g }
        if let s = spec.simplifyMillimetres { composition.simplifyToleranceMillimetres = s }
        return try MapRenderer(composition, project: project).render()
    }

    /// Lon/lat (EPSG:4326) to the county's planning CRS.
    static func projector(to planningCRS: String) throws -> Projector {
        let transformation = try Transformation(from: PlanningCRS.geographicCode, to: planningCRS)
        return { try transformation.transform($0) }
    }
}
