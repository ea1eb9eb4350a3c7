/// A geometry flattened for fast planar queries on the spatial-join hot path: every
/// coordinate run in one array, polygon rings first.
///
/// Point-in-polygon here is a crossing-number (even-odd) test in Swift. On this hot
/// path it beats a GEOS prepared geometry per point, because GEOS needs a point
/// geometry allocated and freed per query and a C call per test (see
/// `Sources/BenkangBench/SpatialJoinBenchmark.swift`, which measures both). Even-odd
/// over all rings is exact for valid polygons and multipolygons (holes inside their
/// shell, parts not overlapping); a point exactly on a boundary may fall either way.
struct PlanarGeometry: Sendable {
    /// x0, y0, x1, y1, … of every run.
    var xy: [Double] = []
    /// Position offset of each run in `xy` (in positions), followed by the total count.
    var runStarts: [Int] = [0]
    /// Runs `0..<ringCount` are polygon rings; the rest are lines and points.
    var ringCount = 0
    var boundingBox = BoundingBox.empty

    /// Flattens `geometry`; empty geometries give an empty value that contains nothing.
    /// - Complexity: O(n) in positions.
    init(_ geometry: Geometry) {
        var rings: [CoordinateSequence] = []
        var others: [CoordinateSequence] = []
        PlanarGeometry.collect(geometry, rings: &rings, others: &others)
        for run in rings + others where !run.isEmpty {
            xy.append(contentsOf: run.xy)
            runStarts.append(xy.count / 2)
        }
        ringCount = rings.filter { !$0.isEmpty }.count
        boundingBox = geometry.boundingBox
    }

    private static func collect(_ g: Geometry, rings: inout [CoordinateSequence], others: inout [CoordinateSequence]) {
        switch g {
        case .point(let p): others.append(CoordinateSequence([p]))
        case .multiPoint(let s):
            for i in 0..<s.count { others.append(CoordinateSequence([s[i]])) }
        case .lineString(let s): others.append(s)
        case .multiLineString(let ls): others.append(contentsOf: ls)
        case .polygon(let p): rings.append(contentsOf: p.rings)
        case .multiPolygon(let ps): for p in ps { rings.append(contentsOf: p.rings) }
        case .geometryCollection(let gs): for part in gs { collect(part, rings: &rings, others: &others) }
        }
    }

    /// True when (x, y) is inside the polygonal part (even-odd over all rings).
    /// - Complexity: O(n) in ring positions.
    func containsPoint(x px: Double, y py: Double) -> Bool {
        guard ringCount > 0, boundingBox.contains(Position(px, py)) else { return false }
        return xy.withUnsafeBufferPointer { c in
            runStarts.withUnsafeBufferPointer { starts in
                PlanarGeometry.evenOddInside(c, starts, runs: 0..<ringCount, px, py)
            }
        }
    }

    /// The planar distance from (x, y) to the geometry: 0 inside a polygon, otherwise
    /// the distance to the nearest segment or point; infinity for an empty geometry.
    /// - Complexity: O(n) in positions.
    func distance(x px: Double, y py: Double) -> Double {
        if containsPoint(x: px, y: py) { return 0 }
        return xy.withUnsafeBufferPointer { c in
            runStarts.withUnsafeBufferPointer { starts in
                PlanarGeometry.distanceSquared(c, starts, runs: 0..<(runStarts.count - 1), px, py)
            }
        }.squareRoot()
    }

    // MARK: Kernels over flat storage (shared with PlanarGeometrySet)

    /// Even-odd crossing number of (px, py) over runs `runs`, whose positions are
    /// `starts[r]..<starts[r + 1]` in `c` (x, y pairs).
    @inline(__always)
    static func evenOddInside(_ c: UnsafeBufferPointer<Double>, _ starts: UnsafeBufferPointer<Int>,
                              runs: Range<Int>, _ px: Double, _ py: Double) -> Bool {
        var inside = false
        for r in runs {
            let start = starts[r], end = starts[r + 1]
            guard end - start >= 2 else { continue }
            // The segment from the last position to the first closes an unclosed ring
            // (and is zero-length for a closed one).
            var j = end - 1
            for i in start..<end {
                let yi = c[2 * i + 1], yj = c[2 * j + 1]
                if (yi > py) != (yj > py) {
                    let xi = c[2 * i], xj = c[2 * j]
                    if px < xi + (py - yi) * (xj - xi) / (yj - yi) { inside.toggle() }
                }
                j = i
            }
        }
        return inside
    }

    /// The squared distance from (px, py) to the segments and points of runs `runs`
    /// (a one-position run is a point); infinity when there are none.
    static func distanceSquared(_ c: UnsafeBufferPointer<Double>, _ starts: UnsafeBufferPointer<Int>,
                                runs: Range<Int>, _ px: Double, _ py: Double) -> Double {
        var best = Double.infinity
        for r in runs {
            let start = starts[r], end = starts[r + 1]
            if end - start == 1 {
                let dx = c[2 * start] - px, dy = c[2 * start + 1] - py
                best = min(best, dx * dx + dy * dy)
                continue
            }
            for i in start..<(end - 1) {
                best = min(best, GIS.segmentDistanceSquared(px, py, c[2 * i], c[2 * i + 1], c[2 * i + 2], c[2 * i + 3]))
            }
        }
        return best
    }
}
