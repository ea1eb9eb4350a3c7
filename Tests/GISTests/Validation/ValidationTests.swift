import Testing
@testable import GIS

@Suite("Geometry validation and repair")
struct ValidationTests {
    let validator: GeometryValidator
    init() throws { validator = try GeometryValidator() }

    static let ccwSquare = GEOSFixtures.square(0, 0, side: 4)
    static let cwHole = CoordinateSequence(xy: [1, 1, 1, 2, 2, 2, 2, 1, 1, 1])

    static func collection(_ geometries: [Geometry?]) -> FeatureCollection {
        FeatureCollection(features: geometries.enumerated().map { i, g in
            Feature(id: .string("v\(i)"), geometry: g)
        })
    }

    @Test func ringOrientationFollowsTheSignOfTheShoelaceArea() {
        #expect(RingOrientation(of: Self.ccwSquare.exterior) == .counterclockwise)
        #expect(RingOrientation(of: Self.cwHole) == .clockwise)
        #expect(RingOrientation(of: CoordinateSequence(xy: [0, 0, 1, 1, 2, 2, 0, 0])) == .degenerate)
    }

    @Test func aCorrectPolygonWithAHoleGivesNoDiagnostics() {
        let fc = Self.collection([.polygon(Polygon(rings: [Self.ccwSquare.exterior, Self.cwHole])), .point(Position(1, 1)), nil])
        #expect(validator.validate(fc, file: "villages.geojson").isEmpty)
    }

    @Test func aClockwiseExteriorIsAWarningNamingFileFeatureAndRing() {
        let cw = Polygon(rings: [Self.ccwSquare.exterior.reversedRing(), Self.cwHole.reversedRing()])
        let fc = Self.collection([.point(Position(0, 0)), .multiPolygon([GEOSFixtures.square(10, 0, side: 2), cw])])
        let diagnostics = validator.validate(fc, file: "villages.geojson")
        #expect(diagnostics.count == 2)
        #expect(diagnostics.allSatisfy { $0.severity == .warning && $0.file == "villages.geojson" })
        #expect(diagnostics[0].location == SourceLocation(featureIndex: 1, featureID: .string("v1"), path: "geometry.coordinates[1][0]"))
        #expect(diagnostics[1].location.path == "geometry.coordinates[1][1]")
        #expect(diagnostics[0].description ==
            "villages.geojson: feature 1 (id v1), geometry.coordinates[1][0]: warning: exterior ring is clockwise; RFC 7946 §3.1.6 expects counterclockwise")
    }

    @Test func aBowTieIsAnErrorWithGEOSsReasonAndLonLatLocation() {
        let fc = Self.collection([.geometryCollection([.point(Position(0, 0)), .polygon(GEOSFixtures.bowTie)])])
        let errors = validator.validate(fc, file: "zones.geojson").filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location.path == "geometry.geometries[1]")
        #expect(errors.first?.message == "invalid Polygon: Self-intersection at lon 1.000000, lat 1.000000")
    }

    @Test func aRingGEOSCannotBuildIsAnError() {
        let fc = Self.collection([.polygon(Polygon(rings: [CoordinateSequence(xy: [0, 0, 1, 0, 0, 1])]))])
        let diagnostics = validator.validate(fc, file: nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.message == "invalid Polygon: GEOS cannot build it (IllegalArgumentException: Points of LinearRing do not form a closed linestring)")
    }

    @Test func fixReversesWrongRingsAndReportsEachChange() {
        let wrong = Polygon(rings: [Self.ccwSquare.exterior.reversedRing(), Self.cwHole.reversedRing()])
        let fc = Self.collection([.polygon(wrong), .polygon(Self.ccwSquare)])
        let (fixed, diagnostics) = validator.fix(fc, file: "f.geojson")
        #expect(fixed.features[0].geometry == .polygon(Polygon(rings: [Self.ccwSquare.exterior, Self.cwHole])))
        #expect(fixed.features[1] == fc.features[1])
        #expect(diagnostics.map(\.location.path) == ["geometry.coordinates[0]", "geometry.coordinates[1]"])
        #expect(diagnostics.allSatisfy { $0.severity == .fixed && $0.location.featureIndex == 0 })
        #expect(validator.validate(fixed, file: nil).isEmpty)
    }

    @Test func fixRepairsABowTieIntoAValidOrientedMultiPolygon() throws {
        let fc = Self.collection([.polygon(GEOSFixtures.bowTie)])
        let (fixed, diagnostics) = validator.fix(fc, file: "zones.geojson")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.hasPrefix("repaired invalid Polygon (Self-intersection at lon 1.000000, lat 1.000000) with GEOS MakeValid into a MultiPolygon of 2 parts") == true)
        guard case .multiPolygon(let parts)? = fixed.features[0].geometry else { Issue.record("expected a MultiPolygon"); return }
        #expect(parts.allSatisfy { RingOrientation(of: $0.exterior) == .counterclockwise })
        #expect(validator.validate(fixed, file: nil).isEmpty)
        #expect(abs(try validator.geos.area(fixed.features[0].geometry!) - 2) < 1e-12)
    }

    @Test func fixLeavesAValidCollectionUnchanged() {
        let fc = Self.collection([.polygon(Self.ccwSquare), .lineString(CoordinateSequence(xy: [0, 0, 1, 1])), nil])
        let (fixed, diagnostics) = validator.fix(fc, file: nil)
        #expect(fixed == fc)
        #expect(diagnostics.isEmpty)
    }
}
