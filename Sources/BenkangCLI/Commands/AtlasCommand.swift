import ArgumentParser
import Cartography
import Foundation
import GIS
import MapPrint

/// `benkang atlas`: one PDF with the county overview and one sheet (分幅图) per township.
struct AtlasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atlas",
        abstract: "Draw an atlas PDF: the county overview, then one sheet per township with its village names.",
        discussion: """
        Page 1 is the county map, then one page per township of GEODATA/townships.geojson \
        (in the layer's order), each drawn at the scale that fits the township to the frame, \
        with every village named and the township shown on the county inset. Without --run \
        the pages are the base plan map (the spec's layers, detail and title block); with \
        --run DIR they are a choropleth of --theme (default incidence) for --year (default \
        the run's first year). The PDF is vector with the fonts embedded.

        Examples:
          benkang atlas -o out/atlas.pdf
          benkang atlas --run out/baseline --theme incidence --year 2016 -o out/atlas-incidence-2016.pdf
        """)

    @Option(help: "Map spec (YAML) for the pages: page, layers, detail, clip, title_block (its theme is ignored).")
    var spec: String?
    @Option(help: "Folder with the geodata layers.")
    var geodata: String = "geodata"
    @Option(name: .customLong("run"), help: "Simulation run folder: draw its villages' --theme on every page.")
    var runDirectory: String?
    @Option(help: "Metric of --run to map (a villages.csv column; default incidence).")
    var theme: String?
    @Option(help: "Year of the metric (default the run's first year).")
    var year: Int?
    @Option(help: "Page: a4-portrait, a4-landscape, a3-portrait, a3-landscape, or WxH in mm.", transform: MapArguments.page)
    var page: PageSize?
    @Option(name: .shortAndLong, help: "Output PDF file (written to a temporary name, then renamed).")
    var output: String

    func validate() throws {
        if let year, !MapSpec.yearRange.contains(year) {
            throw ValidationError("--year must be \(MapSpec.yearRange.lowerBound)…\(MapSpec.yearRange.upperBound), got \(year)")
        }
        if (theme != nil || year != nil) && runDirectory == nil { throw ValidationError("--theme and --year need --run DIR") }
        guard MapOutputFormat(path: output) == .pdf else { throw ValidationError("the atlas is one PDF: -o must end in .pdf, got \(output)") }
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
            print("atlas: wrote \(output) (\(maps.count) pages: the county and \(maps.count - 1) townships, \(bytes.count) bytes)")
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
