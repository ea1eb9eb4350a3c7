#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Ground distances and centroids for the county's extent (about 60 × 80 km).
///
/// Distances use the local equirectangular approximation on the WGS 84 mean radius;
/// within the county (latitude ≈ 30.3°) its error is below 0.3 % of the distance, far
/// below the uncertainty of a village's representative point.
public enum GeoDistance {
    /// Mean Earth radius, metres (IUGG).
    public static let earthRadiusMetres = 6_371_008.8

    /// The distance between two lon/lat points (degrees), kilometres.
    @inlinable
    public static func kilometres(lon1: Double, lat1: Double, lon2: Double, lat2: Double) -> Double {
        let toRadians = Double.pi / 180
        let meanLat = (lat1 + lat2) / 2 * toRadians
        let dx = (lon2 - lon1) * toRadians * cos(meanLat)
        let dy = (lat2 - lat1) * toRadians
        return (dx * dx + dy * dy).squareRoot() * earthRadiusMetres / 1000
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
