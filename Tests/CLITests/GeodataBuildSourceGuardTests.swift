import Foundation
import Testing

/// `benkang geodata build` refuses an output folder that holds its sources.
@Suite struct GeodataBuildSourceGuardTests {
    static func folder(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-geodata-guard-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func geodataBuildNeverWritesOverItsSources() throws {
        let dir = try Self.folder("geodata-guard")
        let neighbours = dir.appendingPathComponent("neighbours.geojson")
        let original = #"{"type":"FeatureCollection","features":[]}"#
        try original.write(to: neighbours, atomically: true, encoding: .utf8)
        let r = try CLI.run(["geodata", "build", "--sources", dir.path, "--out", dir.path])
        #expect(r.status != 0 && r.status < 128)
        #expect(r.stderr.contains("neighbours.geojson"), "\(r.stderr)")
        #expect(try String(contentsOf: neighbours, encoding: .utf8) == original)
    }
}
