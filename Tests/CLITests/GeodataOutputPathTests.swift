import Foundation
import Testing

/// The one output path: `geodata build` builds in a temporary folder, replaces only an
/// empty folder or an earlier build, stamps it, and the loaders refuse a mixed folder;
/// every unwritable output exits 73 before any work, in plain words.
@Suite(.serialized) struct GeodataOutputPathTests {
    static func folder(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-outpath-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static let sources = CLI.packageRoot.appendingPathComponent("geodata/sources").path

    @Test func aBuildIsStampedRebuildsInPlaceAndLeavesNoTemporaryFolder() throws {
        let dir = try Self.folder("stamp")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("g")
        let r = try CLI.run(["geodata", "build", "--sources", Self.sources, "--out", out.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let stamp = try String(contentsOf: out.appendingPathComponent("build-stamp.json"), encoding: .utf8)
        #expect(stamp.contains("\"file\": \"villages.geojson\"") && stamp.contains("\"file\": \"townships-2016.csv\""))
        #expect(stamp == (try String(contentsOf: CLI.packageRoot.appendingPathComponent("geodata/build-stamp.json"), encoding: .utf8)),
                "the shipped geodata carries the stamp of its build")
        // A user's file beside the layers is kept; the earlier build is replaced.
        try "mine".write(to: out.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let again = try CLI.run(["geodata", "build", "--sources", Self.sources, "--out", out.path])
        #expect(again.status == 0, "stderr: \(again.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["g"], "no temporary folder is left")
    }

    @Test func aFolderThatIsNotAnEarlierBuildIsNeverWrittenInto() throws {
        let dir = try Self.folder("foreign")
        defer { try? FileManager.default.removeItem(at: dir) }
        let scenarios = dir.appendingPathComponent("scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        try "seed: 1\n".write(to: scenarios.appendingPathComponent("mine.yaml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["geodata", "build", "--sources", Self.sources, "--out", scenarios.path])
        #expect(r.status == 73)
        #expect(r.stderr.contains("no build-stamp.json"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scenarios.path) == ["mine.yaml"])
        // A user's file named like a layer, in a stamped folder that does not list it.
        let g = dir.appendingPathComponent("g")
        try FileManager.default.createDirectory(at: g, withIntermediateDirectories: true)
        try #"{"tool": "benkang geodata build", "version": "0.1.0", "seed": 1, "sources": [], "files": []}"#
            .write(to: g.appendingPathComponent("build-stamp.json"), atomically: true, encoding: .utf8)
        try "mine".write(to: g.appendingPathComponent("roads.geojson"), atomically: true, encoding: .utf8)
        let user = try CLI.run(["geodata", "build", "--sources", Self.sources, "--out", g.path])
        #expect(user.status == 73)
        #expect(user.stderr.contains("roads.geojson: error: exists, but the folder's build-stamp.json does not list it"), "\(user.stderr)")
        #expect(try String(contentsOf: g.appendingPathComponent("roads.geojson"), encoding: .utf8) == "mine")
    }

    @Test func everyUnwritableOutputExits73BeforeTheRunInPlainWords() throws {
        let dir = try Self.folder("unwritable")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("afile")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let dangling = dir.appendingPathComponent("dangling")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "/nonexistent/benkang")
        for out in ["/", "", file.path, dangling.path, "/proc/benkang-out"] {
            for command in [["geodata", "build", "--sources", Self.sources], ["simulate", "scenarios/baseline.yaml"],
                            ["compare", "scenarios/baseline.yaml", "scenarios/relocation-none.yaml"]] {
                let start = Date()
                let r = try CLI.run(command + ["--out", out])
                #expect(r.status == 73, "\(command[0]) --out \(out): \(r.stderr)")
                #expect(!r.stderr.contains("NSCocoaErrorDomain") && !r.stderr.contains("Error Domain"), "\(r.stderr)")
                #expect(r.stdout.isEmpty, "\(command[0]) --out \(out) failed before running: \(r.stdout)")
                #expect(Date().timeIntervalSince(start) < 30)
            }
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "x")
    }

    @Test func simulateRefusesAnOutFolderThatHoldsItsScenario() throws {
        let dir = try Self.folder("own-input")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("run")
        let r = try CLI.run(["simulate", "scenarios/baseline.yaml", "--out", out.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let resolved = out.appendingPathComponent("scenario.resolved.yaml")
        let before = try Data(contentsOf: resolved)
        let again = try CLI.run(["simulate", resolved.path, "--out", out.path])
        #expect(again.status == 73)
        #expect(again.stderr.contains("holds the input"), "\(again.stderr)")
        #expect(try Data(contentsOf: resolved) == before)
    }

    @Test func staleTemporaryFoldersOfDeadProcessesAreRemovedOnTheNextRun() throws {
        let dir = try Self.folder("stale")
        defer { try? FileManager.default.removeItem(at: dir) }
        // PID 4194304 is above Linux's largest pid_max: no such process can run.
        let stale = [".g.tmp-4194304", ".g.tmp-4194304.old"]
        for name in stale { try FileManager.default.createDirectory(at: dir.appendingPathComponent(name), withIntermediateDirectories: true) }
        let live = ".g.tmp-1"   // PID 1 runs: never touched
        try FileManager.default.createDirectory(at: dir.appendingPathComponent(live), withIntermediateDirectories: true)
        let r = try CLI.run(["geodata", "build", "--sources", Self.sources, "--out", dir.appendingPathComponent("g").path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [live, "g"].sorted())
    }

    @Test func aMixedGeodataFolderIsRefusedNamingTheFile() throws {
        let dir = try Self.folder("mixed")
        defer { try? FileManager.default.removeItem(at: dir) }
        let g = dir.appendingPathComponent("g")
        #expect(try CLI.run(["geodata", "build", "--sources", Self.sources, "--out", g.path]).status == 0)
        // Same size, other bytes: only the SHA-256 tells (a layer of another build).
        let villages = g.appendingPathComponent("villages.geojson")
        var bytes = try Data(contentsOf: villages)
        let k = try #require(bytes.firstIndex(of: UInt8(ascii: "7")))
        bytes[k] = UInt8(ascii: "8")
        try bytes.write(to: villages)
        let s = try CLI.run(["simulate", "scenarios/baseline.yaml", "--geodata", g.path, "--out", dir.appendingPathComponent("run").path])
        #expect(s.status == 65)
        #expect(s.stderr.contains("villages.geojson: error: does not match") && s.stderr.contains("build-stamp.json"), "\(s.stderr)")
        let m = try CLI.run(["map", "--geodata", g.path, "-o", dir.appendingPathComponent("m.svg").path])
        #expect(m.status == 65, "\(m.stderr)")
        #expect(m.stderr.contains("villages.geojson: error: does not match"), "\(m.stderr)")
    }

    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func anInterruptedBuildRemovesItsTemporaryFolderAndExits128PlusTheSignal(signal: Int32, status: Int32) throws {
        let dir = try Self.folder("interrupt-\(signal)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = Process()
        p.executableURL = CLI.executable
        p.arguments = ["geodata", "build", "--sources", Self.sources, "--out", dir.appendingPathComponent("g").path]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Wait until the temporary folder exists (the build has started), then interrupt.
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, !((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).contains(where: { $0.hasPrefix(".g.tmp-") }) {
            usleep(20_000)
        }
        kill(p.processIdentifier, signal)
        p.waitUntilExit()
        #expect(p.terminationStatus == status, "the build (several seconds) is interrupted as soon as its temporary folder exists")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [], "no temporary folder and no partial --out")
    }
}
