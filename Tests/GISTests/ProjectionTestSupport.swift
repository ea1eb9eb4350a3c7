import Foundation
import GIS

/// Test-only helpers for the projection and measure tests: reading the county boundary
/// with Foundation's JSONSerialization (independent of the production decoder).
enum ProjectionTestSupport {
    /// The project's own copy of the real county boundary (geodata/sources/).
    static let countyPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("geodata/sources/linshui-county-511623.geojson").path

    /// The county boundary's geometries (lon/lat), or nil when the file is absent.
    static func countyGeometries(path: String = countyPath) throws -> [Geometry]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let features = root?["features"] as? [[String: Any]] ?? []
        return try features.compactMap { f in
            guard let g = f["geometry"] as? [String: Any] else { return nil }
            return try geometry(g)
        }
    }

    struct Unsupported: Error { let what: String }

    static func geometry(_ g: [String: Any]) throws -> Geometry {
        let type = g["type"] as? String ?? ""
        let c = g["coordinates"]
        switch type {
        case "Point": return .point(try position(c))
        case "MultiPoint": return .multiPoint(try run(c))
        case "LineString": return .lineString(try run(c))
        case "MultiLineString": return .multiLineString(try runs(c))
        case "Polygon": return .polygon(Polygon(rings: try runs(c)))
        case "MultiPolygon":
            guard let ps = c as? [Any] else { throw Unsupported(what: "MultiPolygon coordinates") }
            return .multiPolygon(try ps.map { Polygon(rings: try runs($0)) })
        default: throw Unsupported(what: type)
        }
    }

    static func position(_ any: Any?) throws -> Position {
        guard let a = any as? [Any], a.count >= 2,
              let x = (a[0] as? NSNumber)?.doubleValue, let y = (a[1] as? NSNumber)?.doubleValue
        else { throw Unsupported(what: "position") }
        return Position(x, y, a.count > 2 ? (a[2] as? NSNumber)?.doubleValue : nil)
    }

    static func run(_ any: Any?) throws -> CoordinateSequence {
        guard let a = any as? [Any] else { throw Unsupported(what: "positions") }
        return CoordinateSequence(try a.map(position))
    }

    static func runs(_ any: Any?) throws -> [CoordinateSequence] {
        guard let a = any as? [Any] else { throw Unsupported(what: "runs") }
        return try a.map(run)
    }
}
