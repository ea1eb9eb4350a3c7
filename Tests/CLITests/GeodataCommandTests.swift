import Foundation
import Testing

/// `benkang geodata build` regenerates exactly the dataset the project ships.
@Suite struct GeodataCommandTests {
    @Test func rebuildingFromTheShippedSourcesGivesTheShippedFilesByteForByte() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-geodata-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CLI.run(["geodata", "build", "--sources", "geodata/sources", "--out", out.path, "--seed", "20151"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let shipped = CLI.packageRoot.appendingPathComponent("geodata")
        let built = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(built.contains("villages.geojson") && built.contains("dem.asc"))
        for name in built {
            let a = try Data(contentsOf: out.appendingPathComponent(name))
            let b = try Data(contentsOf: shipped.appendingPathComponent(name))
            #expect(a == b, "\(name) differs from geodata/\(name): rebuild with `benkang geodata build` and commit")
        }
    }

    @Test func everyShippedLayerIsValid() throws {
        let layers = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appendingPathComponent("geodata").path)
            .filter { $0.hasSuffix(".geojson") }.sorted().map { "geodata/" + $0 }
        #expect(layers.count >= 11)
        let r = try CLI.run(["validate"] + layers)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(!r.stderr.contains("warning"), "\(r.stderr)")
    }

    @Test func aMissingSourcesFolderIsAnErrorThatNamesIt() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-geodata-\(UUID().uuidString)")
        let r = try CLI.run(["geodata", "build", "--sources", "no/such/folder", "--out", out.path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("no/such/folder"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("villages.geojson").path))
    }
}
