import GIS

/// A polyline in the planning CRS (metres) with the measures the builder needs:
/// distance from a point, the arc length of the nearest point, interpolation.
struct PlanarPolyline: Sendable {
    var points: [Position]
    /// Cumulative arc length at each vertex, metres.
    var cumulative: [Double]

    init(_ points: [Position]) {
        precondition(points.count >= 2, "PlanarPolyline: needs two points")
        self.points = points
        var c = [0.0]
        for i in 1..<points.count { c.append(c[i - 1] + Self.length(points[i - 1], points[i])) }
        cumulative = c
    }

    var lengthMetres: Double { cumulative.last! }

    static func length(_ a: Position, _ b: Position) -> Double {
        ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
    }

    /// The nearest point of the polyline to `p`: distance (metres), arc length along the
    /// line (metres), and the side (+1 left of the direction of travel, -1 right).
    /// - Complexity: O(vertices).
    func nearest(to p: Position) -> (distance: Double, along: Double, side: Double) {
        var best = (distance: Double.infinity, along: 0.0, side: 1.0)
        for i in 0..<(points.count - 1) {
            let a = points[i], b = points[i + 1]
            let dx = b.x - a.x, dy = b.y - a.y
            let len2 = dx * dx + dy * dy
            let t = len2 > 0 ? min(max(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0), 1) : 0
            let qx = a.x + t * dx, qy = a.y + t * dy
            let d = ((p.x - qx) * (p.x - qx) + (p.y - qy) * (p.y - qy)).squareRoot()
            if d < best.distance {
                let cross = dx * (p.y - a.y) - dy * (p.x - a.x)
                best = (d, cumulative[i] + t * len2.squareRoot(), cross >= 0 ? 1 : -1)
            }
        }
        return best
    }

    /// The point at arc length `s` (clamped to the line).
    func point(at s: Double) -> Position {
        let s = min(max(s, 0), lengthMetres)
        var i = 0
        while i < points.count - 2 && cumulative[i + 1] < s { i += 1 }
        let seg = cumulative[i + 1] - cumulative[i]
        let t = seg > 0 ? (s - cumulative[i]) / seg : 0
        return Position(points[i].x + (points[i + 1].x - points[i].x) * t, points[i].y + (points[i + 1].y - points[i].y) * t)
    }

    /// Points every `step` metres along the line, ends included.
    func resampled(step: Double) -> [Position] {
        let n = max(1, Int((lengthMetres / step).rounded(.up)))
        return (0...n).map { point(at: lengthMetres * Double($0) / Double(n)) }
    }
}

/// Piecewise-linear interpolation of `values` at the increasing `knots`, held constant
/// beyond the ends.
func interpolate(_ x: Double, knots: [Double], values: [Double]) -> Double {
    guard let first = knots.first, x > first else { return values.first ?? 0 }
    for i in 1..<knots.count where x <= knots[i] {
        let t = (x - knots[i - 1]) / max(knots[i] - knots[i - 1], 1e-9)
        return values[i - 1] + (values[i] - values[i - 1]) * t
    }
    return values.last ?? 0
}
