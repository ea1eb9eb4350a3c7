import Testing
@testable import GIS

@Suite struct GeoJSONErrorTests {
    /// The diagnostics of a decode that must fail.
    static func errors(_ text: String, options: GeoJSONDecodingOptions = .init()) -> [Diagnostic] {
        errors(Array(text.utf8), options: options)
    }

    static func errors(_ bytes: [UInt8], options: GeoJSONDecodingOptions = .init()) -> [Diagnostic] {
        do {
            _ = try GeoJSONDecoder.decode(bytes, file: "in.geojson", options: options)
            Issue.record("decoding succeeded")
            return []
        } catch let error as GISError {
            return error.diagnostics
        } catch {
            Issue.record("not a GISError: \(error)")
            return []
        }
    }

    /// The one error of a failing decode, with its line and column.
    static func single(_ text: String) -> (message: String, line: Int?, column: Int?) {
        let found = errors(text)
        #expect(found.count == 1, "\(found)")
        let d = found.first
        #expect(d?.file == "in.geojson")
        return (d?.message ?? "", d?.location.line, d?.location.column)
    }

    static func feature(_ geometry: String) -> String {
        "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"properties\":{},\"geometry\":\(geometry)}\n]}"
    }

    // MARK: syntax

    @Test func anUnterminatedStringIsReportedAtItsOpeningQuote() {
        let e = Self.single("{\"type\":\"Feature\",\n  \"properties\":{\"name\":\"Linshui}}")
        #expect(e.message.contains("unterminated string"))
        #expect(e.line == 2 && e.column == 24)
    }

    @Test func aBadEscapeIsReportedAtTheBackslash() {
        let e = Self.single(#"{"type":"Point","a":"x\qy","coordinates":[1,2]}"#)
        #expect(e.message.contains("invalid escape '\\q'"))
        #expect(e.line == 1 && e.column == 23)
    }

    @Test func anUnpairedSurrogateIsRefused() {
        let e = Self.single(#"{"type":"Point","a":"\ud83d x","coordinates":[1,2]}"#)
        #expect(e.message.contains("unpaired surrogate"))
    }

    @Test func trailingCommasInArraysAndObjectsAreRefused() {
        let a = Self.single("{\"type\":\"Point\",\"coordinates\":[1,2,]}")
        #expect(a.message.contains("trailing comma before ']'"))
        #expect(a.column == 36)
        let o = Self.single("{\"type\":\"Point\",\"coordinates\":[1,2],\n}")
        #expect(o.message.contains("trailing comma before '}'"))
        #expect(o.line == 2 && o.column == 1)
    }

    @Test func aSyntaxErrorInsideAFeatureAlsoNamesTheFeatureAndMember() {
        let text = "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}},\n"
            + "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"name\":\"a\" \"b\"}}]}"
        let found = Self.errors(text)
        #expect(found.count == 1)
        #expect(found.first?.location.featureIndex == 1)
        #expect(found.first?.location.path == "properties")
        #expect(found.first?.location.line == 3)
    }

    @Test func aMissingColonIsReportedAfterTheMemberName() {
        let e = Self.single(#"{"type":"Point","coordinates" [1,2]}"#)
        #expect(e.message.contains("expected ':' after the member name \"coordinates\""))
        #expect(e.column == 31)
    }

    @Test func garbageAfterTheDocumentIsRefused() {
        let e = Self.single("{\"type\":\"Point\",\"coordinates\":[1,2]}\n x")
        #expect(e.message.contains("after the end of the GeoJSON object"))
        #expect(e.line == 2 && e.column == 2)
    }

    @Test func invalidUTF8InAStringIsRefusedAtTheBadByte() {
        var bytes = Array(#"{"type":"Point","a":"ab"#.utf8)
        bytes += [0xC3, 0x28]
        bytes += Array(#"","coordinates":[1,2]}"#.utf8)
        let found = Self.errors(bytes)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("invalid UTF-8") == true)
        #expect(found.first?.location.column == 24)
    }

    @Test func rawControlCharactersAndLeadingZerosAreRefused() {
        #expect(Self.single("{\"type\":\"Point\",\"a\":\"x\ty\",\"coordinates\":[1,2]}").message.contains("control character U+0009"))
        let z = Self.single(#"{"type":"Point","coordinates":[01,2]}"#)
        #expect(z.message.contains("leading zeros"))
        #expect(z.column == 32)
    }

    @Test func emptyInputAndANonObjectAreRefused() {
        #expect(Self.errors("").first?.message.contains("empty input") == true)
        #expect(Self.errors("  \n ").first?.message.contains("empty input") == true)
        #expect(Self.single("[1,2]").message.contains("expected a GeoJSON object"))
    }

    @Test func absurdNestingIsRefusedAtMaxDepthWithoutExhaustingTheStack() {
        let deep = String(repeating: "[", count: 100_000)
        for text in ["{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"a\":\(deep)",
                     "{\"type\":\"Point\",\"coordinates\":[1,\(deep)",
                     "{\"coordinates\":\(deep),\"type\":\"Point\"}"] {
            let e = Self.single(text)
            #expect(e.message.contains("nested deeper than 256 levels"), "\(e.message)")
        }
        let custom = Self.errors("{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"a\":[[[[1]]]]}}",
                                 options: GeoJSONDecodingOptions(maxDepth: 4))
        #expect(custom.first?.message.contains("deeper than 4 levels") == true)
    }

    // MARK: content

    @Test func geometryCollectionsNestedTooDeeplyAreRefused() {
        let n = 70
        let text = String(repeating: #"{"type":"GeometryCollection","geometries":["#, count: n) + String(repeating: "]}", count: n)
        let e = Self.single(text)
        #expect(e.message.contains("GeometryCollections nested deeper than 64 levels"))
    }

    @Test func aMissingOrUnknownTypeIsReportedWithItsFeatureIndex() {
        let text = "{\"type\":\"FeatureCollection\",\"features\":[\n{\"properties\":{},\"geometry\":null},\n"
            + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygone\",\"coordinates\":[]}}]}"
        let found = Self.errors(text)
        #expect(found.count == 2)
        #expect(found[0].message.contains("missing \"type\": \"Feature\""))
        #expect(found[0].location.featureIndex == 0 && found[0].location.line == 2 && found[0].location.column == 1)
        #expect(found[1].message.contains("unknown geometry type \"Polygone\""))
        #expect(found[1].location.featureIndex == 1 && found[1].location.path == "geometry")
        #expect(found[1].location.line == 3 && found[1].location.column == 54)
        #expect(Self.single(#"{"type":"Topology","objects":{}}"#).message.contains("unknown GeoJSON type \"Topology\""))
        #expect(Self.single(#"{"coordinates":[1,2]}"#).message.contains("missing \"type\""))
    }

    @Test func aPositionWithFewerThanTwoNumbersIsReportedWithItsPath() {
        let found = Self.errors(Self.feature(#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0],[0,0]]]}"#))
        #expect(found.count == 1)
        #expect(found[0].message.contains("at least 2 numbers"))
        #expect(found[0].location.path == "geometry.coordinates[0][3]")
        #expect(found[0].location.featureIndex == 0)
        #expect(found[0].location.line == 2 && found[0].location.column == 98)
    }

    @Test func aNonNumberInAPositionIsReported() {
        let found = Self.errors(Self.feature(#"{"type":"LineString","coordinates":[[0,0],[1,"2"]]}"#))
        #expect(found.count == 1)
        #expect(found[0].message.contains("expected a number in a position, found a string"))
        #expect(found[0].location.path == "geometry.coordinates[1][1]")
    }

    @Test func nanAndInfinityLiteralsGetTheirOwnMessage() {
        let found = Self.errors(Self.feature(#"{"type":"MultiPoint","coordinates":[[NaN,0],[Infinity,1],[2,-Infinity]]}"#))
        #expect(found.count == 3)
        #expect(found[0].message.hasPrefix("NaN is not a JSON number"))
        #expect(found[0].location.path == "geometry.coordinates[0][0]")
        #expect(found[1].message.hasPrefix("Infinity is not a JSON number"))
        #expect(found[2].message.hasPrefix("-Infinity is not a JSON number"))
        #expect(found[2].location.path == "geometry.coordinates[2][1]")
        let inProperty = Self.errors(#"{"type":"Feature","properties":{"v":NaN},"geometry":null}"#)
        #expect(inProperty.first?.location.path == "properties.v")
        #expect(Self.errors(#"{"type":"Point","coordinates":[1e999,0]}"#).first?.message.contains("too large") == true)
    }

    @Test func longitudesAndLatitudesOutOfRangeAreReported() {
        let found = Self.errors(Self.feature(#"{"type":"LineString","coordinates":[[181,0],[0,-90.5]]}"#))
        // One line for the first position, counting the others: a projected file has thousands.
        #expect(found.count == 1)
        #expect(found[0].message.contains("longitude 181.0 is outside [-180, 180]"))
        #expect(found[0].message.contains("(1 more positions are outside the range)"))
        #expect(found[0].location.path == "geometry.coordinates[0]")
        let latitude = Self.errors(Self.feature(#"{"type":"Point","coordinates":[0,-90.5]}"#))
        #expect(latitude.count == 1 && latitude[0].message.contains("latitude -90.5 is outside [-90, 90]"))
    }

    @Test func aProjectedFileWithoutACRSMemberGetsOneLineSayingSo() {
        var text = #"{"type":"FeatureCollection","features":["#
        text += (0..<1001).map { i in
            #"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[\#(400000 + i),3353793]}}"#
        }.joined(separator: ",") + "]}"
        let found = Self.errors(text)
        #expect(found.count == 1)
        #expect(found[0].message.contains("look like metres of a projected CRS"))
        #expect(found[0].message.contains("benkang project --from EPSG:<code> --to EPSG:4490"))
        #expect(found[0].message.contains("(1000 more positions are outside the range)"))
    }

    @Test func aLineStringWithFewerThanTwoPositionsIsReported() {
        let found = Self.errors(Self.feature(#"{"type":"MultiLineString","coordinates":[[[0,0],[1,1]],[[2,2]]]}"#))
        #expect(found.count == 1)
        #expect(found[0].message.contains("at least 2 positions, found 1"))
        #expect(found[0].location.path == "geometry.coordinates[1]")
    }

    @Test func ringsThatAreNotClosedOrTooShortAreReported() {
        let found = Self.errors(Self.feature(
            #"{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,1]]],[[[0,0],[1,0],[0,0]]]]}"#))
        #expect(found.count == 2)
        #expect(found[0].message.contains("not closed"))
        #expect(found[0].location.path == "geometry.coordinates[0][0]")
        #expect(found[0].location.column == 85)
        #expect(found[1].message.contains("at least 4 positions"))
        #expect(found[1].location.path == "geometry.coordinates[1][0]")
    }

    @Test func aCRSOtherThanWGS84IsRefusedWithAReprojectionHint() {
        let text = #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4545"}},"features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[500000,3300000]}}]}"#
        let found = Self.errors(text)
        #expect(found.count == 1, "range errors are not repeated after the crs error")
        #expect(found[0].message.contains("benkang project --from EPSG:4545 --to EPSG:4490"))
        #expect(found[0].location.path == "crs" && found[0].location.column == 35)
    }

    @Test func aCRSOtherThanTheGivenSourceCRSIsRefusedNamingBoth() {
        let text = #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4545"}},"features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[500000,3300000]}}]}"#
        for source in ["EPSG:32648", "EPSG:4326", "EPSG:45450"] {
            let found = Self.errors(text, options: GeoJSONDecodingOptions(sourceCRS: source))
            #expect(found.count == 1, "range errors are not repeated after the crs error")
            #expect(found.first?.message.contains("urn:ogc:def:crs:EPSG::4545") == true)
            #expect(found.first?.message.contains(source) == true)
            #expect(found.first?.location.path == "crs")
        }
        let wgs = #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:4326"}},"features":[]}"#
        let found = Self.errors(wgs, options: GeoJSONDecodingOptions(checkLonLatRange: false, sourceCRS: "EPSG:4545"))
        #expect(found.count == 1 && found.first?.message.contains("EPSG:4545") == true)
    }

    @Test func contentErrorsAreCollectedAcrossFeaturesWithTheirIDs() {
        var text = "{\"type\":\"FeatureCollection\",\"features\":["
        for i in 0..<5 {
            if i > 0 { text += ",\n" }
            let ring = i % 2 == 0 ? "[[0,0],[1,0],[1,1],[0,0]]" : "[[0,0],[1,0],[1,1],[0,1]]"
            text += "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[\(ring)]},\"properties\":{},\"id\":\"v\(i)\"}"
        }
        text += "]}"
        let found = Self.errors(text)
        #expect(found.map(\.location.featureIndex) == [1, 3])
        #expect(found.map(\.location.featureID) == [.string("v1"), .string("v3")])
        #expect(found.map(\.location.line) == [2, 4])
        #expect(found[0].description.hasPrefix("in.geojson: 2:"))
    }

    @Test func wrongMemberKindsAreReported() {
        let found = Self.errors(#"{"type":"FeatureCollection","bbox":[1,2,3],"features":[{"type":"Feature","id":true,"properties":[1],"geometry":"none"}]}"#)
        #expect(found.count == 4)
        #expect(found[0].message.contains("\"bbox\" must be an array of 4 numbers") && found[0].location.path == "bbox")
        #expect(found[1].message.contains("\"id\" must be a string or a number"))
        #expect(found[2].message.contains("\"properties\" must be an object or null"))
        #expect(found[3].message.contains("a geometry must be an object or null"))
        #expect(Self.single(#"{"type":"FeatureCollection"}"#).message.contains("missing \"features\""))
        #expect(Self.single(#"{"type":"Feature","properties":{}}"#).message.contains("missing \"geometry\""))
        #expect(Self.single(#"{"type":"Polygon"}"#).message.contains("missing \"coordinates\""))
    }
}
