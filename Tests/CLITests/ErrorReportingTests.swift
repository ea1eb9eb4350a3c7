import Foundation
import Testing

/// Bad input ends with a clear message and status 65, and never damages an input file.
@Suite struct ErrorReportingTests {
    /// A bad flag value is a usage error (64); the same page in a spec file is a data error (65).
    @Test func anUnknownPageIsAUsageErrorWithTheKnownPagesListed() throws {
        let r = try CLI.run(["map", "--page", "a9", "-o", FileManager.default.temporaryDirectory.appendingPathComponent("never.svg").path])
        #expect(r.status == 64)
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
        #expect(r.status == 73)
        #expect(r.stderr.contains("mine.yaml"))
        #expect(FileManager.default.fileExists(atPath: scenario.path))
        let file = try CLI.run(["simulate", scenario.path, "--out", scenario.path])
        #expect(file.status == 73)
        #expect(FileManager.default.fileExists(atPath: scenario.path))
    }
}

/// Output that cannot be written is never lost silently.
@Suite struct StandardOutputFailureTests {
    /// Runs `benkang ARGS > /dev/full` through the shell.
    static func toFullDevice(_ args: String) throws -> (status: Int32, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "exec \"$0\" \(args) > /dev/full", CLI.executable.path]
        p.currentDirectoryURL = CLI.packageRoot
        let err = Pipe()
        p.standardError = err
        try p.run()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: e, as: UTF8.self))
    }

    @Test(arguments: ["info geodata/county.geojson", "project --from EPSG:4326 --to EPSG:4545 geodata/county.geojson",
                      "validate --fix geodata/county.geojson -o -"])
    func aFullStandardOutputExitsWith73AndSaysSo(_ args: String) throws {
        let r = try Self.toFullDevice(args)
        #expect(r.status == 73, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("cannot write to standard output"))
        #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("Backtrace"))
    }

    @Test func aDeviceGivenAsOutputIsRefusedWith73() throws {
        let r = try CLI.run(["project", "--from", "EPSG:4326", "--to", "EPSG:4545", "geodata/county.geojson", "-o", "/dev/null"])
        #expect(r.status == 73)
        #expect(r.stderr.contains("character device"))
    }
}
