import Testing
import GIS
@testable import GeodataBuild

@Suite struct GeodataGeometryTests {
    let toPlanning = try! Transformation(from: "EPSG:4326", to: "EPSG:4545")

    /// Overlap and gap of `parts` against `whole`, in m² per km² of `whole`.
    func tilingErrors(_ parts: [Geometry], _ whole: Geometry, _ geos: GEOSContext) throws -> (overlap: Double, gap: Double) {
        let areaWhole = try geos.area(whole)
        let union = try geos.unaryUnion(parts)
        let sum = try parts.reduce(0.0) { $0 + (try geos.area($1)) }
        let overlap = sum - (try geos.area(union))
        let gap = try geos.area(try geos.difference(whole, union))
        let outside = try geos.area(try geos.difference(union, whole))
        return (overlap / (areaWhole / 1e6), (gap + outside) / (areaWhole / 1e6))
    }

    @Test func townshipsTileTheCountyWithoutGapsOrOverlaps() throws {
        let f = try GeodataFixture.get(), geos = try GEOSContext()
        let county = try toPlanning.transform(f.layers["county.geojson"]!.features[0].geometry!)
        let parts = try f.townships.map { try toPlanning.transform($0.geometry!) }
        let e = try tilingErrors(parts, county, geos)
        #expect(e.overlap < 1, "overlap \(e.overlap) m²/km²")
        #expect(e.gap < 1, "gap \(e.gap) m²/km²")
    }

    @Test func villagesTileTheirTownshipWithoutGapsOrOverlaps() throws {
        let f = try GeodataFixture.get(), geos = try GEOSContext()
        let byTownship = Dictionary(grouping: f.villages) { $0.string("township_code") }
        for t in f.townships {
            let whole = try toPlanning.transform(t.geometry!)
            let parts = try byTownship[t.string("code"), default: []].map { try toPlanning.transform($0.geometry!) }
            let e = try tilingErrors(parts, whole, geos)
            #expect(e.overlap < 1 && e.gap < 1, "\(t.string("name")): overlap \(e.overlap), gap \(e.gap) m²/km²")
        }
    }

    @Test func everyVillageLiesInsideItsTownship() throws {
        let f = try GeodataFixture.get(), geos = try GEOSContext()
        var prepared: [String: PreparedGeometry] = [:]
        for t in f.townships { prepared[t.string("code")] = try geos.prepare(t.geometry!) }
        for v in f.villages {
            let p = try geos.pointOnSurface(v.geometry!)
            #expect(prepared[v.string("township_code")]?.contains(p) == true, "\(v.string("id")) \(v.string("name"))")
        }
    }

    @Test func everyLayerPassesTheGeometryValidatorWithoutErrorsOrWarnings() throws {
        let f = try GeodataFixture.get(), validator = try GeometryValidator()
        for (name, layer) in f.layers.sorted(by: { $0.key < $1.key }) {
            let errors = validator.validate(layer, file: name)
            #expect(errors.isEmpty, "\(name): \(errors.prefix(3).map(\.description))")
        }
    }

    @Test func everyFeatureNamesItsSource() throws {
        let f = try GeodataFixture.get()
        for (name, layer) in f.layers {
            #expect(layer.features.allSatisfy { !$0.string("source").isEmpty }, "\(name)")
        }
    }

    @Test func theDEMHasCellsOf200MetresAndSpansTheSourcedHeights() throws {
        let f = try GeodataFixture.get()
        let dem = try RasterGrid.readESRIASCII(path: f.folder + "/dem.asc")
        #expect(dem.cellSize <= 200)
        let range = try #require(dem.valueRange)
        #expect(range.lowerBound >= 188 && range.lowerBound < 195)
        #expect(range.upperBound > 1_650 && range.upperBound <= 1_704)
        let contours = f.layers["contours.geojson"]!.features
        #expect(Set(contours.map { $0.double("elevation_m") }).isSuperset(of: [200, 500, 1_000, 1_500]))
    }
}
