import Foundation
import Planning
import Testing

/// `benkang explore` of an experiment whose `base` is a region file (docs/experiments.md,
/// "Experiments over a region"): each run's figures are the counties' figures of the same
/// runs added up, every county seeded as `simulate REGION.yaml` seeds it; refusals.
@Suite(.serialized) struct RegionExploreCommandTests {
    static let regionPath = CLI.packageRoot.path + "/scenarios/regions/guang-an-pilot.yaml"

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-region-explore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A CSV file as header-keyed rows (the byte-order mark dropped).
    static func csv(_ url: URL) throws -> [[String: String]] {
        var text = try String(contentsOf: url, encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
    }

    static func number(_ row: [String: String]?, _ key: String) -> Double { Double(row?[key] ?? "") ?? .nan }

    static let figures = ["poor_persons_2018", "incidence_2018", "lifted_out_total", "cost_yuan_total", "income_per_capita_2018",
                          "counties_exited_2018", "all_counties_exited_year"]

    /// A two-point experiment over the shipped region (relocation take-up 0.4, 0.8; one
    /// run a point), run once in one process and shared by the tests that read it.
    static let twoPoints: Result<(dir: URL, experiment: URL, out: URL), Error> = Result {
        let dir = try temporaryDirectory()
        let e = dir.appendingPathComponent("e.yaml")
        try """
            base: \(regionPath)
            seed: 2015
            runs: 1
            factors:
              - {name: take_up, path: programs.relocation.take_up_fraction, levels: [0.4, 0.8]}
            design: {kind: grid}
            outputs: [\(figures.joined(separator: ", "))]
            """.write(to: e, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["explore", e.path, "--out", out.path])
        guard r.status == 0 else { throw Failure(message: r.stderr) }
        return (dir, e, out)
    }

    struct Failure: Error { var message: String }

    /// Point 1 of ``twoPoints``: each region figure of results.csv equals the figure made
    /// from `simulate` of each county alone with its county seed and `--set` of the point's value.
    @Test func regionFiguresAreTheCountiesFiguresOfTheSameRunsAddedUp() throws {
        let (_, _, out) = try Self.twoPoints.get()
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let results = try Self.csv(out.appendingPathComponent("results.csv"))
        #expect(results.map { $0["point"] } == ["0", "1"])
        let row = try #require(results.first { $0["point"] == "1" && $0["run"] == "0" })

        let region = try RegionFile.load(path: Self.regionPath)
        var counties: [(county: [[String: String]], kpis: [String: Any])] = []
        for county in region.counties {
            let alone = dir.appendingPathComponent(county.code)
            let s = try CLI.run(["simulate", county.scenarios[0], "--geodata", county.geodata, "--seed", String(county.seed(root: 2015)),
                                 "--runs", "1", "--set", "programs.relocation.take_up_fraction=0.8", "--quiet", "--out", alone.path])
            #expect(s.status == 0, "\(s.stderr)")
            let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: alone.appendingPathComponent("summary.json"))) as? [String: Any]
            counties.append((try Self.csv(alone.appendingPathComponent("county.csv")), summary?["kpis"] as? [String: Any] ?? [:]))
        }
        #expect(counties.count == 2)
        func kpi(_ name: String) -> [Double] { counties.map { ($0.kpis[name] as? Double) ?? .nan } }
        func year2018(_ key: String) -> [Double] { counties.map { Self.number($0.county.first { $0["year"] == "2018" }, key) } }

        #expect(Self.number(row, "poor_persons_2018") == kpi("poor_persons_2018").reduce(0, +))
        #expect(Self.number(row, "lifted_out_total") == kpi("lifted_out_total").reduce(0, +))
        #expect(abs(Self.number(row, "cost_yuan_total") - kpi("cost_yuan_total").reduce(0, +)) <= 0.02)
        let population = year2018("population").reduce(0, +)
        #expect(population > 0)
        #expect(abs(Self.number(row, "incidence_2018") - year2018("poor_persons").reduce(0, +) / population) < 1e-12)
        // income_per_capita is rounded to 2 decimals in county.csv: the region's is the population-weighted mean within that.
        let income = zip(year2018("income_per_capita"), year2018("population")).reduce(0) { $0 + $1.0 * $1.1 } / population
        #expect(abs(Self.number(row, "income_per_capita_2018") - income) <= 0.01)
        let exits = counties.map { $0.kpis["county_exit_year"] as? Double }
        #expect(Self.number(row, "counties_exited_2018") == Double(exits.filter { ($0 ?? .infinity) <= 2018 }.count))
        let all = exits.contains { $0 == nil } ? Double.infinity : exits.compactMap { $0 }.max() ?? .nan
        #expect(Self.number(row, "all_counties_exited_year") == all)
        // The factor matters: point 0 (take-up 0.4) is another region figure.
        #expect(results.first { $0["point"] == "0" }?["cost_yuan_total"] != row["cost_yuan_total"])

        // results-by-county.csv: each county's row is that county alone (the region's figures for it).
        let byCounty = try Self.csv(out.appendingPathComponent("results-by-county.csv"))
        #expect(byCounty.map { "\($0["point"]!)/\($0["county"]!)/\($0["run"]!)" } == ["0/511623/0", "0/511681/0", "1/511623/0", "1/511681/0"])
        for (k, county) in region.counties.enumerated() {
            let c = try #require(byCounty.first { $0["point"] == "1" && $0["county"] == county.code })
            #expect(Self.number(c, "poor_persons_2018") == kpi("poor_persons_2018")[k], "\(county.code)")
            #expect(Self.number(c, "lifted_out_total") == kpi("lifted_out_total")[k], "\(county.code)")
            #expect(abs(Self.number(c, "cost_yuan_total") - kpi("cost_yuan_total")[k]) <= 0.01, "\(county.code)")
            #expect(abs(Self.number(c, "incidence_2018") - year2018("poor_persons")[k] / year2018("population")[k]) < 1e-12, "\(county.code)")
            #expect(Self.number(c, "all_counties_exited_year") == exits[k] ?? .infinity, "\(county.code)")
            #expect(Self.number(c, "counties_exited_2018") == ((exits[k] ?? .infinity) <= 2018 ? 1 : 0), "\(county.code)")
        }
        // A sum figure's county rows add up to the region's, point by point.
        for p in ["0", "1"] {
            let sum = byCounty.filter { $0["point"] == p }.reduce(0) { $0 + Self.number($1, "poor_persons_2018") }
            #expect(sum == Self.number(results.first { $0["point"] == p }, "poor_persons_2018"))
        }
        // points-by-county.csv: a row per point and county, the output statistics over that county's runs (one run: its value).
        let points = try Self.csv(out.appendingPathComponent("points-by-county.csv"))
        #expect(points.map { "\($0["point"]!)/\($0["county"]!)" } == ["0/511623", "0/511681", "1/511623", "1/511681"])
        #expect(points.allSatisfy { p in
            let r = byCounty.first { $0["point"] == p["point"] && $0["county"] == p["county"] }
            return Self.figures.allSatisfy { p[$0] == r?[$0] } && p["take_up"] == (p["point"] == "0" ? "0.4" : "0.8")
        })
    }

    /// An interrupted region experiment (results-by-county.csv cut inside point 1, after
    /// results.csv got it) resumes to the uninterrupted folder byte for byte; `--analyse`
    /// rewrites points-by-county.csv as it was.
    @Test func aRegionExperimentResumesAndReanalysesToTheSameFiles() throws {
        let (_, e, out) = try Self.twoPoints.get()
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("copy")
        try FileManager.default.copyItem(at: out, to: copy)
        let file = copy.appendingPathComponent("results-by-county.csv")
        let bytes = try Data(contentsOf: file)
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        // The header, point 0's two lines and half of point 1's first line.
        var cut = Data(lines[0..<3].joined(separator: [UInt8(ascii: "\n")])) + Data([UInt8(ascii: "\n")])
        cut += lines[3].prefix(5)
        try cut.write(to: file)
        try FileManager.default.removeItem(at: copy.appendingPathComponent("points-by-county.csv"))
        let r = try CLI.run(["explore", e.path, "--out", copy.path, "--resume"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("1 already done"), "\(r.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: copy.path).sorted() == names)
        for name in names {
            #expect(try Data(contentsOf: copy.appendingPathComponent(name)) == Data(contentsOf: out.appendingPathComponent(name)), "\(name)")
        }
        try FileManager.default.removeItem(at: copy.appendingPathComponent("points-by-county.csv"))
        let a = try CLI.run(["explore", "--analyse", copy.path])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(try Data(contentsOf: copy.appendingPathComponent("points-by-county.csv")) == Data(contentsOf: out.appendingPathComponent("points-by-county.csv")))
    }

    /// ``twoPoints`` in 3 shards (4 units: county, point, run; Linshui's two points in two
    /// shards, 华蓥市's in the third) merged: the one-process folder byte for byte.
    @Test func shardsMergedAreTheOneProcessFolderByteForByte() throws {
        let (_, e, out) = try Self.twoPoints.get()
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let shards = dir.appendingPathComponent("shards"), merged = dir.appendingPathComponent("merged")
        for i in 0..<3 {
            let r = try CLI.run(["explore", e.path, "--shard", "\(i)/3", "--threads", "1", "--out", shards.path])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let header = try String(contentsOf: shards.appendingPathComponent("shard-0-of-3.jsonl"), encoding: .utf8).prefix { $0 != "\n" }
        #expect(header.contains("\"totalUnits\":4") && header.contains("\"region\":{"), "\(header.prefix(300))")
        let m = try CLI.run(["merge", shards.path, "--out", merged.path])
        #expect(m.status == 0, "\(m.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names.contains("results.csv") && names.contains("points.csv") && names.contains("results-by-county.csv") && names.contains("points-by-county.csv"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: merged.path).sorted() == names)
        for name in names {
            #expect(try Data(contentsOf: merged.appendingPathComponent(name)) == Data(contentsOf: out.appendingPathComponent(name)), "\(name)")
        }
    }

    /// A factor that one county's scenario cannot take (a map entry to scale that it does
    /// not hold) is refused before anything runs, naming that county and the key.
    @Test func aFactorKeyOneCountyLacksIsAnErrorNamingTheCounty() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let root = CLI.packageRoot.path
        let huaying = try String(contentsOfFile: root + "/scenarios/huaying/baseline.yaml", encoding: .utf8)
        let entry = "2017: 3000000, 2018: 1600000, 2019: 1200000"
        try #require(huaying.contains(entry), "the tourism budget of scenarios/huaying/baseline.yaml changed: update the test")
        try huaying.replacingOccurrences(of: entry, with: "2017: 3000000, 2019: 1200000")
            .write(to: dir.appendingPathComponent("huaying.yaml"), atomically: true, encoding: .utf8)
        try """
            region: {name: 测试, name_en: test}
            strategies: [baseline]
            counties:
              - {code: "511623", name: 邻水县, geodata: \(root)/geodata, scenarios: {baseline: \(root)/scenarios/baseline.yaml}}
              - {code: "511681", name: 华蓥市, geodata: \(root)/geodata/counties/huaying, scenarios: {baseline: huaying.yaml}}
            """.write(to: dir.appendingPathComponent("region.yaml"), atomically: true, encoding: .utf8)
        try """
            base: region.yaml
            runs: 1
            factors:
              - {path: programs.tourism.budget_yuan_by_year.2018, scale: [0.5, 1.5]}
            design: {kind: grid}
            outputs: [poor_persons_2018]
            """.write(to: dir.appendingPathComponent("e.yaml"), atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["explore", dir.appendingPathComponent("e.yaml").path, "--out", out.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("county 511681 (华蓥市"), "\(r.stderr)")
        #expect(r.stderr.contains("programs.tourism.budget_yuan_by_year.2018: has no value to scale"), "\(r.stderr)")
        #expect(!r.stderr.contains("511623"), "Linshui's scenario holds the entry: \(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// One county's exit year has no region meaning; `strategy` needs a region; each refused with nothing written.
    @Test func countyExitYearAndStrategyWithAScenarioAreRefused() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let shipped = CLI.packageRoot.path + "/scenarios/experiments/region-grid.yaml"
        let text = try String(contentsOfFile: shipped, encoding: .utf8)
        let exitYear = dir.appendingPathComponent("exit.yaml")
        try text.replacingOccurrences(of: "../regions/guang-an-pilot.yaml", with: Self.regionPath)
            .replacingOccurrences(of: "figure: all_counties_exited_year", with: "figure: county_exit_year")
            .replacingOccurrences(of: "runs: 2", with: "runs: 1")
            .write(to: exitYear, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["explore", exitYear.path, "--out", out.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("\"county_exit_year\"") && r.stderr.contains("all_counties_exited_year"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))

        let strategy = dir.appendingPathComponent("strategy.yaml")
        try "base: \(CLI.packageRoot.path)/scenarios/baseline.yaml\nstrategy: baseline\nruns: 1\nfactors: [{path: programs.relocation.take_up_fraction, levels: [0.4, 0.8]}]\ndesign: {kind: grid}\noutputs: [poor_persons_2018]\n"
            .write(to: strategy, atomically: true, encoding: .utf8)
        let s = try CLI.run(["explore", strategy.path, "--out", out.path])
        #expect(s.status == 65)
        #expect(s.stderr.contains("strategy: `strategy` applies only when `base` is a region file"), "\(s.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
