import Testing
@testable import GIS

@Suite("Spatial join")
struct IndexSpatialJoinTests {
    static let polygons = IndexFixtures.randomPolygons(300, seed: 11)
    static let points = IndexFixtures.randomPoints(12_000, seed: 12)

    /// The lowest-index polygon containing each point, by testing every polygon.
    static func bruteForce(_ points: [Position], _ polygons: [Geometry]) -> [Int?] {
        let flat = polygons.map(PlanarGeometry.init)
        return points.map { p in flat.indices.first { flat[$0].containsPoint(x: p.x, y: p.y) } }
    }

    @Test func pointsInPolygonsMatchesBruteForceOnTwelveThousandPoints() {
        let joined = SpatialJoin.pointsInPolygons(Self.points, polygons: Self.polygons)
        let expected = Self.bruteForce(Self.points, Self.polygons)
        #expect(joined == expected)
        // The fixture exercises both outcomes and overlapping polygons.
        #expect(joined.filter { $0 != nil }.count > 1000)
        #expect(joined.filter { $0 == nil }.count > 1000)
    }

    @Test func theAnswerDoesNotDependOnTheThreadCount() {
        let one = SpatialJoin.pointsInPolygons(Self.points, polygons: Self.polygons, threads: 1)
        #expect(SpatialJoin.pointsInPolygons(Self.points, polygons: Self.polygons, threads: 3) == one)
        #expect(SpatialJoin.pointsInPolygons(Self.points, polygons: Self.polygons, threads: 0) == one)
    }

    /// 2,049 points on 64 threads: chunks of 33, so the last chunks start past the end.
    @Test func manyThreadsOnFewPointsLeaveNoChunkPastTheEnd() {
        let points = Array(Self.points.prefix(2049))
        let one = SpatialJoin.pointsInPolygons(points, polygons: Self.polygons, threads: 1)
        #expect(SpatialJoin.pointsInPolygons(points, polygons: Self.polygons, threads: 64) == one)
        let nearestOne = SpatialJoin.nearest(points, to: Self.polygons, threads: 1)
        let nearestMany = SpatialJoin.nearest(points, to: Self.polygons, threads: 64)
        #expect(nearestMany.map { $0?.index } == nearestOne.map { $0?.index })
        let squares = ParallelFor.map(2049, threads: 64) { $0 * $0 }
        #expect(squares == (0..<2049).map { $0 * $0 })
    }

    @Test func crossingNumberAgreesWithGEOSCoversOffTheBoundary() throws {
        let geos = try GEOSContext()
        for (i, polygon) in Self.polygons.prefix(40).enumerated() {
            let prepared = try geos.prepare(polygon)
            let flat = PlanarGeometry(polygon)
            for p in Self.points.prefix(1500) {
                #expect(flat.containsPoint(x: p.x, y: p.y) == prepared.covers(p), "polygon \(i) at \(p)")
            }
        }
    }

    @Test func pointsInHolesBelongToNoPolygon() {
        let ring = CoordinateSequence(xy: [0, 0, 10, 0, 10, 10, 0, 10, 0, 0])
        let hole = CoordinateSequence(xy: [4, 4, 4, 6, 6, 6, 6, 4, 4, 4])
        let polygons: [Geometry] = [.polygon(Polygon(rings: [ring, hole])), .lineString(ring)]
        let result = SpatialJoin.pointsInPolygons([Position(5, 5), Position(1, 1), Position(20, 20)], polygons: polygons)
        #expect(result == [nil, 0, nil])
    }

    @Test func nearestMatchesBruteForceGEOSDistance() throws {
        var geometries = Array(Self.polygons.prefix(150))
        geometries.append(.lineString(CoordinateSequence(xy: [0, 120, 100, 125])))
        geometries.append(.multiPoint(CoordinateSequence(xy: [-20, -20, 130, 50])))
        let points = Array(Self.points.prefix(500)) + [Position(50, 130), Position(-25, -25)]
        let joined = SpatialJoin.nearest(points, to: geometries)
        let geos = try GEOSContext()
        for (i, p) in points.enumerated() {
            let distances = try geometries.map { try geos.distance($0, .point(p)) }
            let best = distances.min()!
            guard let found = joined[i] else { Issue.record("no nearest for point \(i)"); continue }
            #expect(abs(found.distance - best) < 1e-9, "point \(i)")
            #expect(abs(distances[found.index] - best) < 1e-9, "point \(i)")
        }
        #expect(SpatialJoin.nearest([Position(0, 0)], to: []).first! == nil)
        let many = Array(Self.points.prefix(5000))
        let serial = SpatialJoin.nearest(many, to: geometries, threads: 1)
        let threaded = SpatialJoin.nearest(many, to: geometries, threads: 2)
        #expect(threaded.map { $0?.index } == serial.map { $0?.index })
        #expect(threaded.map { $0?.distance } == serial.map { $0?.distance })
    }
}
