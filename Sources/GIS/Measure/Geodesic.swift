import CProj

/// Distances, lengths and areas on an ellipsoid, computed with PROJ's geodesic
/// routines (Karney's algorithms, `geodesic.h`), accurate to nanometres.
///
/// Positions are lon/lat in degrees (x = longitude, y = latitude); results are in
/// metres and square metres. A plain value holding the ellipsoid's constants: safe to
/// share across threads.
public struct Geodesic: Sendable {
    private let ellipsoid: geod_geodesic
    /// The semi-major axis in metres.
    public let equatorialRadiusMetres: Double
    /// The flattening f = (a − b) / a.
    public let flattening: Double

    /// An ellipsoid with semi-major axis `equatorialRadiusMetres` and `flattening`.
    public init(equatorialRadiusMetres: Double, flattening: Double) {
        var g = geod_geodesic()
        geod_init(&g, equatorialRadiusMetres, flattening)
        ellipsoid = g
        self.equatorialRadiusMetres = equatorialRadiusMetres
        self.flattening = flattening
    }

    /// WGS 84: a = 6 378 137 m, 1/f = 298.257223563.
    public static let wgs84 = Geodesic(equatorialRadiusMetres: 6_378_137, flattening: 1 / 298.257223563)
    /// CGCS2000 (China Geodetic Coordinate System 2000): a = 6 378 137 m,
    /// 1/f = 298.257222101.
    public static let cgcs2000 = Geodesic(equatorialRadiusMetres: 6_378_137, flattening: 1 / 298.257222101)

    /// The geodesic distance in metres between two lon/lat positions (`geod_inverse`).
    public func distance(from a: Position, to b: Position) -> Double {
        var s12 = 0.0
        withUnsafePointer(to: ellipsoid) { geod_inverse($0, a.y, a.x, b.y, b.x, &s12, nil, nil) }
        return s12
    }

    /// The area in m² of the polygons in `g`: per polygon |exterior| minus |each hole|
    /// (each ring's signed area from `geod_polygon_compute`, winding ignored); 0 for
    /// points and lines. - Complexity: O(n) in the positions.
    public func area(of g: Geometry) -> Double {
        switch g {
        case .point, .multiPoint, .lineString, .multiLineString: return 0
        case .polygon(let p): return area(of: p)
        case .multiPolygon(let ps): return ps.reduce(0) { $0 + area(of: $1) }
        case .geometryCollection(let gs): return gs.reduce(0) { $0 + area(of: $1) }
        }
    }

    /// The length in metres of lines, or the perimeter of every ring of polygons;
    /// 0 for points. - Complexity: O(n) in the positions.
    public func length(of g: Geometry) -> Double {
        switch g {
        case .point, .multiPoint: return 0
        case .geometryCollection(let gs): return gs.reduce(0) { $0 + length(of: $1) }
        default: return g.coordinateSequences.reduce(0) { $0 + pathLength($1) }
        }
    }

    private func area(of p: Polygon) -> Double {
        p.rings.enumerated().reduce(0) { total, ring in
            let a = abs(ringSignedArea(ring.element))
            return ring.offset == 0 ? total + a : total - a
        }
    }

    /// The signed area (counter-clockwise positive) of a ring; the repeated closing
    /// position is skipped, the ring being closed implicitly.
    func ringSignedArea(_ ring: CoordinateSequence) -> Double {
        let n = ring.isClosed ? ring.count - 1 : ring.count
        guard n >= 3 else { return 0 }
        var polygon = geod_polygon()
        geod_polygon_init(&polygon, 0)
        var area = 0.0
        withUnsafePointer(to: ellipsoid) { g in
            for i in 0..<n { geod_polygon_addpoint(g, &polygon, ring.xy[2 * i + 1], ring.xy[2 * i]) }
            _ = geod_polygon_compute(g, &polygon, 0, 1, &area, nil)
        }
        return area
    }

    /// The summed geodesic length of consecutive segments.
    private func pathLength(_ run: CoordinateSequence) -> Double {
        guard run.count >= 2 else { return 0 }
        var polyline = geod_polygon()
        geod_polygon_init(&polyline, 1)
        var perimeter = 0.0
        withUnsafePointer(to: ellipsoid) { g in
            for i in 0..<run.count { geod_polygon_addpoint(g, &polyline, run.xy[2 * i + 1], run.xy[2 * i]) }
            _ = geod_polygon_compute(g, &polyline, 0, 1, nil, &perimeter)
        }
        return perimeter
    }
}
