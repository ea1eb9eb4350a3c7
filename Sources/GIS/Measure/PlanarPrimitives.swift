/// Tolerances of the planar measures, in one place.
enum MeasureTolerance {
    /// A point closer to a ring than this fraction of its largest coordinate magnitude
    /// (at least 1) is on the boundary: 3.4 µm at northings of 3.4 million metres
    /// (about 30° N in a Gauss–Krüger CRS such as EPSG:4545).
    static let boundaryRelative = 1e-12

    /// The absolute boundary tolerance for point (x, y), in coordinate units.
    static func boundary(x: Double, y: Double) -> Double {
        max(1, abs(x), abs(y)) * boundaryRelative
    }
}

/// The squared distance from (px, py) to the segment (ax, ay)–(bx, by); a degenerate
/// segment is its end point.
@inline(__always)
func segmentDistanceSquared(_ px: Double, _ py: Double,
                            _ ax: Double, _ ay: Double, _ bx: Double, _ by: Double) -> Double {
    let dx = bx - ax, dy = by - ay
    let lengthSquared = dx * dx + dy * dy
    var t = 0.0
    if lengthSquared > 0 {
        t = ((px - ax) * dx + (py - ay) * dy) / lengthSquared
        t = min(1, max(0, t))
    }
    let ex = ax + t * dx - px, ey = ay + t * dy - py
    return ex * ex + ey * ey
}

/// The distance from `p` to the segment `a`–`b`, in coordinate units.
func segmentDistance(_ p: Position, _ a: Position, _ b: Position) -> Double {
    segmentDistanceSquared(p.x, p.y, a.x, a.y, b.x, b.y).squareRoot()
}

extension CoordinateSequence {
    /// Twice the signed shoelace area (counter-clockwise positive) taken about the
    /// origin (ox, oy), which keeps precision for large projected coordinates. An
    /// unclosed run is closed implicitly. - Complexity: O(n).
    func doubleSignedArea(originX ox: Double, originY oy: Double) -> Double {
        let n = count
        guard n >= 3 else { return 0 }
        var sum = 0.0
        var x0 = xy[2 * n - 2] - ox, y0 = xy[2 * n - 1] - oy
        var i = 0
        while i < 2 * n {
            let x1 = xy[i] - ox, y1 = xy[i + 1] - oy
            sum += x0 * y1 - x1 * y0
            x0 = x1; y0 = y1
            i += 2
        }
        return sum
    }

    /// The summed length of consecutive segments (no implicit closing segment).
    /// - Complexity: O(n).
    var planarPathLength: Double {
        var total = 0.0
        var i = 2
        while i < xy.count {
            let dx = xy[i] - xy[i - 2], dy = xy[i + 1] - xy[i - 1]
            total += (dx * dx + dy * dy).squareRoot()
            i += 2
        }
        return total
    }

    /// The smallest squared distance from (px, py) to the run's segments, or to its
    /// only position; infinity when empty. - Complexity: O(n).
    func distanceSquared(x px: Double, y py: Double) -> Double {
        let n = count
        if n == 0 { return .infinity }
        if n == 1 { let dx = xy[0] - px, dy = xy[1] - py; return dx * dx + dy * dy }
        var best = Double.infinity
        var i = 2
        while i < xy.count {
            best = Swift.min(best, segmentDistanceSquared(px, py, xy[i - 2], xy[i - 1], xy[i], xy[i + 1]))
            i += 2
        }
        return best
    }

    /// True when (px, py) is strictly inside the ring by the crossing-number rule
    /// (boundary points may go either way; test them first). - Complexity: O(n).
    func ringEncloses(x px: Double, y py: Double) -> Bool {
        let n = count
        guard n >= 3 else { return false }
        var inside = false
        var ax = xy[2 * n - 2], ay = xy[2 * n - 1]
        var i = 0
        while i < 2 * n {
            let bx = xy[i], by = xy[i + 1]
            if (ay > py) != (by > py), px < (bx - ax) * (py - ay) / (by - ay) + ax { inside.toggle() }
            ax = bx; ay = by
            i += 2
        }
        return inside
    }
}
