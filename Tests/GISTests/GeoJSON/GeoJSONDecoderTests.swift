import Foundation
import Testing
@testable import GIS

@Suite struct GeoJSONDecoderTests {
    static func decode(_ text: String, options: GeoJSONDecodingOptions = .init()) throws -> GeoJSONDocument {
        try GeoJSONDecoder.decode(Array(text.utf8), file: "t.geojson", options: options)
    }

    static let allGeometries = """
    {"type":"FeatureCollection","name":"all","features":[
    {"type":"Feature","id":"p","properties":{"b":1,"a":"x"},"geometry":{"type":"Point","coordinates":[106.9,30.3,412.5]}},
    {"type":"Feature","id":7,"properties":null,"geometry":{"type":"MultiPoint","coordinates":[[106,30],[107,31]]}},
    {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[106,30],[107,31]]}},
    {"type":"Feature","properties":{},"geometry":{"type":"MultiLineString","coordinates":[[[106,30],[107,31]],[[1,2],[3,4]]]}},
    {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]],[[0.1,0.1],[0.2,0.1],[0.2,0.2],[0.1,0.1]]]}},
    {"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]]}},
    {"type":"Feature","properties":{},"geometry":{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]},{"type":"LineString","coordinates":[[1,2],[3,4]]}]}},
    {"type":"Feature","properties":{},"geometry":null}
    ]}
    """

    @Test func aFeatureCollectionWithAllSevenGeometryTypesDecodesIntoTheModel() throws {
        let document = try Self.decode(Self.allGeometries)
        guard case .featureCollection(let fc) = document.object else { Issue.record("not a collection"); return }
        #expect(fc.features.count == 8)
        #expect(fc.features[0].geometry == .point(Position(106.9, 30.3, 412.5)))
        #expect(fc.features[0].id == .string("p"))
        #expect(fc.features[0].properties?.keys == ["b", "a"])
        #expect(fc.features[1].id == .number(7))
        #expect(fc.features[1].properties == nil)
        #expect(fc.features[2].geometry == .lineString(CoordinateSequence(xy: [106, 30, 107, 31])))
        if case .multiLineString(let lines) = fc.features[3].geometry { #expect(lines.count == 2) } else { Issue.record("multiLineString") }
        if case .polygon(let p) = fc.features[4].geometry {
            #expect(p.rings.count == 2)
            #expect(p.holes.first?.xy == [0.1, 0.1, 0.2, 0.1, 0.2, 0.2, 0.1, 0.1])
        } else { Issue.record("polygon") }
        if case .multiPolygon(let ps) = fc.features[5].geometry { #expect(ps.count == 2) } else { Issue.record("multiPolygon") }
        if case .geometryCollection(let gs) = fc.features[6].geometry { #expect(gs.count == 2) } else { Issue.record("collection") }
        #expect(fc.features[7].geometry == nil)
        #expect(fc.foreignMembers.keys == ["name"])
        #expect(document.warnings.isEmpty)
    }

    @Test func elevationsAreKeptWhenEveryPositionHasOne() throws {
        let document = try Self.decode(#"{"type":"LineString","coordinates":[[1,2,3],[4,5,6.5]]}"#)
        #expect(document.object == .geometry(.lineString(CoordinateSequence(xy: [1, 2, 4, 5], z: [3, 6.5]))))
    }

    @Test func mixedElevationsAreDroppedWithAWarning() throws {
        let document = try Self.decode(#"{"type":"LineString","coordinates":[[1,2,3],[4,5]]}"#)
        #expect(document.object == .geometry(.lineString(CoordinateSequence(xy: [1, 2, 4, 5]))))
        #expect(document.warnings.count == 1)
    }

    @Test func membersMayComeInAnyOrderIncludingTypeLast() throws {
        let text = #"{"features":[{"geometry":{"coordinates":[1,2],"type":"Point"},"properties":{"k":true},"id":3,"type":"Feature"}],"type":"FeatureCollection"}"#
        let fc = try Self.decode(text).object.asFeatureCollection
        #expect(fc.features.count == 1)
        #expect(fc.features[0].geometry == .point(Position(1, 2)))
        #expect(fc.features[0].id == .number(3))
        #expect(fc.features[0][property: "k"] == .bool(true))
    }

    @Test func foreignMembersAndBBoxAreKeptInFileOrder() throws {
        let text = #"{"type":"FeatureCollection","zeta":1,"bbox":[0,0,1,1],"alpha":{"x":[1,"two",null]},"features":[{"type":"Feature","z2":"a","properties":{},"geometry":null,"bbox":[0,0,1,1],"a1":false}]}"#
        let fc = try Self.decode(text).object.asFeatureCollection
        #expect(fc.foreignMembers.keys == ["zeta", "alpha"])
        #expect(fc.bbox == [0, 0, 1, 1])
        #expect(fc.foreignMembers["alpha"] == .object(["x": .array([.number(1), .string("two"), .null])]))
        #expect(fc.features[0].foreignMembers.keys == ["z2", "a1"])
        #expect(fc.features[0].bbox == [0, 0, 1, 1])
    }

    @Test func stringsWithEscapesAndSurrogatePairsDecodeToTheirCharacters() throws {
        let text = #"{"type":"Feature","properties":{"name":"邻水\u53BF \"Linshui\"\n\t\\\/ \ud83d\ude00 é"},"geometry":null}"#
        let document = try Self.decode(text)
        guard case .feature(let f) = document.object else { Issue.record("not a feature"); return }
        #expect(f[property: "name"] == .string("邻水县 \"Linshui\"\n\t\\/ 😀 é"))
    }

    @Test func aTopLevelFeatureAndATopLevelGeometryAreAccepted() throws {
        let f = try Self.decode(#"{"type":"Feature","properties":{"a":1},"geometry":{"type":"Point","coordinates":[1,2]}}"#)
        if case .feature(let feature) = f.object { #expect(feature[property: "a"] == .number(1)) } else { Issue.record("feature") }
        let g = try Self.decode(#" {"type":"MultiPoint","coordinates":[]} "#)
        #expect(g.object == .geometry(.multiPoint(CoordinateSequence())))
    }

    @Test func aDecodeEncodeRoundTripKeepsEveryNumberIdAndPropertyOrder() throws {
        let text = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","id":"a-1","properties":{"z":0.1,"y":-0,"x":9007199254740993,"w":1e-7,"v":123456789.123456789,"u":{"nested":[1.5,{"deep":"\\u00e9\\ud83d\\ude00\\u0001"}]},"t":2.2250738585072014e-308,"s":1.7976931348623157e308},"geometry":{"type":"Polygon","coordinates":[[[106.123456789012345,30.000000000000004,512.25],[107.5,30.1,500],[107.1,31.2,499.75],[106.123456789012345,30.000000000000004,512.25]]]}},
        {"type":"Feature","id":42,"properties":null,"geometry":{"type":"Point","coordinates":[-179.99999999999997,-89.99999999999999]}}
        ]}
        """
        let first = try Self.decode(text).object
        let encoded = GeoJSONEncoder().encode(first)
        let second = try GeoJSONDecoder.decode(encoded).object
        #expect(first == second)
        #expect(GeoJSONEncoder().encode(second) == encoded)
        guard case .featureCollection(let fc) = second else { Issue.record("collection"); return }
        let props = fc.features[0].properties!
        #expect(props.keys == ["z", "y", "x", "w", "v", "u", "t", "s"])
        #expect(props["y"]?.doubleValue?.sign == .minus)
        #expect(props["x"] == .number(9007199254740992))
        #expect(props["t"] == .number(2.2250738585072014e-308))
        #expect(fc.features[1].id == .number(42))
        if case .polygon(let p)? = fc.features[0].geometry {
            #expect(p.exterior.xy[0] == 106.123456789012345)
            #expect(p.exterior.z == [512.25, 500, 499.75, 512.25])
        } else { Issue.record("polygon") }
    }

    @Test func aByteOrderMarkAndSurroundingWhitespaceAreIgnored() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("\n\t {\"type\":\"Point\",\"coordinates\":[1,2]}\r\n".utf8)
        #expect(try GeoJSONDecoder.decode(bytes).object == .geometry(.point(Position(1, 2))))
    }

    @Test func aLegacyCRSNamingWGS84IsAcceptedWithAWarningAndKept() throws {
        for name in ["urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326", "urn:ogc:def:crs:EPSG::4326"] {
            let text = #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"\#(name)"}},"features":[]}"#
            let document = try Self.decode(text)
            #expect(document.warnings.count == 1, "\(name)")
            #expect(document.warnings.first?.location.line == 1)
            #expect(document.object.asFeatureCollection.foreignMembers["crs"] != nil)
        }
    }

    @Test func aLegacyCRSNamingCGCS2000IsAcceptedWithANoteAndKept() throws {
        for name in ["urn:ogc:def:crs:EPSG::4490", "EPSG:4490", "http://www.opengis.net/def/crs/EPSG/0/4490"] {
            let text = #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"\#(name)"}},"features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[106.9,30.3]}}]}"#
            let document = try Self.decode(text)
            #expect(document.warnings.count == 1, "\(name)")
            #expect(document.warnings.first?.message.contains("differ by a few centimetres") == true)
            #expect(document.declaredCRS == "EPSG:4490")
            #expect(document.sourceCRS == "EPSG:4490")
            #expect(GeoJSONEncoder().encode(document.object).count > 0)
            #expect(String(decoding: GeoJSONEncoder().encode(document.object), as: UTF8.self).contains(name))
        }
        // EPSG:4214 (Beijing 1954) is lon/lat too but hundreds of metres off: refused.
        let beijing = #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:4214"}},"features":[]}"#
        #expect(throws: GISError.self) { try Self.decode(beijing) }
        #expect(try Self.decode(#"{"type":"FeatureCollection","features":[]}"#).sourceCRS == "EPSG:4326")
    }

    @Test func aLegacyCRSNamingTheGivenSourceCRSIsAcceptedWithAWarning() throws {
        for name in ["urn:ogc:def:crs:EPSG::4545", "EPSG:4545", "EPSG::4545", "http://www.opengis.net/def/crs/EPSG/0/4545"] {
            let text = #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"\#(name)"}},"features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[500000,3300000]}}]}"#
            for source in ["EPSG:4545", "urn:ogc:def:crs:EPSG::4545", "epsg::4545"] {
                let options = GeoJSONDecodingOptions(checkLonLatRange: false, sourceCRS: source)
                let document = try Self.decode(text, options: options)
                #expect(document.warnings.count == 1, "\(name) from \(source)")
                #expect(document.warnings.first?.message.contains(source) == true)
                #expect(document.object.asFeatureCollection.features.count == 1)
            }
        }
        // A WGS 84 source accepts any spelling of WGS 84, as without a source CRS.
        let wgs = #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"features":[]}"#
        #expect(try Self.decode(wgs, options: GeoJSONDecodingOptions(sourceCRS: "EPSG:4326")).warnings.count == 1)
        #expect(GeoJSONDecodingOptions().sourceCRS == nil)
    }

    @Test func rangeChecksCanBeSwitchedOff() throws {
        let text = #"{"type":"Point","coordinates":[500000,3300000]}"#
        #expect(throws: GISError.self) { try Self.decode(text) }
        let document = try Self.decode(text, options: GeoJSONDecodingOptions(checkLonLatRange: false))
        #expect(document.object == .geometry(.point(Position(500000, 3300000))))
    }

    @Test func duplicatePropertyNamesKeepTheLastValueWithAWarning() throws {
        let document = try Self.decode(#"{"type":"Feature","properties":{"a":1,"b":2,"a":3},"geometry":null}"#)
        guard case .feature(let f) = document.object else { Issue.record("feature"); return }
        #expect(f.properties?.keys == ["a", "b"])
        #expect(f[property: "a"] == .number(3))
        #expect(document.warnings.map(\.location.path) == ["properties.a"])
    }

    @Test func deepButAllowedNestingIsReadWithoutRecursion() throws {
        let n = 3_000
        let text = "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"a\":"
            + String(repeating: "[", count: n) + "7" + String(repeating: "]", count: n) + "}}"
        let document = try Self.decode(text, options: GeoJSONDecodingOptions(maxDepth: n + 10))
        guard case .feature(let f) = document.object else { Issue.record("feature"); return }
        var value = f[property: "a"]
        var depth = 0
        while case .array(let items)? = value { value = items.first; depth += 1 }
        #expect(depth == n && value == .number(7))
    }

    @Test func filesAreReadAndWrittenAtomically() throws {
        let dir = NSTemporaryDirectory() + "/benkang-geojson-test-\(UInt64.random(in: 0...UInt64.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        /// Temporary files `AtomicFile` left behind in the directory.
        func leftovers() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp") }
        }
        try AtomicFile.write("probe", to: dir + "/probe.txt")
        #expect(try String(contentsOfFile: dir + "/probe.txt", encoding: .utf8) == "probe")
        #expect(try leftovers().isEmpty)
        let path = dir + "/out.geojson"
        let object = try Self.decode(Self.allGeometries).object
        try GeoJSONFile.write(object, to: path)
        try GeoJSONFile.write(object, to: path)   // over an existing file
        #expect(try leftovers().isEmpty)
        #expect(try GeoJSONFile.read(path: path).object == object)
        #expect(throws: GISError.self) { try GeoJSONFile.read(path: dir + "/missing.geojson") }
        do { _ = try GeoJSONFile.read(path: dir + "/missing.geojson") } catch let e as GISError {
            #expect(e.diagnostics[0].file == dir + "/missing.geojson")
        }
        // A failed rename (over a non-empty directory) removes the temporary file.
        try FileManager.default.createDirectory(atPath: dir + "/busy", withIntermediateDirectories: false)
        try AtomicFile.write("x", to: dir + "/busy/inside.txt")
        #expect(throws: GISError.self) { try AtomicFile.write("x", to: dir + "/busy") }
        #expect(try leftovers().isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["busy", "out.geojson", "probe.txt"])
        #expect(throws: GISError.self) { try AtomicFile.write("x", to: "/nonexistent-dir/x.txt") }
    }
}
