/// A Polygon or MultiPolygon found in a feature's geometry (also inside
/// GeometryCollections), with the path that names it in the feature.
struct PolygonalPart {
    var geometry: Geometry
    /// For example `geometry` or `geometry.geometries[2]`.
    var path: String

    /// The polygons of the part, in order.
    var polygons: [Polygon] {
        switch geometry {
        case .polygon(let p): [p]
        case .multiPolygon(let ps): ps
        default: []
        }
    }

    /// The path of ring `r` of polygon `p`: `….coordinates[r]` for a Polygon,
    /// `….coordinates[p][r]` for a MultiPolygon.
    func ringPath(_ p: Int, _ r: Int) -> String {
        if case .multiPolygon = geometry { return "\(path).coordinates[\(p)][\(r)]" }
        return "\(path).coordinates[\(r)]"
    }

    /// Every polygonal part of `g`, depth first.
    static func parts(of g: Geometry, path: String = "geometry") -> [PolygonalPart] {
        switch g {
        case .polygon, .multiPolygon: [PolygonalPart(geometry: g, path: path)]
        case .geometryCollection(let members):
            members.enumerated().flatMap { i, m in parts(of: m, path: "\(path).geometries[\(i)]") }
        default: []
        }
    }

    /// The polygonal parts of a repair result as one Polygon or MultiPolygon, and how
    /// many lower-dimensional parts were dropped. A result without any polygon is
    /// returned unchanged.
    static func keepPolygons(_ g: Geometry) -> (Geometry, dropped: Int) {
        guard case .geometryCollection(let members) = g else { return (g, 0) }
        var polygons: [Polygon] = []
        var dropped = 0
        func collect(_ m: Geometry) {
            switch m {
            case .polygon(let p): polygons.append(p)
            case .multiPolygon(let ps): polygons.append(contentsOf: ps)
            case .geometryCollection(let inner): inner.forEach(collect)
            default: dropped += 1
            }
        }
        members.forEach(collect)
        if polygons.isEmpty { return (g, 0) }
        return (polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(polygons), dropped)
    }
}
