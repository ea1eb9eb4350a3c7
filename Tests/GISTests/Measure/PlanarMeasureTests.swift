import Testing
@testable import GIS

@Suite("Planar measures")
struct PlanarMeasureTests {
    static func ring(_ pts: [(Double, Double)], offsetX: Double = 0, offsetY: Double = 0) -> CoordinateSequence {
        CoordinateSequence((pts + [pts[0]]).map { Position($0.0 + offsetX, $0.1 + offsetY) })
    }
    /// A 10 × 10 square with a 2 × 2 hole from (4, 4) to (6, 6).
    static let squareWithHole = Geometry.polygon(Polygon(rings: [
        ring([(0, 0), (10, 0), (10, 10), (0, 10)]),
        ring([(4, 4), (4, 6), (6, 6), (6, 4)]),
    ]))
    static let lShape: [(Double, Double)] = [(0, 0), (2, 0), (2, 1), (1, 1), (1, 2), (0, 2)]

    @Test("the area of a square with a hole is the square minus the hole")
    func squareWithHoleArea() {
        #expect(Self.squareWithHole.planarArea == 96)
        #expect(Self.squareWithHole.planarLength == 48)
    }

    @Test("area does not depend on the winding of the rings")
    func windingIgnored() {
        let cw = Geometry.polygon(Polygon(rings: [
            Self.ring([(0, 0), (0, 10), (10, 10), (10, 0)]),
            Self.ring([(4, 4), (6, 4), (6, 6), (4, 6)]),
        ]))
        #expect(cw.planarArea == 96)
        #expect(Geometry.multiPolygon([Polygon(rings: [Self.ring([(0, 0), (0, 1), (1, 1), (1, 0)])])]).planarArea == 1)
    }

    @Test("points and lines have no area")
    func nonArealHasNoArea() {
        #expect(Geometry.lineString(Self.ring([(0, 0), (1, 0), (1, 1)])).planarArea == 0)
        #expect(Geometry.point(Position(1, 1)).planarArea == 0)
    }

    @Test("the centroid of an L-shape is at (5/6, 5/6)")
    func lShapeCentroid() throws {
        let c = try #require(Geometry.polygon(Polygon(rings: [Self.ring(Self.lShape)])).centroid)
        #expect(abs(c.x - 5.0 / 6) < 1e-12)
        #expect(abs(c.y - 5.0 / 6) < 1e-12)
    }

    @Test("the centroid keeps millimetre precision at EPSG:4545 coordinates")
    func lShapeCentroidFarFromOrigin() throws {
        let (ox, oy) = (403_000.0, 3_353_000.0)
        let g = Geometry.polygon(Polygon(rings: [Self.ring(Self.lShape.map { ($0.0 * 100, $0.1 * 100) }, offsetX: ox, offsetY: oy)]))
        let c = try #require(g.centroid)
        #expect(abs(c.x - (ox + 500.0 / 6)) < 1e-6)
        #expect(abs(c.y - (oy + 500.0 / 6)) < 1e-6)
        #expect(abs(g.planarArea - 30_000) < 1e-6)
    }

    @Test("a hole pulls the centroid away from it")
    func holeShiftsCentroid() throws {
        let g = Geometry.polygon(Polygon(rings: [
            Self.ring([(0, 0), (4, 0), (4, 2), (0, 2)]),
            Self.ring([(0.5, 0.5), (1.5, 0.5), (1.5, 1.5), (0.5, 1.5)]),
        ]))
        // (8 · (2, 1) − 1 · (1, 1)) / 7
        let c = try #require(g.centroid)
        #expect(abs(c.x - 15.0 / 7) < 1e-12)
        #expect(abs(c.y - 1) < 1e-12)
    }

    @Test("a line's centroid is length-weighted and points' centroid is their mean")
    func lineAndPointCentroids() throws {
        let line = Geometry.lineString(CoordinateSequence([Position(0, 0), Position(10, 0), Position(10, 10)]))
        #expect(line.centroid == Position(7.5, 2.5))
        #expect(line.planarLength == 20)
        let pts = Geometry.multiPoint(CoordinateSequence([Position(0, 0), Position(3, 0), Position(0, 6)]))
        #expect(pts.centroid == Position(1, 2))
        #expect(Geometry.multiPolygon([]).centroid == nil)
        #expect(Geometry.geometryCollection([]).centroid == nil)
    }

    @Test("a point on a hole's edge is inside; the hole's interior is not")
    func pointInPolygonWithHole() {
        let g = Self.squareWithHole
        #expect(g.contains(Position(5, 4)))       // on the hole's edge
        #expect(g.contains(Position(6, 6)))       // on the hole's corner
        #expect(!g.contains(Position(5, 5)))      // inside the hole
        #expect(!g.contains(Position(5.5, 4.5)))
        #expect(g.contains(Position(1, 1)))
        #expect(g.contains(Position(0, 0)))       // exterior vertex
        #expect(g.contains(Position(10, 3)))      // exterior edge
        #expect(!g.contains(Position(11, 5)))
        #expect(!g.contains(Position(5, -0.001)))
        #expect(!Geometry.lineString(Self.ring([(0, 0), (10, 0), (10, 10)])).contains(Position(10, 5)))
    }

    @Test("the distance to a line is to its nearest segment, end points included")
    func distanceToLine() {
        let line = Geometry.lineString(CoordinateSequence([Position(0, 0), Position(10, 0)]))
        #expect(line.distance(to: Position(5, 3)) == 3)
        #expect(line.distance(to: Position(13, 4)) == 5)
        #expect(line.distance(to: Position(-3, -4)) == 5)
        #expect(line.distance(to: Position(2, 0)) == 0)
    }

    @Test("the distance to an area is 0 inside and to the nearest ring outside or in a hole")
    func distanceToPolygon() {
        let g = Self.squareWithHole
        #expect(g.distance(to: Position(2, 2)) == 0)
        #expect(g.distance(to: Position(5, 5)) == 1)
        #expect(g.distance(to: Position(13, 14)) == 5)
        #expect(Geometry.multiPoint(CoordinateSequence([Position(0, 0), Position(6, 8)])).distance(to: Position(6, 7)) == 1)
        #expect(Geometry.geometryCollection([]).distance(to: Position(0, 0)) == .infinity)
    }

    @Test("the county projected to EPSG:4545 has a planar area of about 1,914 km²")
    func countyPlanarArea() throws {
        let county = try #require(try ProjectionTestSupport.countyGeometries(), "the county boundary is missing from geodata/sources/")
        let t = try Transformation(from: "EPSG:4326", to: PlanningCRS.defaultCode)
        let km2 = try county.reduce(0) { $0 + (try t.transform($1)).planarArea } / 1e6
        #expect(abs(km2 - 1_914.28) < 0.5, "planar area \(km2) km²")
        let c = try #require(try t.transform(county[0]).centroid)
        #expect(county[0].contains(try t.inverse(c)))
    }
}
