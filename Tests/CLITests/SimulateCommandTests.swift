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
        #expect(r.stderr.contains("x.yaml:5:13: programs.tourism.villages_by_year.2017: expected an integer in 0…100000, found \"thirty\""))
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
        let files = ["county.csv", "villages.csv", "villages-by-year.csv", "flows.csv", "targets.csv", "villages.geojson", "summary.json",
                     "scenario.resolved.yaml"]
        for f in files {
            let da = try Data(contentsOf: a.appendingPathComponent(f)), db = try Data(contentsOf: b.appendingPathComponent(f))
            #expect(!da.isEmpty && da == db, "\(f) differs between thread counts")
        }
        let countyBytes = [UInt8](try Data(contentsOf: a.appendingPathComponent("county.csv")))
        #expect(countyBytes.starts(with: [0xEF, 0xBB, 0xBF]), "county.csv starts with the UTF-8 BOM")
        let county = String(decoding: countyBytes.dropFirst(3), as: UTF8.self)
        #expect(county.hasPrefix("year,poverty_line_yuan,poverty_line_assumed,population,households,poor_persons,poor_persons_p10,poor_persons_p90"))
        #expect(county.split(separator: "\n").count == 7)
        let resolved = try String(contentsOf: a.appendingPathComponent("scenario.resolved.yaml"), encoding: .utf8)
        #expect(resolved.contains("2017: 2952  # assumption") && resolved.contains("2018: 2995  # assumption"))
        // The baseline sets no exit threshold: the resolved scenario says the profile's applied.
        #expect(resolved.contains("county_incidence_below_fraction: null  # not set in the scenario: the county profile's exit_rules.county_incidence_below applies, 0.03"), "\(resolved)")
        // The seed and run count actually used, not the file's (seed: 2015, runs: 1).
        #expect(resolved.contains("\nseed: 11  # command line\n"), "scenario.resolved.yaml records --seed")
        #expect(resolved.contains("\nruns: 2  # command line\n"), "scenario.resolved.yaml records --runs")
        #expect(ra.stdout.contains("county exit (rural incidence < 3.0 % (county profile) and in every township a central school, a health centre and a public service centre): "))
        #expect(ra.stdout.contains("assessment conditions (wrongly exited and missed poor below 2 %, approval above 90 %): not modelled"))
        // The baseline sets calibration: true, so its calibration is printed.
        #expect(ra.stdout.contains("calibration against the reported figures (报告值)"))
        #expect(county.contains("townships_without_central_school") && county.contains("county_meets_exit_rule_share"))
        let summary = try String(contentsOf: a.appendingPathComponent("summary.json"), encoding: .utf8)
        #expect(summary.contains("\"p50\""))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(leftovers == ["a", "b"])
    }

    @Test func calibrateShowsEachTargetOfTheProfileBesideTheSimulatedFigure() throws {
        let r = try CLI.run(["calibrate", "scenarios/baseline.yaml", "--runs", "2"])
        for id in ["rural_poor_2015", "incidence_2015", "lifted_out_2016", "income_2018", "income_growth_2018", "county_exit_2018"] {
            #expect(r.stdout.contains("\n" + id + " "), "\(id) missing: \(r.stdout)")
        }
        #expect(r.stdout.contains("16301") && r.stdout.contains("≥ 80 % of runs") && r.stdout.contains("of runs"))
        // The reported figure of another concept is shown, marked as not calibrated to.
        #expect(r.stdout.contains("cash_income_2016_q3") && r.stdout.contains("not calibrated to"))
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    }

    @Test func calibrateExitsOneWhenATargetIsNotMet() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let scenario = dir.appendingPathComponent("slow.yaml")
        try "extends: \(CLI.packageRoot.path)/scenarios/baseline.yaml\nincome_growth:\n  by_source_fraction_per_year: {farming: 0, local_wages: 0, remittances: 0, transfers: 0}\n"
            .write(to: scenario, atomically: true, encoding: .utf8)
        let r = try CLI.run(["calibrate", scenario.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("NO"))
        #expect(r.stderr.contains("calibration: at least one target is not met"))
    }

    @Test func aPolicyAlternativePrintsNoCalibration() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["simulate", "scenarios/tourism-push.yaml", "--out", dir.appendingPathComponent("t").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("county exit"))
        #expect(!r.stdout.contains("calibration") && !r.stdout.contains("报告值"))
    }
}
