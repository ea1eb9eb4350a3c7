import Foundation
import Testing

/// The commands on hostile or mis-encoded inputs: a clear message and exit status, never
/// a hang or a huge allocation; a byte-order mark is accepted everywhere.
@Suite struct InputEncodingCommandTests {
    static func folder(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-input-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static let laughs: String = {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = Array("abcdefghi")
        for k in 1..<names.count {
            text += "\(names[k]): &\(names[k]) [\(Array(repeating: "*\(names[k - 1])", count: 9).joined(separator: ","))]\n"
        }
        return text + "? *i\n: 1\n"
    }()

    @Test func simulateRefusesBillionLaughsAtOnce() throws {
        let dir = try Self.folder("laughs")
        let file = dir.appendingPathComponent("laughs.yaml")
        try Self.laughs.write(to: file, atomically: true, encoding: .utf8)
        let start = Date()
        let r = try CLI.run(["simulate", file.path])
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(r.status == 65)
        #expect(r.stderr.contains("laughs.yaml:"))
        #expect(r.stderr.contains("alias *"))
    }

    @Test func simulateRefusesAnEmptyScenario() throws {
        let dir = try Self.folder("empty")
        let file = dir.appendingPathComponent("empty.yaml")
        try "# nothing yet\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["simulate", file.path, "--out", dir.appendingPathComponent("out").path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("empty"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    @Test func simulateFindsAnExtendsCycleThroughDotSlash() throws {
        let dir = try Self.folder("cycle")
        let file = dir.appendingPathComponent("self.yaml")
        try "extends: ./self.yaml\nname: me\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["simulate", file.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("cycle"))
        #expect(r.stderr.utf8.count < 500)
    }

    @Test(arguments: [["simulate", "scenarios/baseline.yaml"], ["calibrate", "scenarios/baseline.yaml"],
                      ["compare", "scenarios/baseline.yaml", "scenarios/baseline.yaml"]])
    func runsPastTheScenarioCapIsAUsageError(_ command: [String]) throws {
        for runs in ["1000000000", "100001", "0"] {
            let r = try CLI.run(command + ["--runs", runs])
            #expect(r.status == 64, "\(command) --runs \(runs): \(r.stderr)")
            #expect(r.stderr.contains("--runs must be in 1…100000"))
        }
    }

    @Test func aScenarioWithAByteOrderMarkRuns() throws {
        let dir = try Self.folder("bom")
        let file = dir.appendingPathComponent("bom.yaml")
        let text = "extends: \(CLI.packageRoot.path)/scenarios/baseline.yaml\nname: bom\n"
        try Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)).write(to: file)
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["simulate", file.path, "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let resolved = try String(contentsOf: out.appendingPathComponent("scenario.resolved.yaml"), encoding: .utf8)
        #expect(resolved.contains("name: \"bom\""))
    }

    static let geojson = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"v1"},"geometry":{"type":"Polygon","coordinates":[[[107,30.3],[107.1,30.3],[107.1,30.4],[107,30.3]]]}}]}"#

    @Test func mapReadsARunTableWithAByteOrderMark() throws {
        let dir = try Self.folder("map-bom")
        let g = dir.appendingPathComponent("geodata"), run = dir.appendingPathComponent("run")
        try FileManager.default.createDirectory(at: g, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: run, withIntermediateDirectories: true)
        try Self.geojson.write(to: g.appendingPathComponent("villages.geojson"), atomically: true, encoding: .utf8)
        try Data([0xEF, 0xBB, 0xBF] + Array("village_id,year,poor_persons\r\nv1,2015,10\r\n".utf8))
            .write(to: run.appendingPathComponent("villages.csv"))
        let out = dir.appendingPathComponent("m.svg")
        let r = try CLI.run(["map", "--geodata", g.path, "--run", run.path, "--theme", "poor_persons", "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func mapNamesAGBKRunTable() throws {
        let dir = try Self.folder("map-gbk")
        let g = dir.appendingPathComponent("geodata"), run = dir.appendingPathComponent("run")
        try FileManager.default.createDirectory(at: g, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: run, withIntermediateDirectories: true)
        try Self.geojson.write(to: g.appendingPathComponent("villages.geojson"), atomically: true, encoding: .utf8)
        // "村" (B4 E5 in GBK) in a name column.
        let csv = Array("village_id,year,poor_persons,name\nv1,2015,10,".utf8) + [0xB4, 0xE5] + Array("\n".utf8)
        try Data(csv).write(to: run.appendingPathComponent("villages.csv"))
        let r = try CLI.run(["map", "--geodata", g.path, "--run", run.path, "--theme", "poor_persons", "-o", dir.appendingPathComponent("m.svg").path])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("not UTF-8"))
        #expect(r.stderr.contains("iconv -f GBK -t UTF-8"))
        #expect(r.stderr.contains("villages.csv: 2:12: error: the file is not UTF-8"))
    }
}

/// `validate` on a file with content errors: every problem, the GEOS checks of the
/// readable features, and the real feature count.
@Suite struct ValidateEveryProblemTests {
    @Test func everyProblemAndTheFeatureCountAreReported() throws {
        let dir = try InputEncodingCommandTests.folder("validate-all")
        let file = dir.appendingPathComponent("bad.geojson")
        let features = [
            #"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1]}}"#,
            #"{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}}"#,
            #"{"type":"Feature","type":"Feature","properties":{"a":1,"a":2},"geometry":{"type":"Point","coordinates":["x",2]}}"#,
            #"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[500,2]}}"#,
        ]
        try (#"{"type":"FeatureCollection","features":["# + features.joined(separator: ",\n") + "]}\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["validate", file.path])
        #expect(r.status == 65)
        #expect(r.stdout.contains("4 features"), "\(r.stdout)")
        #expect(r.stderr.contains("feature 0, geometry.coordinates: error: a position needs at least 2 numbers"))
        #expect(r.stderr.contains("feature 1, geometry: error: invalid Polygon: Self-intersection"))
        #expect(r.stderr.contains("feature 2, type: error: duplicate member \"type\""))
        #expect(r.stderr.contains("feature 2, properties.a: warning: duplicate member \"a\""))
        #expect(r.stderr.contains("feature 2, geometry.coordinates[0]: error: expected a number"))
        #expect(r.stderr.contains("feature 3, geometry.coordinates: error: longitude 500.0"))
    }

    @Test func manyErrorsAreCappedWithACount() throws {
        let dir = try InputEncodingCommandTests.folder("validate-many")
        let file = dir.appendingPathComponent("many.geojson")
        let bad = #"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1]}}"#
        try (#"{"type":"FeatureCollection","features":["# + Array(repeating: bad, count: 1_200).joined(separator: ",") + "]}")
            .write(to: file, atomically: true, encoding: .utf8)
        // Over 100 KB of messages: written to files, not pipes that CLI.run reads one after the other.
        let out = dir.appendingPathComponent("out.txt"), err = dir.appendingPathComponent("err.txt")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let p = Process()
        p.executableURL = CLI.executable
        p.arguments = ["validate", file.path]
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        try p.run()
        p.waitUntilExit()
        let stdout = try String(contentsOf: out, encoding: .utf8), stderr = try String(contentsOf: err, encoding: .utf8)
        #expect(p.terminationStatus == 65)
        #expect(stdout.contains("1200 features"), "\(stdout)")
        #expect(stderr.contains("more errors not shown"))
        let lines = stderr.split(separator: "\n").count
        #expect(lines > 1_000 && lines < 1_100)
    }
}
