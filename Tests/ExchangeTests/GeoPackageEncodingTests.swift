import Foundation
import Testing
import GIS
@testable import Exchange

@Suite struct GeoPackageEncodingTests {
    @Test func aPointBlobHasTheGPHeaderTheEnvelopeAndLittleEndianWKB() {
        let blob = GeoPackageGeometry.blob(.point(Position(107, 30.5)), srsID: 4490)
        #expect(Array(blob.prefix(4)) == [0x47, 0x50, 0x00, 0x03])
        #expect(Array(blob[4..<8]) == [0x8A, 0x11, 0x00, 0x00], "srs_id 4490 little-endian")
        #expect(blob.count == 8 + 32 + 21)
        let wkb = Array(blob[40...])
        #expect(wkb[0] == 1 && Array(wkb[1..<5]) == [1, 0, 0, 0])
        let x = wkb[5..<13].withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        #expect(Double(bitPattern: UInt64(littleEndian: x)) == 107)
        let minX = blob[8..<16].withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        #expect(Double(bitPattern: minX) == 107)
    }

    @Test func anEmptyGeometryIsFlaggedWithoutAnEnvelope() {
        let blob = GeoPackageGeometry.blob(.lineString(CoordinateSequence()), srsID: 4545)
        #expect(blob[3] == 0b0001_0001)
        #expect(blob.count == 8 + 9, "header + WKB line of 0 points")
    }

    @Test func aPolygonWithAHoleIsWrittenRingByRing() {
        let outer = CoordinateSequence([Position(0, 0), Position(4, 0), Position(4, 4), Position(0, 4), Position(0, 0)])
        let hole = CoordinateSequence([Position(1, 1), Position(1, 2), Position(2, 2), Position(1, 1)])
        let wkb = WKBWriter.bytes(.multiPolygon([Polygon(exterior: outer, holes: [hole])]))
        // multipolygon header (9) + polygon header (9) + 2 ring counts (8) + 9 points × 16
        #expect(wkb.count == 9 + 9 + 8 + 9 * 16)
        #expect(wkb[1] == 6 && wkb[10] == 3)
    }

    @Test func fieldTypesFollowTheValuesAndListsBecomeText() throws {
        let features = [
            Feature(geometry: .point(Position(107, 30)), properties: ["n": .number(3), "x": .number(1), "b": .bool(true),
                                                                      "zones": .array([.string("丘陵区"), .string("地灾区")])]),
            Feature(geometry: .point(Position(107.1, 30)), properties: ["n": .number(4), "x": .number(1.5), "b": .null]),
        ]
        let layer = try ExchangeLayer.features(FeatureCollection(features: features), name: "t", title: "测试",
                                               description: "", naming: .english, transform: { $0 })
        #expect(layer.fields.map(\.type) == [.integer, .real, .boolean, .text])
        #expect(layer.records[0].values[3] == .text("丘陵区; 地灾区"))
        #expect(layer.records[1].values[2] == .null)
        #expect(layer.geometryType == .point)
    }

    @Test func polygonsAreWrittenAsMultiPolygonsInAMixedLayer() throws {
        let ring = CoordinateSequence([Position(0, 0), Position(1, 0), Position(1, 1), Position(0, 0)])
        let features = [Feature(geometry: .polygon(Polygon(exterior: ring)), properties: [:]),
                        Feature(geometry: .multiPolygon([Polygon(exterior: ring)]), properties: [:])]
        let layer = try ExchangeLayer.features(FeatureCollection(features: features), name: "t", title: "t",
                                               description: "", naming: .chinese, transform: { $0 })
        #expect(layer.geometryType == .multiPolygon)
        #expect(layer.records[0].geometry == .multiPolygon([Polygon(exterior: ring)]))
    }

    @Test func tableCodesStayTextAndNumbersAreTyped() {
        let rows = [["village_id", "township_code", "year", "incidence", "note"],
                    ["511623100000-013", "511623100000", "2015", "0.089674", ""],
                    ["511623100000-014", "511623100000", "2016", "0.1", "x"]]
        let t = ExchangeLayer.table(rows, name: "y", title: "y", description: "", naming: .chinese,
                                    textKeys: ["village_id", "township_code"])
        #expect(t.fields.map(\.type) == [.text, .text, .integer, .real, .text])
        #expect(t.fields.map(\.name) == ["村编号", "乡镇代码", "年份", "贫困发生率", "note"])
        #expect(t.records[0].values[1] == .text("511623100000"))
        #expect(t.records[0].values[4] == .null)
    }

    @Test func chineseTitlesAreUniqueSoColumnNamesNeverClash() {
        let titles = Array(FieldTitles.titles.values)
        #expect(Set(titles).count == titles.count)
        #expect(FieldTitles.title("poor_persons_p90") == "贫困人口_P90")
        #expect(FieldTitles.title("unknown_key") == "unknown_key")
    }
}

@Suite struct GeoPackageReadingTests {
    @Test func everyGeometryTypeRoundTripsThroughTheBlob() throws {
        let ring = CoordinateSequence([Position(0, 0), Position(4, 0), Position(4, 4), Position(0, 0)])
        let line = CoordinateSequence([Position(1, 2), Position(3, 4)])
        let geometries: [Geometry] = [
            .point(Position(107, 30.5)), .lineString(line), .polygon(Polygon(exterior: ring)),
            .multiPoint(line), .multiLineString([line, line]), .multiPolygon([Polygon(exterior: ring, holes: [ring])]),
            .geometryCollection([.point(Position(1, 1)), .lineString(line)]),
        ]
        for g in geometries {
            #expect(try GeoPackageReader.geometry(GeoPackageGeometry.blob(g, srsID: 4490)) == g, "\(g.typeName)")
        }
        #expect(try GeoPackageReader.geometry(GeoPackageGeometry.blob(.lineString(CoordinateSequence()), srsID: 0)) == nil)
    }

    @Test func truncatedOrForeignBlobsAreRefusedNotCrashed() {
        let blob = GeoPackageGeometry.blob(.polygon(Polygon(exterior: CoordinateSequence([Position(0, 0), Position(1, 0), Position(0, 1), Position(0, 0)]))), srsID: 4490)
        for cut in [9, 45, 50, blob.count - 1] {
            #expect(throws: WKBReader.Failure.self) { try GeoPackageReader.geometry(Array(blob.prefix(cut))) }
        }
        #expect(throws: WKBReader.Failure.self) { try GeoPackageReader.geometry(Array("not a blob".utf8)) }
        var huge = Array(blob.prefix(49)); huge += [0xFF, 0xFF, 0xFF, 0x7F]
        #expect(throws: WKBReader.Failure.self) { try GeoPackageReader.geometry(huge) }
    }
}
