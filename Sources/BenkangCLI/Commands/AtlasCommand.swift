import ArgumentParser
import Cartography
import Foundation
import GIS
import MapPrint

/// `benkang atlas`: one PDF with the county overview and one sheet (分幅图) per township.
struct AtlasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atlas",
        abstract: MapMessage.atlasAbstract.text,
        discussion: MapMessage.atlasDiscussion.text)

    @Option(help: MapMessage.atlasSpec.help)
    var spec: String?
    @Option(help: MapMessage.mapGeodata.help)
    var geodata: String = "geodata"
    @Option(name: .customLong("run"), help: MapMessage.atlasRun.help)
    var runDirectory: String?
    @Option(help: MapMessage.atlasTheme.help)
    var theme: String?
    @Option(help: MapMessage.atlasYear.help)
    var year: Int?
    @Option(help: MapMessage.mapPage.help, transform: MapArguments.page)
    var page: PageSize?
    @Option(name: .shortAndLong, help: MapMessage.atlasOutput.help)
    var output: String

    func validate() throws {
        if let year, !MapSpec.yearRange.contains(year) {
            throw ValidationError(MapMessage.mapYearRange.format(String(MapSpec.yearRange.lowerBound), String(MapSpec.yearRange.upperBound), String(year)))
        }
        if (theme != nil || year != nil) && runDirectory == nil { throw ValidationError(MapMessage.atlasThemeNeedsRun.text) }
        guard MapOutputFormat(path: output) == .pdf else { throw ValidationError(MapMessage.atlasNeedsPDF.format(output)) }
    }

    func run() throws {
        try reportingErrors {
            var s = MapSpec()
            if let spec {
                let bytes = try readInput(spec)
                guard let text = String(validating: bytes, as: UTF8.self) else { throw MapInputError("\(spec): not UTF-8 text (expected a map spec YAML)") }
                s = try MapSpec.parse(text, file: spec)
            }
            _ = try MapOutputFile.prepare(output, inputs: [spec].compactMap { $0 })
            let pages = try compositions(s)
            var maps: [RenderedMap] = []
            for (composition, project) in pages { maps.append(try MapRenderer(composition, project: project).render()) }
            let title = maps.first?.title ?? "atlas"
            let bytes = try MapOutputFile.bytes(maps, format: .pdf, dpi: SVGPrinter.defaultDPI, title: title, date: s.titleBlock?.date, out: output)
            try AtomicFile.write(bytes, to: output)
            print(StatusMessage.atlasWrote.format(output, String(maps.count), String(maps.count - 1), String(bytes.count)))
        }
    }

    /// The overview's composition and one per township, each with its projector.
    func compositions(_ s: MapSpec) throws -> [(MapComposition, Projector)] {
        let paper = page ?? s.page ?? .a3Landscape
        let names = Set(s.layers ?? PlanLayers.layerNames).union(["townships", "villages", "county"])
        let layers = try GeodataLoader.load(directory: geodata, names: names.union(runDirectory == nil ? [] : ["sites", "neighbours"]),
                                            required: ["county", "townships", "villages"])
        let county = try MapCounty.load(geodata: geodata, county: layers.county)
        let project = try MapRequest.projector(to: county.planningCRS)
        let townshipFile = (geodata as NSString).appendingPathComponent(PlanLayers.fileNames["townships"]!)
        let codes = TownshipSheet.codes(layers)
        guard !codes.isEmpty else { throw MapInputError("\(townshipFile): no township with a code and a polygon; the atlas has no sheets to draw") }
        var out: [(MapComposition, Projector)] = []
        if let run = runDirectory {
            var t = MapSpec.ThemeSpec()
            t.run = run
            t.metric = theme ?? "incidence"
            t.year = year
            if let y = year ?? (try? RunTable(path: (run as NSString).appendingPathComponent("villages.csv")).years.first) { t.year = y }
            let request = MapRequest(spec: s, geodata: geodata, page: paper, output: output, township: nil, theme: t)
            var overview = try request.themed(t, layers: layers, texts: county.texts, project: project)
            overview.titleBlock = s.titleBlock
            out.append((overview, project))
            let villageNames = TownshipSheet.villageNames(layers)
            for code in codes {
                let sheet = try TownshipSheet(code: code, layers: layers, file: townshipFile)
                out.append((sheet.zoom(overview, villageNames: villageNames, countyName: county.texts.countyLabel,
                                       title: "\(county.texts.countyLabel)\(sheet.name)分幅图 \(overview.title)", titleBlock: s.titleBlock), project))
            }
            return out
        }
        var base = BaseMap(layers: layers, include: Set(s.layers ?? PlanLayers.layerNames), texts: county.texts)
        base.detail = s.detail ?? .plan
        base.lineClip = s.clip ?? .county
        var overview = base.composition(title: s.title ?? county.title, subtitle: s.subtitle ?? county.subtitle, page: paper)
        overview.titleBlock = s.titleBlock
        overview.scaleDenominator = s.scale
        out.append((overview, project))
        for code in codes {
            let sheet = try TownshipSheet(code: code, layers: layers, file: townshipFile)
            var block = s.titleBlock
            block?.name = nil
            out.append((sheet.composition(base: base, title: nil, subtitle: nil, countyName: county.texts.countyLabel, titleBlock: block, page: paper), project))
        }
        return out
    }
}
