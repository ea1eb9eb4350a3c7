import Foundation
import Testing

/// Maps drawn by `benkang map` on the shipped data, compared byte for byte with the files in
/// `Tests/CLITests/Golden/`. Each map is drawn twice first: the two drawings must be the same
/// bytes before either is compared.
///
/// Never regenerated in CI. After an intended change to a map, regenerate deliberately and
/// review the diff: `BENKANG_UPDATE_GOLDEN=1 swift test --filter GoldenMapTests`, then
/// `git diff Tests/CLITests/Golden`, then run the tests without the variable. An update is
/// refused when `CI` is set.
@Suite struct GoldenMapTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func folder(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-golden-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Draws `benkang map ARGS -o …` twice into `dir` and returns the bytes, recording an
    /// issue when the two drawings differ.
    static func drawTwice(_ arguments: [String], in dir: URL) throws -> [UInt8]? {
        var drawings: [[UInt8]] = []
        for i in 1...2 {
            let out = dir.appendingPathComponent("map-\(i).svg")
            let r = try CLI.run(["map"] + arguments + ["-o", out.path])
            #expect(r.status == 0, "\(r.stderr)")
            guard r.status == 0 else { return nil }
            drawings.append([UInt8](try Data(contentsOf: out)))
        }
        #expect(drawings[0] == drawings[1], "two drawings of the same map differ: the map is not deterministic")
        return drawings[0]
    }

    /// Compares `bytes` with `Golden/NAME`, or rewrites it when BENKANG_UPDATE_GOLDEN=1 outside CI.
    static func compare(_ bytes: [UInt8], toGolden name: String) throws {
        let golden = goldenFolder.appendingPathComponent(name)
        let environment = ProcessInfo.processInfo.environment
        if environment["BENKANG_UPDATE_GOLDEN"] == "1" {
            if let ci = environment["CI"], !ci.isEmpty {
                Issue.record("BENKANG_UPDATE_GOLDEN=1 is refused when CI is set: golden files are regenerated only deliberately, on a developer's machine")
                return
            }
            // Updating is not a check: record it, so an update run never passes as a comparison.
            try Data(bytes).write(to: golden)
            Issue.record("Golden/\(name) rewritten (BENKANG_UPDATE_GOLDEN=1): review `git diff Tests/CLITests/Golden`, then run the tests without it")
            return
        }
        let how = "to regenerate it deliberately after an intended change, run `BENKANG_UPDATE_GOLDEN=1 swift test --filter GoldenMapTests` (refused when CI is set) and review the diff"
        guard let expected = try? [UInt8](Data(contentsOf: golden)) else {
            Issue.record("Tests/CLITests/Golden/\(name) is missing: \(how)")
            return
        }
        if expected != bytes {
            let at = zip(expected, bytes).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset ?? min(expected.count, bytes.count)
            Issue.record("the map differs from Tests/CLITests/Golden/\(name) at byte \(at) (\(bytes.count) bytes drawn, \(expected.count) in the golden file): \(how)")
        }
    }

    /// The base plan map of `scenarios/maps/base.yaml` without the elevation raster and the
    /// village polygons (`Golden/base-plan.yaml` says why: the full map is about 1 MB).
    @Test func theBasePlanMapOnTheShippedGeodataMatchesItsGoldenFile() throws {
        let dir = try Self.folder("base-plan")
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = Self.goldenFolder.appendingPathComponent("base-plan.yaml").path
        guard let bytes = try Self.drawTwice(["--spec", spec], in: dir) else { return }
        try Self.compare(bytes, toGolden: "base-plan.svg")
    }

    /// The baseline simulated with its own seed, then its poverty incidence of 2018 by village.
    @Test func theIncidenceChoroplethOfTheBaselineIn2018MatchesItsGoldenFile() throws {
        let dir = try Self.folder("incidence")
        defer { try? FileManager.default.removeItem(at: dir) }
        // The folder's name is the run's name in the map's subtitle ("Run baseline, 2018").
        let run = dir.appendingPathComponent("baseline")
        let s = try CLI.run(["simulate", "scenarios/baseline.yaml", "--out", run.path])
        #expect(s.status == 0, "\(s.stderr)")
        guard s.status == 0 else { return }
        guard let bytes = try Self.drawTwice(["--run", run.path, "--theme", "incidence", "--year", "2018"], in: dir) else { return }
        try Self.compare(bytes, toGolden: "incidence-2018.svg")
    }
}
