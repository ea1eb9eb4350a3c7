import Foundation
import Testing
import GIS
@testable import GeodataBuild

@Suite struct GeodataNamesAndRebuildTests {
    @Test func everyRealTownshipAndVillageNameIsPresentWithItsCode() throws {
        let f = try GeodataFixture.get()
        let sources = try SourceTables.read(folder: GeodataFixture.sources, townshipsFile: "townships-2016.csv", villagesFile: "villages-names.csv")
        #expect(Set(f.townships.map { $0.string("code") + $0.string("name") }) == Set(sources.townships.map { $0.code + $0.name }))
        #expect(f.townships.allSatisfy { ["镇", "乡"].contains($0.string("kind")) })
        let built = f.villages.map { $0.string("township_code") + "/" + $0.string("committee_name") }.sorted()
        #expect(built == sources.villages.map { $0.townshipCode + "/" + $0.committeeName }.sorted())
        #expect(Set(f.villages.map { $0.string("id") }).count == 522)
        #expect(f.villages.allSatisfy { $0.string("id").hasPrefix($0.string("township_code") + "-") })
    }

    @Test func theSixLinesAndTheKnownSitesExist() throws {
        let f = try GeodataFixture.get()
        let lines = f.layers["lines.geojson"]!.features
        #expect(lines.map { $0.string("name") } == ["二环山", "城乡统筹", "农旅结合", "现代农业", "生态旅游", "工农互动"])
        let ids = Set(f.villages.map { $0.string("id") })
        #expect(lines.allSatisfy { ($0[property: "village_ids"]?.arrayValue ?? []).allSatisfy { ids.contains($0.stringValue ?? "") } })
        let sites = f.layers["sites.geojson"]!.features
        let kinds = Dictionary(grouping: sites) { $0.string("kind") }
        #expect(kinds["breeding_farm"]?.count == 5)
        #expect(kinds["orange_park"]?.count == 32)
        #expect((kinds["development_zone"]?.first?.int("jobs") ?? 0) >= 20_000)
        #expect(sites.contains { $0.string("id") == "tourism-tianyigu" && $0.string("township_code") == "511623206000" })
        let strategy = f.layers["strategy.geojson"]!.features
        #expect(strategy.filter { $0.string("kind") == "central_town_area" }.count == 8)
        #expect(strategy.contains { $0.string("name").hasPrefix("九龙镇") } && strategy.contains { $0.string("name").hasPrefix("丰禾镇") })
    }

    @Test func rebuildingWithTheSameSeedGivesByteIdenticalFiles() throws {
        let f = try GeodataFixture.get()
        let again = GeodataFixture.temporaryFolder("again")
        defer { try? FileManager.default.removeItem(atPath: again) }
        let report = try GeodataFixture.build(into: again)
        #expect(report.files == f.report.files)
        for file in report.files {
            let a = FileManager.default.contents(atPath: f.folder + "/" + file)
            let b = FileManager.default.contents(atPath: again + "/" + file)
            #expect(a != nil && a == b, "\(file) differs")
        }
    }

    @Test func theShippedGeodataIsTheBuildOfTheShippedSources() throws {
        let f = try GeodataFixture.get()
        let shippedFolder = GeodataFixture.packageRoot + "/geodata"
        for file in f.report.files where file != BuildStamp.fileName {
            let shipped = FileManager.default.contents(atPath: shippedFolder + "/" + file)
            #expect(shipped == FileManager.default.contents(atPath: f.folder + "/" + file), "geodata/\(file) is stale: run benkang geodata build")
        }
        // The shipped stamp also lists the QGIS styles `benkang geodata build` adds (checked
        // byte for byte in the CLI tests); every entry of the library's build is in it.
        let built = try #require(try BuildStamp.read(folder: f.folder))
        let shipped = try #require(try BuildStamp.read(folder: shippedFolder))
        #expect(built.sources == shipped.sources && built.seed == shipped.seed && built.version == shipped.version)
        #expect(shipped.files.filter { !$0.file.hasSuffix(".qml") } == built.files)
    }
}
