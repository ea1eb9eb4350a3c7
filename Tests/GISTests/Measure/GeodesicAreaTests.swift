import Foundation
import Testing
@testable import GIS

@Suite("Geodesic area through the authalic sphere")
struct GeodesicAreaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The relative gap to Karney's area (PROJ's geodesic.h).
    static func gap(_ g: Geometry) -> (fast: Double, karney: Double, relative: Double) {
        let fast = GeodesicArea.cgcs2000.area(of: g)
        let karney = Geodesic.cgcs2000.area(of: g)
        return (fast, karney, abs(fast - karney) / max(karney, 1))
    }

    static func ring(_ pts: [(Double, Double)]) -> CoordinateSequence {
        CoordinateSequence((pts + [pts[0]]).map { Position($0.0, $0.1) })
    }

    @Test("the real county boundary: within 1e-9 relative of Karney's")
    func countyBoundary() throws {
        let county = try #require(try ProjectionTestSupport.countyGeometries(), "the county boundary is missing from geodata/sources/")
        for g in county {
            let r = Self.gap(g)
            #expect(r.karney > 1e9, "\(r.karney)")
            #expect(r.relative < 1e-9, "fast \(r.fast) vs Karney \(r.karney): \(r.relative)")
        }
    }

    @Test("every areal layer of geodata/: per feature and layer total within 1e-9 relative of Karney's",
          arguments: ["county", "townships", "villages", "zones", "terrain", "strategy", "neighbours"])
    func countyLayers(_ layer: String) throws {
        let path = Self.root.appendingPathComponent("geodata/\(layer).geojson").path
        let doc = try GeoJSONFile.read(path: path)
        var fast = 0.0, karney = 0.0, areal = 0
        for f in doc.object.asFeatureCollection.features {
            guard let g = f.geometry else { continue }
            let r = Self.gap(g)
            fast += r.fast; karney += r.karney
            if r.karney == 0 { continue }
            areal += 1
            // Karney's own rounding is about 1e-3 m² an edge: tiny features are compared in m².
            #expect(r.relative < 1e-9 || abs(r.fast - r.karney) < 0.05,
                    "\(layer) feature \(String(describing: f.id)): fast \(r.fast) vs Karney \(r.karney)")
        }
        #expect(areal > 0)
        #expect(abs(fast - karney) / karney < 1e-9, "\(layer): \(fast) vs \(karney)")
    }

    @Test("a coarse 0.25° square (27 km edges), where great circles alone are 2e-9 off, agrees to 1e-10")
    func coarseSquareNeedsTheSliver() {
        let g = Geometry.polygon(Polygon(rings: [Self.ring([(106.8, 30.1), (107.05, 30.1), (107.05, 30.35), (106.8, 30.35)])]))
        let r = Self.gap(g)
        #expect(r.relative < 1e-10, "fast \(r.fast) vs Karney \(r.karney): \(r.relative)")
        // Without the sliver term (great circles on the authalic sphere) the gap is far larger.
        let greatCircles = GeodesicArea(.cgcs2000, sliverTerm: false).area(of: g)
        #expect(abs(greatCircles - r.karney) / r.karney > 1e-9, "\(greatCircles) vs \(r.karney)")
        #expect(r.karney > 6e8)
    }

    @Test("irregular rings with mixed edge lengths across latitudes agree to 1e-9")
    func irregularRings() {
        var random = Xoshiro256StarStar(seed: 9)
        for latitude in stride(from: -70.0, through: 70.0, by: 20.0) {
            var pts: [(Double, Double)] = []
            let n = 40
            for k in 0..<n {
                let angle = 2 * Double.pi * Double(k) / Double(n) + 0.05 * random.nextUnit()
                let r = 0.02 + 0.15 * random.nextUnit()
                pts.append((100 + r * cos(angle) / cos(latitude * .pi / 180), latitude + r * sin(angle)))
            }
            let g = Geometry.polygon(Polygon(rings: [Self.ring(pts)]))
            let r = Self.gap(g)
            #expect(r.relative < 1e-9, "latitude \(latitude): fast \(r.fast) vs Karney \(r.karney): \(r.relative)")
        }
    }

    @Test("winding is ignored and holes are subtracted, as Geodesic does")
    func holesAndWinding() {
        let outer = Self.ring([(107, 30), (107.1, 30), (107.1, 30.1), (107, 30.1)])
        let outerCW = Self.ring([(107, 30), (107, 30.1), (107.1, 30.1), (107.1, 30)])
        let hole = Self.ring([(107.02, 30.02), (107.02, 30.04), (107.04, 30.04), (107.04, 30.02)])
        let area = GeodesicArea.cgcs2000
        let a = area.area(of: .polygon(Polygon(rings: [outer])))
        let h = area.area(of: .polygon(Polygon(rings: [hole])))
        #expect(abs(a - area.area(of: .polygon(Polygon(rings: [outerCW])))) < 1e-6)
        #expect(abs(area.area(of: .polygon(Polygon(rings: [outer, hole]))) - (a - h)) < 1e-6)
        #expect(Self.gap(.polygon(Polygon(rings: [outer, hole]))).relative < 1e-9)
        #expect(area.area(of: .lineString(outer)) == 0)
        #expect(area.area(of: .multiPolygon([Polygon(rings: [outer]), Polygon(rings: [hole])])) - (a + h) < 1e-6)
    }

    @Test("long edges and rings around a pole are measured with Karney's routine")
    func fallsBackToKarney() {
        let octant = Geometry.polygon(Polygon(rings: [Self.ring([(0, 0), (90, 0), (0, 90)])]))
        #expect(GeodesicArea.wgs84.area(of: octant) == Geodesic.wgs84.area(of: octant))
        let polar = Geometry.polygon(Polygon(rings: [Self.ring([(0, 89.99), (120, 89.99), (-120, 89.99)])]))
        #expect(GeodesicArea.wgs84.area(of: polar) == Geodesic.wgs84.area(of: polar))
        let cap = Geometry.polygon(Polygon(rings: [Self.ring(stride(from: 0.0, to: 360.0, by: 0.1).map { ($0, 89.9) })]))
        #expect(GeodesicArea.wgs84.area(of: cap) == Geodesic.wgs84.area(of: cap))
    }
}
