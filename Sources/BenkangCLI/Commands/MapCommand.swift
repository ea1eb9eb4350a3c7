import ArgumentParser
import Cartography
import Foundation
import GIS
import MapPrint

/// `benkang map`: SVG maps for plan documents, from geodata and simulation runs.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: MapMessage.mapAbstract.text,
        discussion: MapMessage.mapDiscussion.text)

    @Option(help: MapMessage.mapSpec.help)
    var spec: String?
    @Option(help: MapMessage.mapGeodata.help)
    var geodata: String = "geodata"
    @Option(name: .customLong("run"), help: MapMessage.mapRun.help)
    var runDirectory: String?
    @Option(help: MapMessage.mapTheme.help)
    var theme: String?
    @Option(help: ArgumentHelp(MapMessage.mapKind.format(ThemeKind.namesText), valueName: "kind"))
    var kind: ThemeKind?
    @Option(help: MapMessage.mapYear.help)
    var year: Int?
    @Option(help: MapMessage.mapCompare.help)
    var compare: String?
    @Flag(help: MapMessage.mapSmallMultiples.help)
    var smallMultiples = false
    @Flag(help: MapMessage.mapSymbols.help)
    var symbols = false
    @Option(help: MapMessage.mapMethod.help)
    var method: ClassificationMethod?
    @Option(help: MapMessage.mapClasses.help)
    var classes: Int?
    @Option(help: MapMessage.mapPalette.help, transform: MapArguments.palette)
    var palette: String?
    @Option(help: MapMessage.mapBreaks.help, transform: MapArguments.breaks)
    var breaks: [Double]?
    @Option(help: MapMessage.mapPage.help, transform: MapArguments.page)
    var page: PageSize?
    @Option(help: MapMessage.mapScale.help, transform: MapArguments.scale)
    var scale: Double?
    @Option(help: ArgumentHelp(MapMessage.mapTownship.text, valueName: "code"))
    var township: String?
    @Option(help: MapMessage.mapDPI.help, transform: MapArguments.dpi)
    var dpi: Double?
    @Option(name: .shortAndLong, help: MapMessage.mapOutput.help)
    var output: String?

    func validate() throws {
        if let classes, !MapSpec.classRange.contains(classes) {
            throw ValidationError(MapMessage.mapClassesRange.format(String(MapSpec.classRange.lowerBound), String(MapSpec.classRange.upperBound), String(classes)))
        }
        if let year, !MapSpec.yearRange.contains(year) {
            throw ValidationError(MapMessage.mapYearRange.format(String(MapSpec.yearRange.lowerBound), String(MapSpec.yearRange.upperBound), String(year)))
        }
        if township != nil && (theme != nil || runDirectory != nil || compare != nil || smallMultiples || symbols) {
            throw ValidationError(MapMessage.mapTownshipAlone.text)
        }
        if smallMultiples && symbols { throw ValidationError(MapMessage.mapSmallMultiplesAndSymbols.text) }
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
            if dpi != nil && format != .png { throw ValidationError(MapMessage.mapDPIOnlyPNG.format(out, format.rawValue)) }
            let svg = try request.render()
            let bytes = try MapOutputFile.bytes([svg], format: format, dpi: dpi ?? SVGPrinter.defaultDPI, title: svg.title,
                                                date: s.titleBlock?.date, out: out)
            try AtomicFile.write(bytes, to: out)
            print(StatusMessage.mapWrote.format(out, String(bytes.count), String(svg.labels.count), String(svg.droppedLabelCount), FixedDecimal.string(svg.transform.scaleDenominator.rounded(), decimals: 0)))
        }
    }
}
