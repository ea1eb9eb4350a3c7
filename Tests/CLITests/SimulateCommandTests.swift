import Foundation
import Testing

/// `benkang simulate` and `benkang calibrate` end to end, as a planner runs them.
@Suite(.serialized) struct SimulateCommandTests {

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-sim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func aBrokenScenarioIsReportedWithItsPlaceAndLeavesNoOutputFolder() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let scenario = dir.appendingPathComponent("x.yaml")
        try "extends: \(CLI.packageRoot.path)/scenarios/baseline.yaml\nprograms:\n  tourism:\n    villages_by_year:\n      2017: thirty\n"
            .write(to: scenario, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["simulate", scenario.path, "--out", out.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("x.yaml:5:13: programs.tourism.villages_by_year.2017: expected an integer ≥ 0, found \"thirty\""))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0 != "x.yaml" }
        #expect(leftovers.isEmpty)
    }

    @Test func aMissingScenarioFileIsADataError() throws {
        let r = try CLI.run(["simulate", "scenarios/no-such.yaml", "--out", "/tmp/benkang-never"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("no-such.yaml"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/benkang-never"))
    }

    @Test func simulateWritesEveryOutputAndTheSameSeedGivesTheSameBytes() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a"), b = dir.appendingPathComponent("b")
        let ra = try CLI.run(["simulate", "scenarios/baseline.yaml", "--seed", "11", "--runs", "2", "--threads", "1", "--out", a.path])
        #expect(ra.status == 0, "\(ra.stderr)")
        #expect(ra.stdout.contains("2016"))
        let rb = try CLI.run(["simulate", "scenarios/baseline.yaml", "--seed", "11", "--runs", "2", "--threads", "2", "--out", b.path])
        #expect(rb.status == 0)
        let files = ["county.csv", "villages.csv", "flows.csv", "villages.geojson", "summary.json", "scenario.resolved.yaml"]
        for f in files {
            let da = try Data(contentsOf: a.appendingPathComponent(f)), db = try Data(contentsOf: b.appendingPathComponent(f))
            #expect(!da.isEmpty && da == db, "\(f) differs between thread counts")
        }
        let county = try String(contentsOf: a.appendingPathComponent("county.csv"), encoding: .utf8)
        #expect(county.hasPrefix("year,poverty_line_yuan,poverty_line_assumed,population,households,poor_persons,poor_persons_p10,poor_persons_p90"))
        #expect(county.split(separator: "\n").count == 7)
        let resolved = try String(contentsOf: a.appendingPathComponent("scenario.resolved.yaml"), encoding: .utf8)
        #expect(resolved.contains("2017: 3041  # assumption"))
        // The seed and run count actually used, not the file's (seed: 2015, runs: 1).
        #expect(resolved.contains("\nseed: 11\n"), "scenario.resolved.yaml records --seed")
        #expect(resolved.contains("\nruns: 2\n"), "scenario.resolved.yaml records --runs")
        #expect(ra.stdout.contains("county exit (incidence < 3.0 %"))
        let summary = try String(contentsOf: a.appendingPathComponent("summary.json"), encoding: .utf8)
        #expect(summary.contains("\"p50\""))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(leftovers == ["a", "b"])
    }

    @Test func calibrateShowsEachReportedFigureBesideTheSimulatedOne() throws {
        let r = try CLI.run(["calibrate", "scenarios/baseline.yaml"])
        #expect(r.stdout.contains("rural poor lifted out 2016"))
        #expect(r.stdout.contains("16301"))
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    }
}
