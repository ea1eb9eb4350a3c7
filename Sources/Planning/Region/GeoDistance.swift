import GIS

/// Ground distances in the planning CRS, and centroids.
///
/// Village and site points are projected once, when a `Region` is made, into the county
/// profile's planning CRS (`crs.planning`, with PROJ) and distances are planar in
/// metres there: right for any county whose planning CRS suits it (a Gauss–Krüger zone
/// distorts lengths by less than 0.02 % within 1.5° of its central meridian at 30° N),
/// whatever its latitude or size.
public enum GeoDistance {
    /// The planar distance between two points of a projected CRS in metres, kilometres.
    @inlinable
    public static func kilometres(_ a: Position, _ b: Position) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        return (dx * dx + dy * dy).squareRoot() / 1000
    }

    /// The area centroid of a ring given as flat lon/lat pairs, or the vertex mean when
    /// the ring has no area. Returns nil for an empty ring.
    /// - Complexity: O(n) in the ring's positions.
    public static func ringCentroid(_ xy: [Double]) -> (lon: Double, lat: Double, signedArea: Double)? {
        let n = xy.count / 2
        guard n > 0 else { return nil }
        var a = 0.0, cx = 0.0, cy = 0.0
        let x0 = xy[0], y0 = xy[1]
        for i in 0..<n {
            let j = (i + 1) % n
            let xi = xy[2 * i] - x0, yi = xy[2 * i + 1] - y0
            let xj = xy[2 * j] - x0, yj = xy[2 * j + 1] - y0
            let cross = xi * yj - xj * yi
            a += cross; cx += (xi + xj) * cross; cy += (yi + yj) * cross
        }
        if abs(a) < 1e-18 {
            var sx = 0.0, sy = 0.0
            for i in 0..<n { sx += xy[2 * i]; sy += xy[2 * i + 1] }
            return (sx / Double(n), sy / Double(n), 0)
        }
        return (x0 + cx / (3 * a), y0 + cy / (3 * a), a / 2)
    }
}
