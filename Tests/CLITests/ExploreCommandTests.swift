import Foundation
import Testing

/// `benkang explore` end to end: the folder it writes, resuming, re-analysis, refusals.
@Suite(.serialized) struct ExploreCommandTests {
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-explore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func experiment(in dir: URL, _ body: String) throws -> URL {
        let file = dir.appendingPathComponent("e.yaml")
        try ("base: \(CLI.packageRoot.path)/scenarios/baseline.yaml\n" + body).write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    static let twoPoints = """
        name: two
        runs: 1
        factors:
          - {name: growth, path: income_growth.by_source_fraction_per_year, scale: [0.6, 1.2]}
        design: {kind: grid, levels: 2}
        outputs:
          - {name: exit_2018, figure: county_exit_year, statistic: share_at_most, threshold: 2018}
          - poor_persons_2018
        discovery: {figure: county_exit_year, statistic: share_at_most, threshold: 2018, at_least: 0.9}
        """

    /// An interrupted experiment resumed on another thread count gives the bytes of the
    /// uninterrupted one, and --analyse rewrites the same analyses.
    @Test func resumeAndReanalysisGiveTheSameFiles() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let e = try Self.experiment(in: dir, Self.twoPoints)
        let a = dir.appendingPathComponent("a")
        let r = try CLI.run(["explore", e.path, "--out", a.path, "--threads", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        for f in ["experiment.yaml", "base.resolved.yaml", "design.csv", "results.csv", "points.csv", "prim.csv"] {
            #expect(FileManager.default.fileExists(atPath: a.appendingPathComponent(f).path), "\(f)")
        }
        let results = try Data(contentsOf: a.appendingPathComponent("results.csv"))
        #expect(results.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = String(decoding: results.dropFirst(3), as: UTF8.self).split(separator: "\n")
        #expect(lines.first == "point,run,county_exit_year,poor_persons_2018" && lines.count == 3, "\(lines)")
        let design = String(decoding: try Data(contentsOf: a.appendingPathComponent("design.csv")).dropFirst(3), as: UTF8.self)
        #expect(design == "point,growth\n0,0.6\n1,1.2\n")
        #expect(r.stdout.contains("PRIM:"), "\(r.stdout)")

        // Interrupted after the first point, in the middle of the second's line.
        let b = dir.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
        for f in ["experiment.yaml", "base.resolved.yaml", "design.csv"] {
            try FileManager.default.copyItem(at: a.appendingPathComponent(f), to: b.appendingPathComponent(f))
        }
        try (Data([0xEF, 0xBB, 0xBF]) + Data((lines[0] + "\n" + lines[1] + "\n1,0,20").utf8)).write(to: b.appendingPathComponent("results.csv"))
        let again = try CLI.run(["explore", e.path, "--out", b.path, "--resume", "--threads", "1"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("1 already done, 1 to run"), "\(again.stderr)")
        #expect(try Data(contentsOf: b.appendingPathComponent("results.csv")) == results)
        for f in ["points.csv", "prim.csv"] {
            #expect(try Data(contentsOf: b.appendingPathComponent(f)) == Data(contentsOf: a.appendingPathComponent(f)), "\(f)")
        }
        // Re-analysis without running.
        try FileManager.default.removeItem(at: a.appendingPathComponent("points.csv"))
        let analysed = try CLI.run(["explore", "--analyse", a.path])
        #expect(analysed.status == 0, "\(analysed.stderr)")
        #expect(try Data(contentsOf: a.appendingPathComponent("points.csv")) == Data(contentsOf: b.appendingPathComponent("points.csv")))
        // A folder holding an experiment is not overwritten without --resume.
        let refused = try CLI.run(["explore", e.path, "--out", a.path])
        #expect(refused.status == 73 && refused.stderr.contains("holds an earlier experiment: add --resume"), "\(refused.stderr)")
    }

    @Test func aBadExperimentIsReportedWholeAndWritesNothing() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let e = try Self.experiment(in: dir, """
            factors:
              - {path: income_growth.by_source_fraction_per_yeer, scale: [0.6, 1.2]}
            design: {kind: sobool}
            outputs: [poor_persons_2018]
            """)
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["explore", e.path, "--out", out.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("e.yaml:3:12: factors[0].path:") && r.stderr.contains("did you mean \"income_growth.by_source_fraction_per_year\"?"), "\(r.stderr)")
        #expect(r.stderr.contains("e.yaml:4:16: design.kind: unknown design \"sobool\"; did you mean \"sobol\"?"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let unfinished = try CLI.run(["explore", "--analyse", dir.path])
        #expect(unfinished.status == 65)
        let usage = try CLI.run(["explore", e.path])
        #expect(usage.status == 64)
    }
}
