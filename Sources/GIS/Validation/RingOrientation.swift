/// Ring orientation as RFC 7946 §3.1.6 asks for it: exterior rings counterclockwise,
/// holes clockwise (in x = lon, y = lat, or easting/northing).
public enum RingOrientation: String, Sendable {
    case counterclockwise, clockwise, degenerate

    /// The orientation of `ring` from the sign of its shoelace area; `.degenerate`
    /// when the area is zero (fewer than 3 distinct positions, or all collinear).
    /// - Complexity: O(n).
    public init(of ring: CoordinateSequence) {
        let area = RingOrientation.signedAreaTwice(ring)
        self = area > 0 ? .counterclockwise : (area < 0 ? .clockwise : .degenerate)
    }

    /// Twice the signed shoelace area of the ring (positive when counterclockwise), in
    /// squared coordinate units. The ring may be open or closed.
    /// - Complexity: O(n).
    public static func signedAreaTwice(_ ring: CoordinateSequence) -> Double {
        let n = ring.count
        guard n >= 3 else { return 0 }
        // Relative to the first position, to keep precision with large coordinates.
        let x0 = ring.xy[0], y0 = ring.xy[1]
        var sum = 0.0
        ring.xy.withUnsafeBufferPointer { c in
            for i in 1..<(n - 1) {
                let ax = c[2 * i] - x0, ay = c[2 * i + 1] - y0
                let bx = c[2 * i + 2] - x0, by = c[2 * i + 3] - y0
                sum += ax * by - bx * ay
            }
        }
        return sum
    }

    /// The orientation RFC 7946 expects for ring `index` of a polygon (0 = exterior).
    public static func expected(ringIndex index: Int) -> RingOrientation {
        index == 0 ? .counterclockwise : .clockwise
    }
}

extension CoordinateSequence {
    /// The positions in reverse order (z kept with its position).
    public func reversedRing() -> CoordinateSequence {
        let n = count
        var xy = [Double](repeating: 0, count: 2 * n)
        for i in 0..<n {
            xy[2 * i] = self.xy[2 * (n - 1 - i)]
            xy[2 * i + 1] = self.xy[2 * (n - 1 - i) + 1]
        }
        return CoordinateSequence(xy: xy, z: z.map { Array($0.reversed()) })
    }
}

extension Polygon {
    /// The polygon with rings reversed where needed so the exterior is counterclockwise
    /// and holes clockwise, and the indices of the rings that were reversed.
    /// Degenerate rings are left as they are.
    /// - Complexity: O(n) in positions.
    public func orientedPerRFC7946() -> (polygon: Polygon, reversedRings: [Int]) {
        var rings = self.rings
        var reversed: [Int] = []
        for (i, ring) in rings.enumerated() {
            let orientation = RingOrientation(of: ring)
            if orientation != .degenerate && orientation != RingOrientation.expected(ringIndex: i) {
                rings[i] = ring.reversedRing()
                reversed.append(i)
            }
        }
        return (Polygon(rings: rings), reversed)
    }
}
