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
        abstract: Message.exportAbstract.text,
        discussion: Message.exportDiscussion.text)

    @Argument(help: Message.exportFolder.help)
    var folder: String

    @Option(name: .shortAndLong, help: Message.exportOutput.help)
    var output: String

    @Option(help: Message.exportFormat.help)
    var format: ExportFormat = .gpkg

    @Option(help: Message.exportEncoding.help)
    var encoding: ShapefileEncoding?

    @Option(help: Message.exportCRS.help)
    var crs: String = "EPSG:4490"

    @Option(help: Message.exportGeodata.help)
    var geodata: String = "geodata"

    @Option(name: .customLong("field-names"), help: Message.exportFieldNames.help)
    var fieldNames: FieldNaming?

    func validate() throws {
        switch format {
        case .gpkg:
            guard output.lowercased().hasSuffix(".gpkg") else {
                throw ValidationError(Message.exportNeedsGpkgName.format(output))
            }
            if encoding != nil { throw ValidationError(Message.exportEncodingIsForShp.text) }
        case .shp:
            if output.lowercased().hasSuffix(".gpkg") || output.lowercased().hasSuffix(".shp") {
                throw ValidationError(Message.exportShpNeedsFolder.format(output))
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
            printError(Message.exportCannotWrite.format(output, "\(error)"))
            throw ExitStatus.cannotCreate
        }
        let features = layers.reduce(0) { $0 + $1.records.count }
        print("\(output): \(layers.count) layers, \(features) features and rows, \(crsDescription.shortName) (\(crsDescription.name))")
    }
}
