import ArgumentParser
import GIS

/// `benkang info`: what a GeoJSON layer holds, measured in the planning CRS.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Summarise GeoJSON layers: features, geometry types, extent, property schema, area and length.",
        discussion: """
        Areas and lengths are planar, in the planning CRS (default EPSG:4545, CGCS2000 / \
        3-degree Gauss–Krüger CM 108E), after projecting the file's lon/lat positions.

        Examples:
          benkang info geodata/*.geojson
          benkang info --crs EPSG:32648 geodata/villages.geojson
        """)

    @Argument(help: "GeoJSON files to summarise (RFC 7946, lon/lat).")
    var files: [String]

    @Option(name: .customLong("crs"), help: "Planning CRS in which areas and lengths are measured (any CRS PROJ accepts).")
    var planningCRS: String = PlanningCRS.defaultCode

    func run() throws {
        try reportingErrors {
            let transformation = try Transformation(from: "EPSG:4326", to: planningCRS)
            for (n, file) in files.enumerated() {
                let document = try GeoJSONDecoder.decode(try readInput(file), file: file)
                for w in document.warnings { printError(w.description) }
                let summary: LayerSummary
                do {
                    summary = try LayerSummary(document.object.asFeatureCollection, transformation: transformation)
                } catch let error as ProjError {
                    throw GISError(file: file, error.description)
                }
                if n > 0 { print("") }
                print(summary.report(file: file, crs: planningCRS), terminator: "")
            }
        }
    }
}
