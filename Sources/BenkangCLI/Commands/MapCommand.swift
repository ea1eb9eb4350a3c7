import ArgumentParser
import Cartography
import Foundation
import GIS
import MapPrint

/// `benkang map`: SVG maps for plan documents, from geodata and simulation runs.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw a plan map (SVG, PNG or PDF): the base map, a township sheet, or a thematic map of a simulation run.",
        discussion: """
        With no theme, draws the base plan map from the geodata folder; its titles, legend \
        names, inset label and planning CRS come from the folder's county.yaml, and zones \
        and lines are styled by their kind. With --run and \
        --theme, draws a choropleth of a per-village metric (a column of DIR/villages.csv) \
        for --year; --compare DIR2 maps DIR2 − DIR on a diverging palette; \
        --small-multiples draws one panel per year with shared breaks. Special themes: \
        exit_year (first year each village exits), flows (DIR/flows.csv as curved lines). A count \
        (poor_persons, population, households) is drawn as proportional circles unless \
        --kind choropleth, --method, --classes or --breaks ask for classes. --township CODE \
        draws one township sheet with its village names. The output's extension picks the \
        format: .svg, .png (--dpi, default 300) or .pdf (vector, fonts embedded).

        Examples:
          benkang map -o out/base-map.svg
          benkang map --spec scenarios/maps/base.yaml
          benkang map --spec scenarios/maps/base.yaml -o out/base-map.pdf
          benkang map --township 511623101000 -o out/township.png --dpi 200
          benkang map --run out/baseline --theme incidence --year 2016 -o out/incidence-2016.svg
          benkang map --run out/baseline --theme poor_persons --small-multiples --page a3-landscape
        """)

    @Option(help: "Map spec (YAML); flags given on the command line override it.")
    var spec: String?
    @Option(help: "Folder with the geodata layers.")
    var geodata: String = "geodata"
    @Option(name: .customLong("run"), help: "Simulation run folder (with villages.csv, flows.csv).")
    var runDirectory: String?
    @Option(help: "Metric to map: a villages.csv column, exit_year, or flows.")
    var theme: String?
    @Option(help: ArgumentHelp("What to draw: \(ThemeKind.namesText) (default choropleth).", valueName: "kind"))
    var kind: ThemeKind?
    @Option(help: "Year of the metric (one of the run's years; flows: that year only; exit_year: exits up to it; small multiples: the years up to it).")
    var year: Int?
    @Option(help: "Second run: map DIR2 − DIR on a diverging palette.")
    var compare: String?
    @Flag(help: "One panel per year with shared breaks and one legend.")
    var smallMultiples = false
    @Flag(help: "Proportional circles instead of a choropleth.")
    var symbols = false
    @Option(help: "Classification: quantile, equal-interval, natural-breaks, manual.")
    var method: ClassificationMethod?
    @Option(help: "Number of classes (2–11).")
    var classes: Int?
    @Option(help: "ColorBrewer palette (YlOrRd, Blues, RdBu, …).", transform: MapArguments.palette)
    var palette: String?
    @Option(help: "Manual breaks, comma-separated decimal numbers, ascending (implies --method manual).", transform: MapArguments.breaks)
    var breaks: [Double]?
    @Option(help: "Page: a4-portrait, a4-landscape, a3-portrait, a3-landscape, or WxH in mm.", transform: MapArguments.page)
    var page: PageSize?
    @Option(help: "Draw at 1:N instead of fitting the county to the frame (N: 1,000…10,000,000).", transform: MapArguments.scale)
    var scale: Double?
    @Option(help: ArgumentHelp("Draw one township sheet (分幅图): the township of this code at a larger scale, with its village names.", valueName: "code"))
    var township: String?
    @Option(help: "Dots per inch of a .png output (36–1200, default 300).", transform: MapArguments.dpi)
    var dpi: Double?
    @Option(name: .shortAndLong, help: "Output file: .svg, .png (raster at --dpi) or .pdf (vector, fonts embedded); written to a temporary name, then renamed.")
    var output: String?

    func validate() throws {
        if let classes, !MapSpec.classRange.contains(classes) {
            throw ValidationError("--classes must be \(MapSpec.classRange.lowerBound)…\(MapSpec.classRange.upperBound), got \(classes)")
        }
        if let year, !MapSpec.yearRange.contains(year) {
            throw ValidationError("--year must be \(MapSpec.yearRange.lowerBound)…\(MapSpec.yearRange.upperBound), got \(year)")
        }
        if township != nil && (theme != nil || runDirectory != nil || compare != nil || smallMultiples || symbols) {
            throw ValidationError("--township draws a base-map sheet; it cannot be combined with --run, --theme, --compare, --small-multiples or --symbols")
        }
        if smallMultiples && symbols { throw ValidationError("--small-multiples and --symbols cannot be combined") }
    }

    func run() throws {
        try reportingErrors {
            var s = MapSpec()
            if let spec {
                let bytes = try readInput(spec)
                guard let text = String(validating: bytes, as: UTF8.self) else { throw MapInputError("\(spec): not UTF-8 text (expected a map spec YAML)") }
                s = try MapSpec.parse(text, file: spec)
            }
            let request = try MapRequest(spec: s, command: self)
            let out = request.output
            let format = try MapOutputFile.prepare(out, inputs: [spec].compactMap { $0 })
            if dpi != nil && format != .png { throw ValidationError("--dpi applies to a .png output only; \(out) is .\(format.rawValue)") }
            let svg = try request.render()
            let bytes = try MapOutputFile.bytes([svg], format: format, dpi: dpi ?? SVGPrinter.defaultDPI, title: svg.title,
                                                date: s.titleBlock?.date, out: out)
            try AtomicFile.write(bytes, to: out)
            print("map: wrote \(out) (\(bytes.count) bytes, \(svg.labels.count) labels placed, \(svg.droppedLabelCount) dropped, scale 1:\(FixedDecimal.string(svg.transform.scaleDenominator.rounded(), decimals: 0)))")
        }
    }
}
