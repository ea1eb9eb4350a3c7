import Foundation
import GIS
import Testing
@testable import GeodataBuild

/// What a county lacks is left out, with a warning naming the layers, and the build runs.
@Suite struct GeodataMissingInputsTests {
    static let huaying = GeodataSecondCountyTests.sources

    @Test func withoutModelInputsTheBuildWarnsPerMissingSourceAndStillWritesEveryLayer() throws {
        let copy = try temporaryCopy(of: Self.huaying, label: "no-model-inputs")
        let out = GeodataFixture.temporaryFolder("no-model-inputs-out")
        defer { try? FileManager.default.removeItem(atPath: copy); try? FileManager.default.removeItem(atPath: out) }
        try FileManager.default.removeItem(atPath: copy + "/model-inputs.geojson")
        try FileManager.default.removeItem(atPath: copy + "/neighbours.geojson")
        let report = try GeodataFixture.build(into: out, sources: copy)
        #expect(Set(report.files) == Set(GeodataBuilder.outputFiles))
        let messages = report.warnings.map(\.description).joined(separator: "\n")
        #expect(messages.contains("model-inputs.geojson: warning: no such file"))
        #expect(messages.contains("has no ridge 华蓥山 in model-inputs.geojson: terrain.geojson has no crest"))
        #expect(messages.contains("has no trunk roads in model-inputs.geojson: roads.geojson holds only the modelled township and village roads"))
        #expect(messages.contains("has no hazard points of group coal_working in model-inputs.geojson: zones.geojson has no 采煤沉陷区"))
        #expect(messages.contains("has no river course"))
        #expect(messages.contains("neighbours.geojson: warning: no such file: 华蓥市 is built without neighbours"))
        #expect(try GeoJSONFile.read(path: out + "/neighbours.geojson").object.asFeatureCollection.features.isEmpty)
        let zones = try GeoJSONFile.read(path: out + "/zones.geojson").object.asFeatureCollection.features.map { $0.string("name") }
        #expect(!zones.contains("采煤沉陷区") && !zones.contains("渠江洪灾淹没区"))
        let terrain = try GeoJSONFile.read(path: out + "/terrain.geojson").object.asFeatureCollection.features
        #expect(!terrain.contains { ["ridge", "river", "low_point", "peak"].contains($0.string("kind")) })
    }

    @Test func aTerrainOfOneRidgeAndNoLowlandUnitGivesEveryVillageTheMountainUnit() throws {
        let copy = try temporaryCopy(of: Self.huaying, label: "no-troughs")
        let out = GeodataFixture.temporaryFolder("no-troughs-out")
        defer { try? FileManager.default.removeItem(atPath: copy); try? FileManager.default.removeItem(atPath: out) }
        let profile = try String(contentsOfFile: copy + "/county.yaml", encoding: .utf8)
        let unit = "    - {name: 西部丘陵, kind: hill, between: [华蓥山], side: west, river: 渠江}\n"
        #expect(profile.contains(unit))
        try profile.replacingOccurrences(of: unit, with: "").write(toFile: copy + "/county.yaml", atomically: true, encoding: .utf8)
        let report = try GeodataFixture.build(into: out, sources: copy)
        let villages = try GeoJSONFile.read(path: out + "/villages.geojson").object.asFeatureCollection.features
        #expect(Set(villages.map { $0.string("terrain_unit") }) == ["华蓥山"])
        let terrain = try GeoJSONFile.read(path: out + "/terrain.geojson").object.asFeatureCollection.features
        #expect(!terrain.contains { $0.string("kind") == "hill" } && terrain.contains { $0.string("kind") == "mountain_area" })
        #expect(report.files.contains("dem.asc"))
    }

    @Test func theModelInputsReaderReportsEveryProblemWithFeatureAndProperty() throws {
        let folder = GeodataFixture.temporaryFolder("bad-model-inputs")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/model-inputs.geojson"
        try """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"kind":"ridge","name":"A","half_width_m":1000,"source":"modelled"},"geometry":{"type":"LineString","coordinates":[[106.7,30.1],[106.8,30.3]]}},
        {"type":"Feature","properties":{"kind":"crest","ridge":"B","label":"modelled","source":"modelled"},"geometry":{"type":"Point","coordinates":[106.7,30.1,900]}},
        {"type":"Feature","properties":{"kind":"crest","ridge":"A","label":"modelled","source":"modelled"},"geometry":{"type":"Point","coordinates":[106.7,30.1]}},
        {"type":"Feature","properties":{"kind":"road","road_kind":"motorway","name":"R","ref":"G1","source":"modelled"},"geometry":{"type":"LineString","coordinates":[[106.7,30.1],[106.8,30.3]]}},
        {"type":"Feature","properties":{"kind":"seat_anchor","township":"T","reason":"r"},"geometry":{"type":"Point","coordinates":[106.7,30.1]}},
        {"type":"Feature","properties":{"kind":"volcano","source":"modelled"},"geometry":null}
        ]}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try ModelInputs.read(path: path)
        } throws: { error in
            let text = "\(error)"
            return text.contains("feature 1, properties.ridge: error: no ridge feature is named \"B\"")
                && text.contains("feature 2, geometry: error: expected a Point with a height")
                && text.contains("feature 3, properties.road_kind: error: expected \"expressway\" or \"national\"")
                && text.contains("feature 4, properties.source: error: missing property \"source\"")
                && text.contains("feature 5, properties.kind: error: expected one of ridge")
                && text.contains("ridge \"A\" has no crest point")
                && text.hasPrefix(path)
        }
    }
}
