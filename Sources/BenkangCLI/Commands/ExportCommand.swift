import ArgumentParser
import Exchange
import Foundation
import GIS

extension FieldNaming: ExpressibleByArgument {}
extension ShapefileEncoding: ExpressibleByArgument {}

/// The file formats `benkang export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case gpkg, shp
}

/// `benkang export`: geodata layers and a run's outputs as one GeoPackage (or a folder of
/// Shapefiles) for QGIS, ArcGIS and SuperMap, in CGCS2000 or the planning CRS.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write geodata layers and a run's outputs as a GeoPackage (.gpkg) or Shapefiles for QGIS, ArcGIS and SuperMap.",
        discussion: """
        FOLDER is a geodata folder (every *.geojson becomes a layer) or a run folder of \
        `benkang simulate` (then the geodata layers of --geodata, plus run_villages, the \
        village_years table to join on village_id, and flows as lines). The GeoPackage \
        (1.3) stores the CRS's WKT, Chinese column names (or English with --field-names en; \
        the other name is kept in gpkg_data_columns) and a QGIS style per layer (layer_styles) \
        with the SVG maps' colours and hatches. Written under a temporary name, then renamed.

        With --format shp, -o is a folder of Shapefiles (.shp .shx .dbf .prj .cpg, and a \
        .qml style QGIS loads with each): dBASE names are at most 10 bytes, so columns are \
        named by their English keys, shortened (--field-names zh: Chinese, shortened), and \
        fields.csv lists each short name with its Chinese title and key. Lists are joined \
        into text. Text is UTF-8, or GBK (code page 936) with --encoding gbk for old ArcMap.

        Exit status: 0 written; 64 bad usage; 65 bad input data; 73 the output cannot be written.

        Examples:
          benkang export geodata -o out/geodata.gpkg
          benkang export out/baseline -o out/baseline.gpkg --crs EPSG:4545
          benkang export geodata --format shp --encoding gbk -o out/geodata-shp
        """)

    @Argument(help: "A geodata folder or a run folder (with summary.json and villages.csv).")
    var folder: String

    @Option(name: .shortAndLong, help: "The GeoPackage to write (.gpkg), or with --format shp the folder of Shapefiles.")
    var output: String

    @Option(help: "gpkg (one GeoPackage file) or shp (a folder of Shapefiles).")
    var format: ExportFormat = .gpkg

    @Option(help: "Text encoding of Shapefile .dbf files: utf-8 or gbk.")
    var encoding: ShapefileEncoding?

    @Option(help: "The CRS of the written geometries: EPSG:4490 (CGCS2000 lon/lat) or a projected one such as EPSG:4545.")
    var crs: String = "EPSG:4490"

    @Option(help: "The geodata folder of a run folder's villages and sites.")
    var geodata: String = "geodata"

    @Option(name: .customLong("field-names"), help: "Column names: zh (Chinese titles; GeoPackage default) or en (the documented keys; Shapefile default).")
    var fieldNames: FieldNaming?

    func validate() throws {
        switch format {
        case .gpkg:
            guard output.lowercased().hasSuffix(".gpkg") else {
                throw ValidationError("-o names a GeoPackage: give a file name ending in .gpkg, not \(output) (or --format shp for a folder of Shapefiles).")
            }
            if encoding != nil { throw ValidationError("--encoding is for --format shp: a GeoPackage is always UTF-8.") }
        case .shp:
            if output.lowercased().hasSuffix(".gpkg") || output.lowercased().hasSuffix(".shp") {
                throw ValidationError("with --format shp, -o names a folder for the Shapefiles, not \(output).")
            }
        }
    }

    /// True for a folder `benkang simulate` wrote.
    static func isRunFolder(_ folder: String) -> Bool {
        let fm = FileManager.default
        return ["summary.json", "villages.csv", "flows.csv", "villages.geojson"].allSatisfy {
            fm.fileExists(atPath: (folder as NSString).appendingPathComponent($0))
        }
    }

    func run() throws {
        let (layers, crsDescription) = try reportingErrors { () throws -> ([ExchangeLayer], CRSDescription) in
            let description: CRSDescription
            do { description = try CRSDescription(crs) } catch let error as ProjError {
                throw GISError("--crs \(crs): \(error.description)")
            }
            let run = Self.isRunFolder(folder)
            let geodataFolder = run ? geodata : folder
            var builder = ExportLayers(naming: fieldNames ?? (format == .shp ? .english : .chinese), target: crs)
            let geodataLayers = try builder.geodata(geodataFolder)
            guard !geodataLayers.isEmpty else {
                throw GISError(file: geodataFolder, "no *.geojson layer in the folder: expected a geodata folder or a run folder")
            }
            let inputs = geodataLayers.keys.map { (geodataFolder as NSString).appendingPathComponent($0 + ".geojson") }
            try checkOutput(output, isNotOneOf: inputs)
            var layers = geodataLayers.keys.sorted().map { geodataLayers[$0]!.0 }
            if run {
                layers += try builder.run(folder, villages: geodataLayers["villages"]?.1, sites: geodataLayers["sites"]?.1)
            }
            return (layers, description)
        }
        do {
            switch format {
            case .gpkg:
                try GeoPackageWriter.write(layers, crs: crsDescription, styles: QGISStyles.styles(for: layers), to: output)
            case .shp:
                let notes = try ShapefileWriter.write(layers, crs: crsDescription, encoding: encoding ?? .utf8, to: output)
                for note in notes { printError("\(output): note: \(note)") }
            }
        } catch let error as GISError {
            for d in error.diagnostics { printError(d.description) }
            throw ExitStatus.cannotCreate
        } catch {
            printError("\(output): error: cannot write the export: \(error)")
            throw ExitStatus.cannotCreate
        }
        let features = layers.reduce(0) { $0 + $1.records.count }
        print("\(output): \(layers.count) layers, \(features) features and rows, \(crsDescription.shortName) (\(crsDescription.name))")
    }
}
