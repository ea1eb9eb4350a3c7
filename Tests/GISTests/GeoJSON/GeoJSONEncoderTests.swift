#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
import Testing
@testable import GIS

@Suite struct GeoJSONEncoderTests {
    static func number(_ d: Double) -> String {
        var w = JSONByteWriter()
        w.appendNumber(d)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    static func number(_ d: Double, decimals: Int) -> String {
        var w = JSONByteWriter()
        w.appendNumber(d, decimals: decimals)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    static func text(_ object: GeoJSONObject, _ encoder: GeoJSONEncoder = GeoJSONEncoder()) -> String {
        String(decoding: encoder.encode(object), as: UTF8.self)
    }

    @Test func numbersAreWrittenWithTheShortestDigitsThatReadBackExactly() {
        #expect(Self.number(1) == "1")
        #expect(Self.number(-12) == "-12")
        #expect(Self.number(0) == "0")
        #expect(Self.number(-0.0) == "-0")
        #expect(Self.number(0.1) == "0.1")
        #expect(Self.number(106.8523) == "106.8523")
        #expect(Self.number(-30.000000000000004) == "-30.000000000000004")
        #expect(Self.number(0.000123) == "0.000123")
        #expect(Self.number(9_007_199_254_740_992) == "9007199254740992")
        #expect(Self.number(1e300) == "1e+300")
        #expect(Self.number(1.5e-7) == "1.5e-07")
        #expect(Self.number(.nan) == "null")
        #expect(Self.number(-.infinity) == "null")
    }

    @Test func randomDoublesRoundTripThroughTheirTextAndAreNoLongerThanSwiftsShortest() {
        var random = Xoshiro256StarStar(seed: 3)
        for i in 0..<20_000 {
            let d = i % 2 == 0 ? Double(bitPattern: random.next())
                               : (random.nextUnit() * 360 - 180) * [1, 1e-3, 1e3, 1e-9][i / 2 % 4]
            guard d.isFinite else { continue }
            let text = Self.number(d)
            let back = text.withCString { strtod($0, nil) }
            #expect(back.bitPattern == d.bitPattern, "\(d) written as \(text)")
            #expect(text.count <= d.description.count, "\(d) written as \(text), Swift writes \(d.description)")
        }
    }

    @Test func fixedPrecisionRoundsAndTrimsTrailingZeros() {
        #expect(Self.number(106.123456789, decimals: 6) == "106.123457")
        #expect(Self.number(1.5, decimals: 6) == "1.5")
        #expect(Self.number(2.0000001, decimals: 3) == "2")
        #expect(Self.number(-0.0000001, decimals: 3) == "0")
        #expect(Self.number(-30.25, decimals: 1) == "-30.3")
        let point = GeoJSONObject.geometry(.point(Position(106.123456789, 30.987654321, 512.0004)))
        #expect(Self.text(point, GeoJSONEncoder(coordinatePrecision: 3))
                == #"{"type":"Point","coordinates":[106.123,30.988,512]}"#)
    }

    @Test func stringsAreEscapedAsJSONRequires() {
        var w = JSONByteWriter()
        w.appendString("a\"b\\c\nd\te\u{01}f\u{1F}邻水😀/")
        #expect(String(decoding: w.bytes, as: UTF8.self) == #""a\"b\\c\nd\te\u0001f\u001f邻水😀/""#)
    }

    static let collection = FeatureCollection(
        features: [
            Feature(id: .string("v1"), geometry: .polygon(Polygon(rings: [CoordinateSequence(xy: [0, 0, 1, 0, 1, 1, 0, 0])])),
                    properties: ["name": .string("A"), "n": .number(2)], bbox: [0, 0, 1, 1],
                    foreignMembers: ["note": .bool(true)]),
            Feature(id: .number(7), geometry: nil, properties: nil),
        ],
        foreignMembers: ["name": .string("villages")])

    @Test func aFeatureCollectionIsWrittenOneFeaturePerLineWithTypeFirst() {
        let expected = """
        {"type":"FeatureCollection","name":"villages","features":[
        {"type":"Feature","id":"v1","bbox":[0,0,1,1],"properties":{"name":"A","n":2},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]},"note":true},
        {"type":"Feature","id":7,"properties":null,"geometry":null}
        ]}
        """
        #expect(Self.text(.featureCollection(Self.collection)) == expected)
        #expect(String(decoding: GeoJSONEncoder().encode(Self.collection), as: UTF8.self) == expected)
    }

    @Test func theCompactFormHasNoNewlines() {
        let text = Self.text(.featureCollection(Self.collection), GeoJSONEncoder(featuresOnePerLine: false))
        #expect(!text.contains("\n"))
        #expect(text.hasPrefix(#"{"type":"FeatureCollection","name":"villages","features":[{"type":"Feature","id":"v1""#))
        #expect(Self.text(.featureCollection(FeatureCollection())) == #"{"type":"FeatureCollection","features":[]}"#)
    }

    @Test func everyGeometryTypeIsWrittenAndReadBack() throws {
        let geometries: [Geometry] = [
            .point(Position(1, 2, 3)),
            .multiPoint(CoordinateSequence(xy: [1, 2, 3, 4])),
            .lineString(CoordinateSequence(xy: [1, 2, 3, 4], z: [5, 6])),
            .multiLineString([CoordinateSequence(xy: [1, 2, 3, 4]), CoordinateSequence(xy: [5, 6, 7, 8])]),
            .polygon(Polygon(rings: [CoordinateSequence(xy: [0, 0, 1, 0, 1, 1, 0, 0])])),
            .multiPolygon([Polygon(rings: [CoordinateSequence(xy: [0, 0, 1, 0, 1, 1, 0, 0])])]),
            .geometryCollection([.point(Position(1, 2)), .lineString(CoordinateSequence(xy: [1, 2, 3, 4]))]),
        ]
        for g in geometries {
            let bytes = GeoJSONEncoder().encode(.geometry(g))
            #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("{\"type\":\"\(g.typeName)\""))
            #expect(try GeoJSONDecoder.decode(bytes).object == .geometry(g))
        }
    }

    @Test func writingAFileReplacesItWholeAndLeavesNoTemporaryFiles() throws {
        let dir = "/tmp/benkang-encoder-test-\(UInt64.random(in: 0...UInt64.max))"
        #expect(mkdir(dir, 0o755) == 0)
        defer { rmdir(dir) }
        let path = dir + "/out.geojson"
        try AtomicFile.write("old content that is longer than the new one", to: path)
        try GeoJSONFile.write(.featureCollection(Self.collection), to: path, encoder: GeoJSONEncoder(featuresOnePerLine: false))
        let back = try GeoJSONFile.read(path: path)
        #expect(back.object == .featureCollection(Self.collection))
        var entries: [String] = []
        if let d = opendir(dir) {
            while let e = readdir(d) {
                let name = withUnsafeBytes(of: e.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { entries.append(name) }
            }
            closedir(d)
        }
        #expect(entries == ["out.geojson"])
        unlink(path)
    }
}
