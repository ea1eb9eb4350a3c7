import Exchange
import Foundation
import GIS

/// GeoPackages and Shapefiles given to `validate` and `info`: told from GeoJSON by their
/// first bytes (`SQLite format 3`; the Shapefile file code 9994), read layer by layer (a
/// Shapefile is one layer, named after its file).
enum GeoPackageInput {
    /// True when `path` starts with the Shapefile file code.
    static func isShapefile(_ path: String) -> Bool {
        guard path != "-", let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 4)) == Data([0x00, 0x00, 0x27, 0x0A])
    }

    /// The layers of a GeoPackage, or the one layer of a Shapefile.
    static func spatialLayers(_ path: String) throws -> [GeoPackageReader.Layer] {
        if isShapefile(path) {
            let layer = try ShapefileReader.read(path: path)
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            return [GeoPackageReader.Layer(name: name, crs: layer.crs, features: layer.features)]
        }
        return try GeoPackageReader.read(path: path)
    }

    /// True for a GeoPackage or a Shapefile.
    static func isReadable(_ path: String) -> Bool { isGeoPackage(path) || isShapefile(path) }

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
