import ArgumentParser
import Exchange
import Foundation
import GIS

extension FieldNaming: ExpressibleByArgument {}

/// `benkang export`: geodata layers and a run's outputs as one GeoPackage (or a folder of
/// Shapefiles) for QGIS, ArcGIS and SuperMap, in CGCS2000 or the planning CRS.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write geodata layers and a run's outputs as a GeoPackage (.gpkg) for QGIS, ArcGIS and SuperMap.",
        discussion: """
        FOLDER is a geodata folder (every *.geojson becomes a layer) or a run folder of \
        `benkang simulate` (then the geodata layers of --geodata, plus run_villages, the \
        village_years table to join on village_id, and flows as lines). The GeoPackage \
        (1.3) stores the CRS's WKT, Chinese column names (or English with --field-names en; \
        the other name is kept in gpkg_data_columns) and a QGIS style per layer (layer_styles) \
        with the SVG maps' colours and hatches. Written under a temporary name, then renamed.

        Exit status: 0 written; 64 bad usage; 65 bad input data; 73 the output cannot be written.

        Examples:
          benkang export geodata -o out/geodata.gpkg
          benkang export out/baseline -o out/baseline.gpkg --crs EPSG:4545
        """)

    @Argument(help: "A geodata folder or a run folder (with summary.json and villages.csv).")
    var folder: String

    @Option(name: .shortAndLong, help: "The GeoPackage to write (.gpkg).")
    var output: String

    @Option(help: "The CRS of the written geometries: EPSG:4490 (CGCS2000 lon/lat) or a projected one such as EPSG:4545.")
    var crs: String = "EPSG:4490"

    @Option(help: "The geodata folder of a run folder's villages and sites.")
    var geodata: String = "geodata"

    @Option(name: .customLong("field-names"), help: "Column names: zh (Chinese titles) or en (the documented keys).")
    var fieldNames: FieldNaming = .chinese

    func validate() throws {
        guard output.lowercased().hasSuffix(".gpkg") else {
            throw ValidationError("-o names a GeoPackage: give a file name ending in .gpkg, not \(output).")
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
            var builder = ExportLayers(naming: fieldNames, target: crs)
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
            try GeoPackageWriter.write(layers, crs: crsDescription, styles: QGISStyles.styles(for: layers), to: output)
        } catch let error as GISError {
            for d in error.diagnostics { printError(d.description) }
            throw ExitStatus.cannotCreate
        } catch {
            printError("\(output): error: cannot write the GeoPackage: \(error)")
            throw ExitStatus.cannotCreate
        }
        let features = layers.reduce(0) { $0 + $1.records.count }
        print("\(output): \(layers.count) layers, \(features) features and rows, \(crsDescription.shortName) (\(crsDescription.name))")
    }
}
