import Foundation
import Testing
import GIS
@testable import Exchange

@Suite struct ShapefileEncodingTests {
    @Test func dBASENamesFitTenBytesAndNeverClash() {
        let utf8 = { (s: String) in Array(s.utf8) }
        let names = DBFFieldNames.shortNames(["poor_persons", "poor_persons_p10", "poor_persons_p90", "id", "ID"], encode: utf8)
        #expect(names == ["poor_perso", "poor_per_2", "poor_per_3", "id", "ID_2"])
        // Three Chinese characters fit in 10 UTF-8 bytes, five in GBK.
        #expect(DBFFieldNames.fit("贫困发生率", bytes: 10, encode: utf8) == "贫困发")
        #expect(names.allSatisfy { $0.utf8.count <= 10 })
    }

    @Test func gbkTextIsEncodedByIconvAndUnknownCharactersCounted() throws {
        let gbk = try ShapefileTextEncoder(.gbk)
        #expect(gbk.bytes("北外村") == [0xB1, 0xB1, 0xCD, 0xE2, 0xB4, 0xE5])
        #expect(gbk.bytes("a😀b") == Array("a?b".utf8))
        #expect(gbk.unencodable == 1)
        #expect(try ShapefileTextEncoder(.utf8).bytes("北") == Array("北".utf8))
    }

    @Test func outerRingsAreClockwiseAndHolesCounterClockwise() {
        // RFC 7946 order: exterior counter-clockwise, hole clockwise.
        let outer = CoordinateSequence([Position(0, 0), Position(4, 0), Position(4, 4), Position(0, 4), Position(0, 0)])
        let hole = CoordinateSequence([Position(1, 1), Position(1, 2), Position(2, 2), Position(1, 1)])
        let rings = ShapefileGeometryWriter.oriented(Polygon(exterior: outer, holes: [hole]))
        #expect(ShapefileGeometryWriter.signedArea(rings[0]) < 0)
        #expect(ShapefileGeometryWriter.signedArea(rings[1]) > 0)
    }

    @Test func theMainFileHeaderAndRecordsFollowTheESRISpecification() {
        var w = ShapefileGeometryWriter(type: .point)
        w.append(.point(Position(107, 30)))
        w.append(nil)
        let (shp, shx) = w.finished()
        #expect(Array(shp.prefix(4)) == [0, 0, 0x27, 0x0A])
        // 100-byte header + (8 + 20) point record + (8 + 4) null record = 140 bytes = 70 words
        #expect(shp.count == 140 && Array(shp[24..<28]) == [0, 0, 0, 70])
        #expect(shx.count == 116 && Array(shx[100..<104]) == [0, 0, 0, 50], "first record at word 50")
        #expect(shp[32] == 1, "shape type point, little-endian")
    }

    @Test func dbfRecordsAreFixedWidthWithBooleansAsNumbers() throws {
        let fields = [ExchangeField(name: "name", key: "name", title: "名称", type: .text),
                      ExchangeField(name: "poor", key: "poor", title: "贫困村", type: .boolean),
                      ExchangeField(name: "rate", key: "rate", title: "率", type: .real)]
        let records = [ExchangeRecord(geometry: nil, values: [.text("北外村"), .boolean(true), .real(0.089674)]),
                       ExchangeRecord(geometry: nil, values: [.null, .null, .real(12.5)])]
        let encoder = try ShapefileTextEncoder(.utf8)
        let columns = DBFWriter.columns(fields, names: ["name", "poor", "rate"], records: records, encoder: encoder)
        #expect(columns.map(\.width) == [9, 1, 9] && columns[2].decimals == 6)
        var truncated = 0
        let dbf = DBFWriter.bytes(columns: columns, records: records, encoder: encoder, truncated: &truncated)
        let header = 32 + 32 * 3 + 1
        #expect(dbf.count == header + 2 * (1 + 19) + 1)
        let first = Array(dbf[header..<(header + 20)])
        #expect(first == Array(" 北外村1 0.089674".utf8))
        let second = String(decoding: dbf[(header + 20)..<(header + 40)], as: UTF8.self)
        #expect(second == "           12.500000")
    }
}

@Suite struct ShapefileReadingTests {
    @Test func aWrittenShapefileReadsBackWithItsHolesTextAndCRS() throws {
        let outer = CoordinateSequence([Position(0, 0), Position(4, 0), Position(4, 4), Position(0, 4), Position(0, 0)])
        let hole = CoordinateSequence([Position(1, 1), Position(1, 2), Position(2, 2), Position(1, 1)])
        let far = CoordinateSequence([Position(10, 10), Position(11, 10), Position(11, 11), Position(10, 10)])
        let polygons: Geometry = .multiPolygon([Polygon(exterior: outer, holes: [hole]), Polygon(exterior: far)])
        let layer = ExchangeLayer(name: "t", title: "t", description: "",
                                  fields: [ExchangeField(name: "名称", key: "name", title: "名称", type: .text),
                                           ExchangeField(name: "n", key: "n", title: "n", type: .integer)],
                                  geometryType: .multiPolygon,
                                  records: [ExchangeRecord(geometry: polygons, values: [.text("北外村"), .integer(7)])])
        for encoding in ShapefileEncoding.allCases {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-shp-\(UUID().uuidString)").path
            _ = try ShapefileWriter.write([layer], crs: try CRSDescription("EPSG:4545"), encoding: encoding, to: dir)
            let back = try ShapefileReader.read(path: dir + "/t.shp")
            #expect(back.crs == "EPSG:4545")
            let f = try #require(back.features.features.first)
            #expect(f.geometry == polygons, "\(encoding)")
            #expect(f[property: "名称"]?.stringValue == "北外村", "\(encoding)")
            #expect(f[property: "n"]?.intValue == 7)
        }
    }

    @Test func aTruncatedShapefileIsAnErrorNamingTheRecord() throws {
        var w = ShapefileGeometryWriter(type: .polygon)
        w.append(.polygon(Polygon(exterior: CoordinateSequence([Position(0, 0), Position(1, 0), Position(0, 1), Position(0, 0)]))))
        let shp = w.finished().shp
        #expect(throws: GISError.self) { try ShapefileReader.readShapes(Array(shp.prefix(130)), file: "x.shp") }
        #expect(throws: GISError.self) { try ShapefileReader.readShapes(Array(repeating: 0, count: 120), file: "x.shp") }
    }
}
