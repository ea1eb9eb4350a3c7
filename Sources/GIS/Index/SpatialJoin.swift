/// Point-to-polygon joins over an ``STRTree``: which village a household or site lies
/// in, and which feature is nearest to a point. Coordinates are used as planar, so join
/// projected data (metres) when distances matter; for containment lon/lat works too.
public enum SpatialJoin {
    /// For each point, the index of the first polygon (lowest index) that contains it,
    /// or nil. Candidates come from an ``STRTree`` of the polygons' boxes and are
    /// confirmed by an exact even-odd crossing-number test (a point exactly on a
    /// boundary may fall on either side). Non-polygonal geometries contain nothing.
    ///
    /// - Parameters:
    ///   - points: the points to place.
    ///   - polygons: Polygons or MultiPolygons (others never match).
    ///   - threads: how many threads share the points; 0 or less means one per processor
    ///     the process may use (``ParallelFor/availableProcessors``).
    ///     The answer does not depend on it.
    /// - Complexity: O(m log m) to index m polygons, then O(log m + c·v) per point for c
    ///   candidate polygons of v vertices.
    public static func pointsInPolygons(_ points: [Position], polygons: [Geometry], threads: Int = 1) -> [Int?] {
        let flat = PlanarGeometrySet(polygons)
        let tree = STRTree(boxes: flat.boxes)
        return parallelMap(points.count, threads: threads) { i in
            firstContaining(points[i], tree: tree, polygons: flat)
        }
    }

    /// For each point, the nearest geometry (lowest index among equals) and its planar
    /// distance in the units of the coordinates (0 inside a polygon); nil when there
    /// is no non-empty geometry.
    /// - Parameter threads: how many threads share the points; 0 or less means one per available
    ///   processor. The answer does not depend on it.
    /// - Complexity: O(m log m) to index, then a best-first search per point.
    public static func nearest(_ points: [Position], to geometries: [Geometry],
                               threads: Int = 1) -> [(index: Int, distance: Double)?] {
        let flat = PlanarGeometrySet(geometries)
        let tree = STRTree(boxes: flat.boxes)
        let found = parallelMap(points.count, threads: threads) { i in
            let p = points[i]
            let best = tree.nearest(to: p, k: 1) { flat.distance($0, x: p.x, y: p.y) }.first
            return best.map { Nearest(index: $0.index, distance: $0.distance) }
        }
        return found.map { $0.map { ($0.index, $0.distance) } }
    }

    /// A Sendable pair for ``parallelMap(_:threads:_:)`` (tuples cannot conform).
    private struct Nearest: Sendable { var index: Int; var distance: Double }

    /// The lowest index among the polygons containing `p`.
    static func firstContaining(_ p: Position, tree: STRTree, polygons: PlanarGeometrySet) -> Int? {
        var best: Int?
        tree.search(BoundingBox(minX: p.x, minY: p.y, maxX: p.x, maxY: p.y)) { i in
            if let b = best, i >= b { return }
            if polygons.contains(i, x: p.x, y: p.y) { best = i }
        }
        return best
    }

    /// `[body(0), …, body(count - 1)]` over ``ParallelFor`` (`threads` ≤ 0: every available
    /// processor); one thread below 2,048 points, where threads cost more than they save.
    static func parallelMap<T: Sendable>(_ count: Int, threads: Int, _ body: (Int) -> T?) -> [T?] {
        ParallelFor.map(count, threads: count < 2048 ? 1 : threads, body)
    }
}
