import ArgumentParser
import Foundation
import GIS
import Planning

/// `benkang geodata export`: the villages' importable figures as a CSV or xlsx table.
struct GeodataExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the villages' figures (建档立卡 table) as CSV or xlsx, one row per village.",
        discussion: """
        One row per village and community of GEODATA/villages.geojson, key columns first \
        (id, township_code, township_name, name), then kind and the figures that \
        `benkang geodata import` reads back (see geodata/README.md, "Bringing your own \
        village figures"). CSV: UTF-8 with a byte-order mark, CRLF, English headers, \
        true/false. xlsx: row 1 Chinese headers, row 2 English keys, codes as text, 是/否.
        The same geodata gives byte-identical files. Exit 65 when the villages layer \
        cannot be read, 73 when FILE cannot be written.

        Examples:
          benkang geodata export -o out/villages-figures.xlsx
          benkang geodata export --geodata geodata -o out/villages-figures.csv
        """)

    @Option(help: "The geodata folder whose villages.geojson is exported.")
    var geodata = "geodata"

    @Option(name: [.customShort("o"), .long], help: "The table to write: a .csv or .xlsx file.")
    var output: String

    func validate() throws {
        guard format != nil else {
            throw ValidationError("-o \(output): expected a file name ending in .csv or .xlsx")
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
