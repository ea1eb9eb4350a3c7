import ArgumentParser
import Foundation
import GIS
import Planning

/// `benkang geodata export`: the villages' importable figures as a CSV or xlsx table.
struct GeodataExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: Message.geodataExportAbstract.text,
        discussion: Message.geodataExportDiscussion.text)

    @Option(help: Message.geodataExportGeodata.help)
    var geodata = "geodata"

    @Option(name: [.customShort("o"), .long], help: Message.geodataExportOutput.help)
    var output: String

    func validate() throws {
        guard format != nil else {
            throw ValidationError(Message.geodataExportOutputKind.format(output))
        }
    }

    private var format: TableFileFormat? {
        let lower = output.lowercased()
        return lower.hasSuffix(".csv") ? .csv : lower.hasSuffix(".xlsx") ? .xlsx : nil
    }

    func run() throws {
        let villagesPath = (geodata as NSString).appendingPathComponent("villages.geojson")
        let bytes: [UInt8] = try reportingErrors {
            try checkOutput(output, isNotOneOf: [villagesPath])
            let villages = try GeoJSONFile.read(path: villagesPath).object.asFeatureCollection
            let bytes = format == .xlsx ? try VillageFigureExport.xlsx(villages: villages) : VillageFigureExport.csv(villages: villages)
            print("\(villages.features.count) villages, \(VillageFigureColumn.all.count) columns → \(output)")
            return bytes
        }
        try writeOutput(bytes, to: output)
    }
}
