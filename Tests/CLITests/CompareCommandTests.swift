import Foundation
import Testing

@Suite struct CompareCommandTests {
    static func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func aScenarioComparedWithItselfShowsZeroDifferencesAndKeepsEachRunsOutputs() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("cmp")
        let r = try CLI.run(["compare", "--runs", "1", "scenarios/relocation-towns.yaml", "scenarios/relocation-towns.yaml",
                             "--format", "json", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"scenarios\": [\"relocation-towns\", \"relocation-towns (2)\"]"))
        let diffs = r.stdout.split(separator: "\n").filter { $0.contains("\"diff\"") }
        #expect(diffs.count > 20)
        #expect(diffs.allSatisfy { $0.contains("\"diff\": {\"relocation-towns (2)\": 0}") || $0.contains(": 0.00}") || $0.contains(": 0.000}") })
        #expect(r.stdout.contains("\"name\": \"relocated_persons\""))
        for name in ["relocation-towns", "relocation-towns (2)"] {
            for file in ["county.csv", "flows.csv", "summary.json", "scenario.resolved.yaml", "relocation.csv", "sites.csv"] {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).appendingPathComponent(file).path))
            }
        }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("comparison.md").path))
    }

    @Test func aBrokenScenarioIsAnErrorNamingTheKeyAndLeavesNoOutput() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.yaml")
        try "programs:\n  relocation:\n    assignmnet: optimized\n".write(to: bad, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("cmp")
        let r = try CLI.run(["compare", "--runs", "1", "scenarios/relocation-none.yaml", bad.path, "--out", out.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("bad.yaml:3:5"))
        #expect(r.stderr.contains("assignment"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func onlyAScenarioThatSetsCalibrationGetsCalibrationLines() throws {
        let r = try CLI.run(["compare", "--runs", "1", "scenarios/baseline.yaml", "scenarios/tourism-push.yaml"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("baseline: calibration against the reported figures (报告值)"))
        #expect(!r.stdout.contains("tourism-push: calibration"))
        let json = try CLI.run(["compare", "--runs", "1", "scenarios/baseline.yaml", "--format", "json"])
        #expect(json.status == 0 && !json.stdout.contains("报告值"), "machine-readable output stays clean")
    }
}
