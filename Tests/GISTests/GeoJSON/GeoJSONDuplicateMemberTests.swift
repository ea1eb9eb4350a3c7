import Testing
@testable import GIS

/// Repeated members and reading on past content errors.
@Suite struct GeoJSONDuplicateMemberTests {
    static func point(_ extra: String = "") -> String {
        #"{"type":"Feature",\#(extra)"properties":{},"geometry":{"type":"Point","coordinates":[1,2]}}"#
    }

    @Test(arguments: [
        (#"{"type":"Feature","type":"Feature","properties":{},"geometry":null}"#, "type"),
        (#"{"type":"Feature","properties":{},"properties":{"a":1},"geometry":null}"#, "properties"),
        (#"{"type":"Feature","properties":{},"geometry":null,"geometry":{"type":"Point","coordinates":[1,2]}}"#, "geometry"),
        (#"{"type":"Feature","id":1,"id":2,"properties":{},"geometry":null}"#, "id"),
        (#"{"type":"Feature","properties":{},"geometry":{"type":"Point","type":"LineString","coordinates":[1,2]}}"#, "type"),
        (#"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2],"coordinates":[3,4]}}"#, "coordinates"),
        (#"{"type":"FeatureCollection","features":[],"features":[]}"#, "features"),
        (#"{"type":"FeatureCollection","type":"FeatureCollection","features":[]}"#, "type"),
    ])
    func aRepeatedGeoJSONMemberIsAnErrorAtItsSecondName(_ text: String, _ name: String) throws {
        let errors = GeoJSONErrorTests.errors(text)
        let d = try #require(errors.first { $0.message.contains("duplicate member \"\(name)\"") })
        let second = try #require(text.ranges(of: "\"\(name)\"").last)
        #expect(d.location.column == text.distance(from: text.startIndex, to: second.lowerBound) + 1)
        #expect(d.location.line == 1)
    }

    @Test func aRepeatedForeignMemberIsAWarningLikeARepeatedProperty() throws {
        let doc = try GeoJSONDecoder.decode(Array(Self.point(#""title":"a","title":"b","#).utf8), file: "in.geojson")
        #expect(doc.warnings.contains { $0.message.contains("duplicate member \"title\"") })
        guard case .feature(let f) = doc.object else { Issue.record("not a feature"); return }
        #expect(f.foreignMembers["title"] == .string("b"))
    }

    @Test func distinctMembersRaiseNothing() throws {
        let doc = try GeoJSONDecoder.decode(Array(Self.point(#""title":"a","id":"x","bbox":[1,2,1,2],"#).utf8), file: "in.geojson")
        #expect(doc.warnings.isEmpty)
    }

    @Test func theReportKeepsEveryErrorWarningAndTheFeatureCount() throws {
        let bad = #"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1]}}"#
        let warn = #"{"type":"Feature","properties":{"a":1,"a":2},"geometry":{"type":"Point","coordinates":[3,4]}}"#
        let text = #"{"type":"FeatureCollection","features":["# + [bad, Self.point(), bad, warn].joined(separator: ",") + "]}"
        let report = try GeoJSONDecoder.decodeReport(Array(text.utf8), file: "in.geojson")
        #expect(report.featureCount == 4)
        #expect(report.errors.count == 2)
        #expect(report.errors.map(\.location.featureIndex) == [0, 2])
        #expect(report.warnings.count == 1)
        guard case .featureCollection(let c) = report.object else { Issue.record("not a collection"); return }
        #expect(c.features[0].geometry == nil)
        #expect(c.features[1].geometry == .point(Position(1, 2)))
        #expect(c.features[3].geometry == .point(Position(3, 4)))
        // decode still throws exactly those errors.
        #expect(GeoJSONErrorTests.errors(text).count == 2)
    }
}
