import Exchange
import Foundation
import GIS

/// GeoPackages given to `validate` and `info`: told from GeoJSON by their first bytes
/// (`SQLite format 3`), read layer by layer.
enum GeoPackageInput {
    /// True when `path` starts like an SQLite database (a GeoPackage).
    static func isGeoPackage(_ path: String) -> Bool {
        guard path != "-", let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        return head == Data(Array("SQLite format 3".utf8) + [0])
    }

    /// The feature layers of the GeoPackage, each named `FILE (layer NAME)` in messages.
    static func layers(_ path: String) throws -> [GeoPackageReader.Layer] {
        try GeoPackageReader.read(path: path)
    }

    /// `layer`'s features as WGS 84 longitude/latitude (as GeoJSON has them).
    static func lonLat(_ layer: GeoPackageReader.Layer, file: String) throws -> FeatureCollection {
        guard layer.crs != PlanningCRS.geographicCode else { return layer.features }
        do {
            return try Transformation(from: layer.crs, to: PlanningCRS.geographicCode).transform(layer.features)
        } catch let error as ProjError {
            throw GISError(file: file, "layer \(layer.name): \(error.description)")
        }
    }

    /// The name of one layer in messages: `plan.gpkg (layer villages)`.
    static func name(_ file: String, _ layer: GeoPackageReader.Layer) -> String { "\(file) (layer \(layer.name))" }
}
