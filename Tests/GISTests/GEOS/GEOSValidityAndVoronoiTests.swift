import Testing
@testable import GIS

@Suite("GEOS validity and Voronoi cells")
struct GEOSValidityAndVoronoiTests {
    let geos: GEOSContext
    init() throws { geos = try GEOSContext() }

    @Test func aBowTieIsInvalidWithSelfIntersectionAtItsCrossing() throws {
        let validity = try geos.validity(.polygon(GEOSFixtures.bowTie))
        #expect(!validity.isValid)
        #expect(validity.reason == "Self-intersection")
        #expect(validity.location == Position(1, 1))
    }

    @Test func aSquareIsValid() throws {
        #expect(try geos.validity(.polygon(GEOSFixtures.square(0, 0, side: 1))) == GeometryValidity(isValid: true))
    }

    @Test func makeValidTurnsABowTieIntoTwoValidTriangles() throws {
        let fixed = try geos.makeValid(.polygon(GEOSFixtures.bowTie))
        #expect(try geos.validity(fixed).isValid)
        guard case .multiPolygon(let parts) = fixed else { Issue.record("expected a MultiPolygon, got \(fixed.typeName)"); return }
        #expect(parts.count == 2)
        #expect(abs(try geos.area(fixed) - 2) < 1e-12)
    }

    @Test func fourSitesInASquareTileItExactly() throws {
        let square = Geometry.polygon(GEOSFixtures.square(0, 0, side: 10))
        let sites = [Position(2, 2), Position(8, 2), Position(2, 8), Position(8, 8)]
        let cells = try geos.voronoiCells(sites: sites, clippedTo: square)
        #expect(cells.count == 4)
        let areas = try cells.map { try geos.area($0) }
        #expect(abs(areas.reduce(0, +) - 100) < 1e-9)
        for (i, cell) in cells.enumerated() {
            #expect(abs(areas[i] - 25) < 1e-9)
            // Each cell holds its own site, in site order.
            #expect(try geos.prepare(cell).contains(sites[i]))
            for j in (i + 1)..<cells.count {
                #expect(try geos.area(try geos.intersection(cell, cells[j])) < 1e-9)
            }
        }
    }

    @Test func manyRandomSitesTileAConcaveBoundaryInSiteOrder() throws {
        let boundary = Geometry.polygon(Polygon(rings: [CoordinateSequence(xy: [0, 0, 30, 0, 30, 30, 20, 30, 20, 10, 10, 10, 10, 30, 0, 30, 0, 0])]))
        var random = Xoshiro256StarStar(seed: 7)
        var sites: [Position] = []
        while sites.count < 60 {
            let p = Position(random.nextUnit() * 30, random.nextUnit() * 30)
            if p.y < 10 || p.x < 10 || p.x > 20 { sites.append(p) }
        }
        let cells = try geos.voronoiCells(sites: sites, clippedTo: boundary)
        #expect(abs(try geos.area(try geos.unaryUnion(cells)) - 700) < 1e-6)
        #expect(abs(try cells.reduce(0) { $0 + (try geos.area($1)) } - 700) < 1e-6)
        for (i, cell) in cells.enumerated() {
            #expect(try geos.prepare(cell).covers(sites[i]))
        }
    }

    @Test func collinearSitesCutASquareIntoStrips() throws {
        let square = Geometry.polygon(GEOSFixtures.square(0, 0, side: 9))
        let sites = [Position(7.5, 4), Position(1.5, 4), Position(4.5, 4)]
        let cells = try geos.voronoiCells(sites: sites, clippedTo: square)
        #expect(cells.map(\.boundingBox) == [BoundingBox(minX: 6, minY: 0, maxX: 9, maxY: 9),
                                             BoundingBox(minX: 0, minY: 0, maxX: 3, maxY: 9),
                                             BoundingBox(minX: 3, minY: 0, maxX: 6, maxY: 9)])
    }

    @Test func aSiteOutsideTheBoundaryMayGetAnEmptyCell() throws {
        let square = Geometry.polygon(GEOSFixtures.square(0, 0, side: 2))
        let cells = try geos.voronoiCells(sites: [Position(1, 1), Position(50, 1)], clippedTo: square)
        #expect(abs(try geos.area(cells[0]) - 4) < 1e-12)
        #expect(cells[1] == .geometryCollection([]))
    }

    @Test func coincidentSitesAreRefused() throws {
        let square = Geometry.polygon(GEOSFixtures.square(0, 0, side: 1))
        #expect(throws: GEOSError.self) {
            try geos.voronoiCells(sites: [Position(0.5, 0.5), Position(0.2, 0.2), Position(0.5, 0.5)], clippedTo: square)
        }
    }

    @Test func oneSiteGetsTheWholeBoundaryAndNoSitesGetNoCells() throws {
        let square = Geometry.polygon(GEOSFixtures.square(0, 0, side: 4))
        let cells = try geos.voronoiCells(sites: [Position(1, 1)], clippedTo: square)
        #expect(cells.count == 1)
        #expect(abs(try geos.area(cells[0]) - 16) < 1e-12)
        #expect(try geos.voronoiCells(sites: [], clippedTo: square).isEmpty)
    }
}
