import Foundation
import Testing

/// Bad input ends with a clear message and status 65, and never damages an input file.
@Suite struct ErrorReportingTests {
    @Test func anUnknownPageIsADataErrorWithTheKnownPagesListed() throws {
        let r = try CLI.run(["map", "--page", "a9", "-o", FileManager.default.temporaryDirectory.appendingPathComponent("never.svg").path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("a9") && r.stderr.contains("a3-landscape"))
        #expect(!r.stderr.contains("Fatal error"))
    }

    @Test func aMapIsNeverWrittenOverAGeodataLayer() throws {
        let layer = CLI.packageRoot.appendingPathComponent("geodata/villages.geojson")
        let before = try Data(contentsOf: layer)
        let r = try CLI.run(["map", "-o", "geodata/villages.geojson"])
        #expect(r.status == 65)
        #expect(r.stderr.contains(".svg"))
        #expect(try Data(contentsOf: layer) == before)
    }

    @Test func aBrokenScenarioIsADataErrorNamingItsLineAndColumn() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-err-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("bad.yaml").path
        try "seed: 1\nrunz: 3\n".write(toFile: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["calibrate", file])
        #expect(r.status == 65)
        #expect(r.stderr.contains("bad.yaml:2:1"))
        #expect(r.stderr.contains("runs"))
    }

    @Test func simulateNeverReplacesAFolderThatHoldsInputs() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let scenario = dir.appendingPathComponent("mine.yaml")
        try "extends: \(CLI.packageRoot.path)/scenarios/baseline.yaml\n".write(to: scenario, atomically: true, encoding: .utf8)
        let r = try CLI.run(["simulate", scenario.path, "--out", dir.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("mine.yaml"))
        #expect(FileManager.default.fileExists(atPath: scenario.path))
        let file = try CLI.run(["simulate", scenario.path, "--out", scenario.path])
        #expect(file.status == 65)
        #expect(FileManager.default.fileExists(atPath: scenario.path))
    }
}
