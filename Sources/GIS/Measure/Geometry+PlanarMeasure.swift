extension Geometry {
    /// The planar area in squared coordinate units (m² in a projected CRS such as
    /// EPSG:4545): per polygon |exterior| minus |each hole|, summed over polygons and
    /// collection members; 0 for points and lines. Ring orientation does not matter.
    /// - Complexity: O(n) in the positions.
    public var planarArea: Double {
        switch self {
        case .point, .multiPoint, .lineString, .multiLineString: return 0
        case .polygon(let p): return p.planarArea
        case .multiPolygon(let ps): return ps.reduce(0) { $0 + $1.planarArea }
        case .geometryCollection(let gs): return gs.reduce(0) { $0 + $1.planarArea }
        }
    }

    /// The planar length in coordinate units (metres in a projected CRS): the length of
    /// lines, the perimeter of every ring (holes included) of polygons, summed over
    /// parts; 0 for points. - Complexity: O(n) in the positions.
    public var planarLength: Double {
        switch self {
        case .point, .multiPoint: return 0
        case .lineString(let s): return s.planarPathLength
        case .multiLineString(let ls): return ls.reduce(0) { $0 + $1.planarPathLength }
        case .polygon(let p): return p.rings.reduce(0) { $0 + $1.planarPathLength }
        case .multiPolygon(let ps): return ps.reduce(0) { a, p in p.rings.reduce(a) { $0 + $1.planarPathLength } }
        case .geometryCollection(let gs): return gs.reduce(0) { $0 + $1.planarLength }
        }
    }
}

extension Polygon {
    /// |exterior| minus |each hole| in squared coordinate units. - Complexity: O(n).
    var planarArea: Double {
        guard let first = rings.first, first.count > 0 else { return 0 }
        let ox = first.xy[0], oy = first.xy[1]
        var area = 0.0
        for (i, ring) in rings.enumerated() {
            let a = abs(ring.doubleSignedArea(originX: ox, originY: oy)) / 2
            area += i == 0 ? a : -a
        }
        return area
    }
}
