#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

import Testing
@testable import GIS

/// Shared shapes for the GEOS tests.
enum GEOSFixtures {
    /// An axis-aligned square ring, counterclockwise, closed.
    static func square(_ x0: Double, _ y0: Double, side: Double) -> Polygon {
        Polygon(rings: [CoordinateSequence(xy: [x0, y0, x0 + side, y0, x0 + side, y0 + side, x0, y0 + side, x0, y0])])
    }
    /// A bow-tie: two triangles meeting at (1, 1), whose ring crosses itself.
    static let bowTie = Polygon(rings: [CoordinateSequence(xy: [0, 0, 2, 2, 2, 0, 0, 2, 0, 0])])
}

@Suite("GEOS operations")
struct GEOSOperationsTests {
    let geos: GEOSContext
    init() throws { geos = try GEOSContext() }

    let a = Geometry.polygon(GEOSFixtures.square(0, 0, side: 2))
    let b = Geometry.polygon(GEOSFixtures.square(1, 1, side: 2))

    @Test func twoOverlappingSquaresIntersectInAUnitSquare() throws {
        let result = try geos.intersection(a, b)
        #expect(abs(try geos.area(result) - 1) < 1e-12)
        #expect(result.boundingBox == BoundingBox(minX: 1, minY: 1, maxX: 2, maxY: 2))
    }

    @Test func twoOverlappingSquaresUniteIntoAreaSeven() throws {
        #expect(abs(try geos.area(try geos.union(a, b)) - 7) < 1e-12)
    }

    @Test func differenceRemovesTheOverlap() throws {
        #expect(abs(try geos.area(try geos.difference(a, b)) - 3) < 1e-12)
    }

    @Test func disjointIntersectionIsAnEmptyCollection() throws {
        let far = Geometry.polygon(GEOSFixtures.square(10, 10, side: 1))
        #expect(try geos.intersection(a, far) == .geometryCollection([]))
    }

    @Test func unaryUnionDissolvesAGridOfSquaresIntoOnePolygon() throws {
        var squares: [Geometry] = []
        for i in 0..<3 { for j in 0..<3 { squares.append(.polygon(GEOSFixtures.square(Double(i), Double(j), side: 1))) } }
        let dissolved = try geos.unaryUnion(squares)
        guard case .polygon(let p) = dissolved else { Issue.record("expected a Polygon, got \(dissolved.typeName)"); return }
        #expect(p.rings.count == 1)
        #expect(abs(try geos.area(dissolved) - 9) < 1e-12)
        #expect(try geos.unaryUnion([]) == .geometryCollection([]))
    }

    @Test func bufferOfAPointApproachesACircle() throws {
        let r = 10.0
        let disc = try geos.buffer(.point(Position(5, 5)), distance: r, quadrantSegments: 64)
        let area = try geos.area(disc)
        #expect(abs(area - Double.pi * r * r) / (Double.pi * r * r) < 1e-3)
        #expect(area < Double.pi * r * r)
    }

    @Test func douglasPeuckerRemovesNearlyCollinearVertices() throws {
        var xy: [Double] = []
        for i in 0...100 { xy += [Double(i), i % 2 == 0 ? 0 : 0.01] }
        let simplified = try geos.simplify(.lineString(CoordinateSequence(xy: xy)), tolerance: 0.1, preserveTopology: false)
        #expect(simplified == .lineString(CoordinateSequence(xy: [0, 0, 100, 0])))
    }

    @Test func topologyPreservingSimplificationKeepsAPolygonValidWithFewerVertices() throws {
        // A star-like ring with 200 jagged vertices around a hole near its edge.
        var ring: [Double] = []
        for k in 0..<200 {
            let t = Double(k) / 200 * 2 * Double.pi
            let radius = 10 + (k % 2 == 0 ? 0.3 : -0.3)
            ring += [radius * cos(t), radius * sin(t)]
        }
        ring += [ring[0], ring[1]]
        let hole = CoordinateSequence(xy: [8, -0.5, 8, 0.5, 9, 0.5, 9, -0.5, 8, -0.5])
        let polygon = Geometry.polygon(Polygon(rings: [CoordinateSequence(xy: ring), hole]))
        let simplified = try geos.simplify(polygon, tolerance: 2, preserveTopology: true)
        #expect(simplified.positionCount < polygon.positionCount / 4)
        #expect(try geos.validity(simplified).isValid)
        guard case .polygon(let p) = simplified else { Issue.record("expected a Polygon"); return }
        #expect(p.rings.count == 2)
    }

    @Test func pointOnSurfaceLiesInsideAConcaveShape() throws {
        // A U shape whose centroid (in the notch) is outside it.
        let u = Geometry.polygon(Polygon(rings: [CoordinateSequence(xy: [0, 0, 3, 0, 3, 3, 2, 3, 2, 1, 1, 1, 1, 3, 0, 3, 0, 0])]))
        let p = try geos.pointOnSurface(u)
        let prepared = try geos.prepare(u)
        #expect(prepared.contains(p))
        #expect(throws: GEOSError.self) { try geos.pointOnSurface(.geometryCollection([])) }
    }

    @Test func preparedGeometryAnswersContainsCoversAndIntersects() throws {
        let prepared = try geos.prepare(a)
        #expect(prepared.contains(Position(1, 1)))
        #expect(!prepared.contains(Position(0, 1)))  // on the boundary
        #expect(prepared.covers(Position(0, 1)))
        #expect(!prepared.covers(Position(3, 3)))
        #expect(try prepared.intersects(b))
        #expect(try !prepared.intersects(.point(Position(5, 5))))
    }

    @Test func zIsKeptThroughARoundTrip() throws {
        let line = Geometry.lineString(CoordinateSequence(xy: [0, 0, 1, 1], z: [100, 200]))
        let handle = try GEOSGeometryHandle(line, context: geos)
        #expect(try handle.geometry() == line)
        let mixed = Geometry.geometryCollection([.point(Position(1, 2)), .multiPoint(CoordinateSequence(xy: [3, 4, 5, 6])),
                                                 .multiLineString([CoordinateSequence(xy: [0, 0, 1, 0])]),
                                                 .multiPolygon([GEOSFixtures.square(0, 0, side: 1)])])
        #expect(try GEOSGeometryHandle(mixed, context: geos).geometry() == mixed)
    }

    @Test func anUnclosedRingIsRefusedWithGEOSsOwnMessage() throws {
        let bad = Geometry.polygon(Polygon(rings: [CoordinateSequence(xy: [0, 0, 1, 0, 1, 1, 0, 1])]))
        do {
            _ = try geos.area(bad)
            Issue.record("expected a GEOSError")
        } catch let error as GEOSError {
            #expect(error.operation == "convert Polygon to GEOS")
            #expect(error.message.contains("closed linestring"))
            #expect(error.description.hasPrefix("GEOS convert Polygon to GEOS: IllegalArgumentException"))
        }
    }
}
