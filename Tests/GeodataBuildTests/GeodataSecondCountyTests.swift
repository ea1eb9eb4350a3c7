import Foundation
import GIS
import Testing
@testable import GeodataBuild

/// Names that belong to Linshui only: none may appear in another county's build.
let linshuiOnlyNames = ["Linshui", "511623", "鼎屏", "铜锣山", "明月山", "御临", "大洪河", "甘坝", "高滩", "丰禾", "九龙",
                        "中城寨", "六合寨", "二环山", "西槽", "东槽", "天意谷", "邻水经济开发区", "城乡统筹示范带", "生态扶贫示范带"]

/// A copy of a sources folder in a temporary folder, so a test can change or remove files.
func temporaryCopy(of sources: String, label: String) throws -> String {
    let copy = GeodataFixture.temporaryFolder(label)
    try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
    for name in try FileManager.default.contentsOfDirectory(atPath: sources) {
        try FileManager.default.copyItem(atPath: sources + "/" + name, toPath: copy + "/" + name)
    }
    return copy
}

/// The second county, 华蓥市, built from a clean copy of its sources folder.
@Suite(.serialized) struct GeodataSecondCountyTests {
    static let sources = GeodataFixture.packageRoot + "/geodata/counties/huaying/sources"

    static let build: Result<(folder: String, report: BuildReport), GISErrorBox> = {
        do {
            let copy = try temporaryCopy(of: sources, label: "huaying-sources")
            let out = GeodataFixture.temporaryFolder("huaying-out")
            atexit {
                try? FileManager.default.removeItem(atPath: GeodataFixture.temporaryFolder("huaying-sources"))
                try? FileManager.default.removeItem(atPath: GeodataFixture.temporaryFolder("huaying-out"))
            }
            return .success((out, try GeodataFixture.build(into: out, sources: copy)))
        } catch { return .failure(GISErrorBox(message: "\(error)")) }
    }()

    func layer(_ name: String) throws -> [Feature] {
        try GeoJSONFile.read(path: try Self.build.get().folder + "/" + name).object.asFeatureCollection.features
    }

    @Test func huayingBuildsFromItsSourcesAndEveryLayerIsValid() throws {
        let (folder, report) = try Self.build.get()
        #expect(Set(report.files) == Set(GeodataBuilder.outputFiles))
        let validator = try GeometryValidator()
        for file in report.files where file.hasSuffix(".geojson") {
            let fc = try GeoJSONFile.read(path: folder + "/" + file).object.asFeatureCollection
            let errors = validator.validate(fc, file: file)
            #expect(errors.isEmpty, "\(file): \(errors.prefix(3).map(\.description))")
        }
    }

    @Test func huayingMeetsItsSourcedTotals() throws {
        let townships = try layer("townships.geojson"), villages = try layer("villages.geojson")
        #expect(townships.count == 13 && villages.count == 135)
        #expect(Dictionary(grouping: townships) { $0.string("kind") }.mapValues(\.count) == ["街道": 3, "镇": 9, "乡": 1])
        let rural = villages.filter { $0.string("kind") == "村" }
        #expect(rural.count == 108)
        #expect(rural.filter { $0.bool("poor_village") }.count == 25)
        #expect(rural.reduce(0) { $0 + $1.int("poor_persons") } == 12_807)
        let seat = try #require(townships.first { $0.string("name") == "双河街道办事处" })
        #expect(seat.double("seat_lon") == 106.77266 && seat.double("seat_lat") == 30.37448)
        #expect(Set(try layer("zones.geojson").map { $0.string("name") }) == ["地质灾害区", "采煤沉陷区", "旱山区", "渠江洪灾淹没区"])
        #expect(Set(villages.map { $0.string("terrain_unit") }) == ["华蓥山", "西部丘陵"])
    }

    @Test func huayingOutputsHoldNoLinshuiOnlyName() throws {
        let (folder, report) = try Self.build.get()
        for file in report.files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            // The real neighbours layer names the neighbour 邻水县 (adcode 511623); nothing else may.
            let allowed: Set<String> = file == "neighbours.geojson" ? ["邻水", "511623"] : []
            for name in linshuiOnlyNames + ["邻水"] where !allowed.contains(name) {
                #expect(!text.contains(name), "\(file) contains \(name)")
            }
        }
        #expect(try layer("neighbours.geojson").contains { $0.string("name") == "邻水县" })
    }

    @Test func huayingWarnsThatItHasNoTrunkRoads() throws {
        let (_, report) = try Self.build.get()
        #expect(report.warnings.map(\.message) == ["华蓥市 has no trunk roads in model-inputs.geojson: roads.geojson holds only the modelled township and village roads"])
        #expect(try layer("roads.geojson").allSatisfy { $0.string("level") != "trunk" })
    }
}
