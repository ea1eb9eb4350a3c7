import Foundation
import GIS
@testable import Cartography

/// Small in-code fixtures and the real county boundary, projected with PROJ.
enum Fixtures {
    /// The project's own copy of the reference sources (geodata/sources/).
    static let sharedSources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("geodata/sources").path

    /// PROJ's EPSG:4326 → EPSG:4545 as a projector.
    static func projector() throws -> Projector {
        let t = try Transformation(from: "EPSG:4326", to: "EPSG:4545")
        return { try t.transform($0) }
    }

    /// A county square and the grid villages as plan layers (for theme and flow tests).
    static func gridPlanLayers() -> PlanLayers {
        var layers = PlanLayers()
        layers.county = FeatureCollection(features: [Feature(geometry: square(106.78, 30.05, 0.4))])
        layers.villages = gridVillages()
        return layers
    }

    static func square(_ x0: Double, _ y0: Double, _ size: Double) -> Geometry {
        .polygon(Polygon(rings: [CoordinateSequence(xy: [x0, y0, x0 + size, y0, x0 + size, y0 + size, x0, y0 + size, x0, y0])]))
    }

    /// Two neighbouring cells around Linshui sharing a zig-zag border with many small steps.
    static func neighbours() -> (Geometry, Geometry) {
        var border: [Double] = []
        for i in 0...200 { border += [107.0 + (i % 2 == 0 ? 0 : 0.00005), 30.2 + Double(i) * 0.001] }
        var left = [106.9, 30.2]; left += border; left += [106.9, 30.4, 106.9, 30.2]
        var right = [107.1, 30.2, 107.1, 30.4]
        var rev: [Double] = []
        for i in stride(from: 200, through: 0, by: -1) { rev += [border[2 * i], border[2 * i + 1]] }
        right += rev; right += [107.1, 30.2]
        return (.polygon(Polygon(rings: [CoordinateSequence(xy: left)])), .polygon(Polygon(rings: [CoordinateSequence(xy: right)])))
    }

    /// The real county and neighbours from geodata/sources/ (nil only if that copy is gone).
    static func realLayers() throws -> PlanLayers? {
        let county = sharedSources + "/linshui-county-511623.geojson"
        guard FileManager.default.fileExists(atPath: county) else { return nil }
        var l = PlanLayers()
        l.county = try GeoJSONFile.read(path: county).object.asFeatureCollection
        l.neighbours = try GeoJSONFile.read(path: sharedSources + "/neighbours.geojson").object.asFeatureCollection
        return l
    }

    /// A synthetic village mesh (a grid of squares) over a box, with ids and poor flags.
    static func gridVillages(columns: Int = 8, rows: Int = 10) -> FeatureCollection {
        var fs: [Feature] = []
        let (x0, y0, s) = (106.78, 30.05, 0.05)
        for r in 0..<rows {
            for c in 0..<columns {
                let id = String(format: "511623100000-%03d", r * columns + c)
                fs.append(Feature(geometry: square(x0 + Double(c) * s, y0 + Double(r) * s, s),
                                  properties: ["id": .string(id), "name": .string("村\(r * columns + c)"), "poor_village": .bool((r + c) % 3 == 0)]))
            }
        }
        return FeatureCollection(features: fs)
    }
}
