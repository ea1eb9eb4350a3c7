import GIS

/// The deterministic fixture of the spatial-join benchmark: `polygons` Voronoi cells of
/// jittered grid sites tiling a 100 km square (metres, like the planning CRS), and
/// `points` uniform random points over it (seed 2015). Every point falls in a cell.
func spatialJoinFixture(points: Int, polygons: Int) throws -> (points: [Position], polygons: [Geometry]) {
    let side = 100_000.0
    let perRow = max(1, Int(Double(polygons).squareRoot().rounded(.up)))
    let spacing = side / Double(perRow)
    var random = Xoshiro256StarStar(seed: 2015)
    var sites: [Position] = []
    for k in 0..<polygons {
        let i = k % perRow, j = k / perRow
        sites.append(Position((Double(i) + 0.2 + 0.6 * random.nextUnit()) * spacing,
                              (Double(j) + 0.2 + 0.6 * random.nextUnit()) * spacing))
    }
    let square = Geometry.polygon(Polygon(rings: [CoordinateSequence(xy: [0, 0, side, 0, side, side, 0, side, 0, 0])]))
    let cells = try GEOSContext().voronoiCells(sites: sites, clippedTo: square)
    let queries = (0..<points).map { _ in Position(random.nextUnit() * side, random.nextUnit() * side) }
    return (queries, cells)
}

/// The best of `repeats` timings of `body`, in seconds.
private func bestSeconds(repeats: Int = 3, _ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    var best = Double.infinity
    for _ in 0..<repeats {
        let elapsed = clock.measure(body)
        best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return best
}

/// Measures ``SpatialJoin/pointsInPolygons(_:polygons:threads:)`` on the
/// ``spatialJoinFixture(points:polygons:)`` fixture, best of 3 (index building
/// included): points placed per second on one thread and on all cores. Run it in a
/// release build (`swift build -c release`).
func runSpatialJoinBenchmark(points: Int, polygons: Int) -> (pointsPerSecond: Double, allCoresPointsPerSecond: Double) {
    guard let fixture = try? spatialJoinFixture(points: points, polygons: polygons) else {
        preconditionFailure("spatial-join benchmark: GEOS could not build the Voronoi fixture")
    }
    var sink = 0
    let one = bestSeconds { sink &+= SpatialJoin.pointsInPolygons(fixture.points, polygons: fixture.polygons, threads: 1).count }
    let all = bestSeconds { sink &+= SpatialJoin.pointsInPolygons(fixture.points, polygons: fixture.polygons, threads: 0).count }
    precondition(sink == 6 * points)
    return (Double(points) / one, Double(points) / all)
}

/// Compares the Swift crossing-number join with the same join answered by GEOS
/// prepared geometries (`GEOSPreparedContains_r`, one per polygon, candidates from the
/// same ``STRTree``), one thread, best of 3; also checks that both agree.
func comparePointInPolygonWithGEOS(points: Int, polygons: Int) -> (swiftPointsPerSecond: Double, geosPointsPerSecond: Double, agree: Bool) {
    guard let fixture = try? spatialJoinFixture(points: points, polygons: polygons),
          let geos = try? GEOSContext(),
          let prepared = try? fixture.polygons.map({ try geos.prepare($0) }) else {
        preconditionFailure("spatial-join benchmark: GEOS could not prepare the fixture")
    }
    var swiftAnswer: [Int?] = []
    let swiftSeconds = bestSeconds { swiftAnswer = SpatialJoin.pointsInPolygons(fixture.points, polygons: fixture.polygons) }
    var geosAnswer: [Int?] = []
    let geosSeconds = bestSeconds {
        let tree = STRTree(boxes: fixture.polygons.map(\.boundingBox))
        geosAnswer = fixture.points.map { p in
            tree.search(BoundingBox(minX: p.x, minY: p.y, maxX: p.x, maxY: p.y)).first { prepared[$0].contains(p) }
        }
    }
    return (Double(points) / swiftSeconds, Double(points) / geosSeconds, swiftAnswer == geosAnswer)
}
