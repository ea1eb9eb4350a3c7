/// Many ``PlanarGeometry`` values packed into one set of arrays, so that the join's
/// inner loop touches contiguous memory and no per-geometry array is retained or
/// released per test.
struct PlanarGeometrySet: Sendable {
    /// x, y pairs of every run of every geometry.
    private var xy: [Double] = []
    /// Position offset of each run, followed by the total count.
    private var runStarts: [Int] = [0]
    /// Geometry g owns runs `firstRun[g]..<firstRun[g + 1]`, of which the first
    /// `ringCount[g]` are polygon rings.
    private var firstRun: [Int] = [0]
    private var ringCount: [Int] = []
    /// One box per geometry (empty for an empty geometry).
    private(set) var boxes: [BoundingBox] = []

    var count: Int { boxes.count }

    /// - Complexity: O(n) in positions.
    init(_ geometries: [Geometry]) {
        for geometry in geometries {
            let flat = PlanarGeometry(geometry)
            let base = xy.count / 2
            xy.append(contentsOf: flat.xy)
            runStarts.append(contentsOf: flat.runStarts.dropFirst().map { $0 + base })
            firstRun.append(runStarts.count - 1)
            ringCount.append(flat.ringCount)
            boxes.append(flat.boundingBox)
        }
    }

    /// True when (x, y) is inside the polygonal part of geometry `g` (even-odd).
    /// - Complexity: O(n) in the geometry's ring positions.
    func contains(_ g: Int, x px: Double, y py: Double) -> Bool {
        guard ringCount[g] > 0, boxes[g].contains(Position(px, py)) else { return false }
        let first = firstRun[g]
        return xy.withUnsafeBufferPointer { c in
            runStarts.withUnsafeBufferPointer { starts in
                PlanarGeometry.evenOddInside(c, starts, runs: first..<(first + ringCount[g]), px, py)
            }
        }
    }

    /// The planar distance from (x, y) to geometry `g` (0 inside a polygon).
    /// - Complexity: O(n) in the geometry's positions.
    func distance(_ g: Int, x px: Double, y py: Double) -> Double {
        if contains(g, x: px, y: py) { return 0 }
        let runs = firstRun[g]..<firstRun[g + 1]
        return xy.withUnsafeBufferPointer { c in
            runStarts.withUnsafeBufferPointer { starts in
                PlanarGeometry.distanceSquared(c, starts, runs: runs, px, py)
            }
        }.squareRoot()
    }
}
