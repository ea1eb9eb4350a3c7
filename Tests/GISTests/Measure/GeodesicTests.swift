import Testing
@testable import GIS

@Suite("Geodesic measures")
struct GeodesicTests {
    @Test("JFK to Changi on WGS 84 is 15,347,512.941 m, as PROJ's geod prints")
    func jfkToChangi() {
        // echo "40.64 -73.78 1.36 103.99" | geod +ellps=WGS84 -I → 15347512.941
        let d = Geodesic.wgs84.distance(from: Position(-73.78, 40.64), to: Position(103.99, 1.36))
        #expect(abs(d - 15_347_512.941) < 0.001)
    }

    @Test("a quarter of the equator on WGS 84 is 10,018,754.171 m")
    func quarterEquator() {
        #expect(abs(Geodesic.wgs84.distance(from: Position(0, 0), to: Position(90, 0)) - 10_018_754.171) < 0.001)
    }

    @Test("the octant triangle has one eighth of the ellipsoid's area and its perimeter")
    func octant() {
        let ring = CoordinateSequence([Position(0, 0), Position(90, 0), Position(0, 90), Position(0, 0)])
        let g = Geometry.polygon(Polygon(rings: [ring]))
        #expect(abs(Geodesic.wgs84.area(of: g) - 63_758_202_715_511) < 1e3)
        #expect(abs(Geodesic.wgs84.length(of: g) - (10_018_754.171 + 2 * 10_001_965.729)) < 0.01)
    }

    @Test("area ignores winding and subtracts holes")
    func holesAndWinding() {
        func ring(_ pts: [(Double, Double)]) -> CoordinateSequence {
            CoordinateSequence((pts + [pts[0]]).map { Position($0.0, $0.1) })
        }
        let outer = ring([(107, 30), (107.1, 30), (107.1, 30.1), (107, 30.1)])
        let outerCW = ring([(107, 30), (107, 30.1), (107.1, 30.1), (107.1, 30)])
        let hole = ring([(107.02, 30.02), (107.02, 30.04), (107.04, 30.04), (107.04, 30.02)])
        let a = Geodesic.cgcs2000.area(of: .polygon(Polygon(rings: [outer])))
        let h = Geodesic.cgcs2000.area(of: .polygon(Polygon(rings: [hole])))
        #expect(abs(a - Geodesic.cgcs2000.area(of: .polygon(Polygon(rings: [outerCW])))) < 1e-3)
        #expect(abs(Geodesic.cgcs2000.area(of: .polygon(Polygon(rings: [outer, hole]))) - (a - h)) < 1e-3)
        // about 9.64 km × 11.09 km at 30° N
        #expect(a > 106e6 && a < 108e6, "\(a)")
        #expect(Geodesic.cgcs2000.area(of: .lineString(outer)) == 0)
    }

    @Test("a line's length is the sum of its segments' distances")
    func lineLength() {
        let a = Position(107.0, 30.3), b = Position(106.9, 30.4), c = Position(107.2, 30.1)
        let g = Geodesic.cgcs2000
        let expected = g.distance(from: a, to: b) + g.distance(from: b, to: c)
        #expect(abs(g.length(of: .lineString(CoordinateSequence([a, b, c]))) - expected) < 1e-6)
        // geod +a=6378137 +rf=298.257222101 -I on "30.3 107.0 30.4 106.9" → 14674.333
        #expect(abs(g.distance(from: a, to: b) - 14_674.333) < 0.001)
        #expect(g.length(of: .point(a)) == 0)
    }

    @Test("the county's geodesic area on CGCS2000 is within 0.5 % of its EPSG:4545 planar area")
    func countyGeodesicVersusPlanar() throws {
        let county = try #require(try ProjectionTestSupport.countyGeometries(), "the county boundary is missing from geodata/sources/")
        let t = try Transformation(from: "EPSG:4326", to: PlanningCRS.defaultCode)
        let planar = try county.reduce(0) { $0 + (try t.transform($1)).planarArea }
        let geodesic = county.reduce(0) { $0 + Geodesic.cgcs2000.area(of: $1) }
        #expect(abs(geodesic - planar) / planar < 0.005, "geodesic \(geodesic / 1e6) km², planar \(planar / 1e6) km²")
        #expect(abs(geodesic / 1e6 - 1_914) < 10)
    }
}
