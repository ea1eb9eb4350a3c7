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
    /// The township sheet's code (`--township` or the spec's `township`), nil for the county.
    var township: String?

    /// A request of given parts (the atlas's pages).
    init(spec: MapSpec, geodata: String, page: PageSize, output: String, township: String?, theme: MapSpec.ThemeSpec?) {
        self.spec = spec; self.geodata = geodata; self.page = page; self.output = output; self.township = township; self.theme = theme
    }

    /// Merges the command's flags over the spec (flags win, scenarios/maps/README.md).
    /// Flag values were checked when parsed (``MapArguments``, `MapCommand.validate`).
    /// - Throws: ``MapInputError`` for a thematic map without a run or a metric.
    init(spec: MapSpec, command c: MapCommand) throws {
        self.spec = spec
        geodata = c.geodata
        page = c.page ?? spec.page ?? .a3Landscape
        var t = spec.theme
        if c.theme != nil || c.runDirectory != nil || c.compare != nil || c.smallMultiples || c.symbols || c.kind != nil {
            if t == nil { t = MapSpec.ThemeSpec() }
        }
        if var tt = t {
            if let v = c.theme { tt.metric = v }
            if let v = c.runDirectory { tt.run = v }
            if let v = c.year { tt.year = v }
            if let v = c.kind { tt.kind = v; tt.kindIsExplicit = true }
            if let v = c.compare { tt.compare = v; tt.kind = .difference }
            if let m = c.method { tt.method = m }
            if let n = c.classes { tt.classes = n }
            if let p = c.palette { tt.palette = p }
            if let b = c.breaks { tt.breaks = b }
            if c.smallMultiples { tt.kind = .smallMultiples; tt.kindIsExplicit = true }
            if c.symbols { tt.kind = .symbols; tt.kindIsExplicit = true }
            if tt.metric == MapMetrics.exitYear { tt.kind = .exitYear }
            if tt.metric == MapMetrics.flows { tt.kind = .flows }
            guard tt.run != nil else { throw MapInputError("a thematic map needs --run DIR (a simulation run folder)") }
            guard tt.metric != nil || tt.kind == .flows || tt.kind == .exitYear else { throw MapInputError("a thematic map needs --theme METRIC") }
            guard tt.kind != .difference || tt.compare != nil else { throw MapInputError("a difference map needs --compare DIR2 (theme.compare)") }
            t = tt
        }
        theme = t
        township = c.township ?? spec.township
        if township != nil && t != nil { throw MapInputError("a township sheet (township: \(township!)) is a base map; it cannot have a theme") }
        output = c.output ?? spec.output ?? "out/map.svg"
        if let sc = c.scale { self.spec.scale = sc }
    }

    func render() throws -> RenderedMap {
        var composition: MapComposition
        let project: Projector
        if let theme {
            (composition, project) = try themed(theme)
        } else {
            let names = Set(spec.layers ?? PlanLayers.layerNames)
            // The county outline fixes the map's extent: without it the map would be blank; a township sheet needs its townships.
            let layers = try GeodataLoader.load(directory: geodata, names: township == nil ? names : names.union(["townships", "villages"]),
                                                required: Set(spec.layers ?? []).union(township == nil ? ["county"] : ["county", "townships"]))
            let county = try MapCounty.load(geodata: geodata, county: layers.county)
            project = try Self.projector(to: county.planningCRS)
            var base = BaseMap(layers: layers, include: names, texts: county.texts)
            base.detail = spec.detail ?? .plan
            base.lineClip = spec.clip ?? .county
            if let code = township {
                composition = try TownshipSheet(code: code, layers: layers, file: (geodata as NSString).appendingPathComponent(PlanLayers.fileNames["townships"]!))
                    .composition(base: base, title: nil, subtitle: nil, countyName: county.texts.countyLabel,
                                 titleBlock: spec.titleBlock.map { var b = $0; b.name = nil; return b }, page: page)
            } else {
                composition = base.composition(title: spec.title ?? county.title, subtitle: spec.subtitle ?? county.subtitle, page: page)
                composition.titleBlock = spec.titleBlock
            }
        }
        if theme != nil { composition.titleBlock = spec.titleBlock }

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
