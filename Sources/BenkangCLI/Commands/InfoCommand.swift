import ArgumentParser
import GIS

/// `benkang info`: what a GeoJSON layer holds, measured in the planning CRS.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Summarise GeoJSON layers: features, geometry types, extent, property schema, area and length.",
        discussion: """
        Areas and lengths are planar, in the planning CRS (default EPSG:4545, CGCS2000 / \
        3-degree Gauss–Krüger CM 108E), after projecting the file's lon/lat positions \
        (WGS 84, or CGCS2000 when the file's "crs" member names EPSG:4490).

        Examples:
          benkang info geodata/*.geojson
          benkang info --crs EPSG:32648 geodata/villages.geojson
          benkang info out/geodata.gpkg
        """)

    @Argument(help: "GeoJSON files to summarise (RFC 7946, lon/lat), or GeoPackages (every feature layer) and Shapefiles.")
    var files: [String]

    @Option(name: .customLong("crs"), help: "Planning CRS in which areas and lengths are measured (any CRS PROJ accepts).")
    var planningCRS: String = PlanningCRS.defaultCode

    @Option(help: "Output format: text, or json (an array, one object per layer).")
    var format: InfoFormat = .text

    func run() throws {
        try reportingErrors {
            var transformations: [String: Transformation] = [:]
            var printed = 0
            var json: [String] = []
            for file in files {
                if GeoPackageInput.isReadable(file) {
                    let lonLat = try transformations[PlanningCRS.geographicCode]
                        ?? Transformation(from: PlanningCRS.geographicCode, to: planningCRS)
                    transformations[PlanningCRS.geographicCode] = lonLat
                    for layer in try GeoPackageInput.spatialLayers(file) {
                        let summary: LayerSummary
                        do {
                            summary = try LayerSummary(try GeoPackageInput.lonLat(layer, file: file), transformation: lonLat)
                        } catch let error as ProjError {
                            throw GISError(file: file, error.description)
                        }
                        if format == .json { json.append(summary.json(file: GeoPackageInput.name(file, layer), crs: planningCRS)); continue }
                        if printed > 0 { print("") }
                        printed += 1
                        print(summary.report(file: GeoPackageInput.name(file, layer), crs: planningCRS), terminator: "")
                    }
                    continue
                }
                let document = try GeoJSONDecoder.decode(try readInput(file), file: file)
                for w in document.warnings { printError(w.description) }
                // A file tagged CGCS2000 (EPSG:4490) is measured from CGCS2000, others from WGS 84.
                let source = document.sourceCRS
                let transformation = try transformations[source] ?? Transformation(from: source, to: planningCRS)
                transformations[source] = transformation
                let summary: LayerSummary
                do {
                    summary = try LayerSummary(document.object.asFeatureCollection, transformation: transformation)
                } catch let error as ProjError {
                    throw GISError(file: file, error.description)
                }
                if format == .json { json.append(summary.json(file: file, crs: planningCRS)); continue }
                if printed > 0 { print("") }
                printed += 1
                print(summary.report(file: file, crs: planningCRS), terminator: "")
            }
            if format == .json { print("[\n" + json.joined(separator: ",\n") + (json.isEmpty ? "]" : "\n]")) }
        }
    }
}
