import Foundation
import Testing

/// `simulate` and `compare` of a region file (docs/regions.md) on the shipped region
/// (邻水县 and 华蓥市): the county folders, the region totals as sums of the counties' runs,
/// the seeds, the exit codes, and byte-identical reruns.
@Suite(.serialized) struct RegionCommandTests {
    static let region = "scenarios/regions/guang-an-pilot.yaml"

    static func temporary(_ label: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("benkang-region-\(label)-\(UUID().uuidString)")
    }

    /// A CSV file as a header-keyed list of rows (the byte-order mark dropped).
    static func csv(_ url: URL) throws -> [[String: String]] {
        var text = try String(contentsOf: url, encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
    }

    static func number(_ row: [String: String], _ key: String) -> Double { Double(row[key] ?? "") ?? .nan }

    /// The region simulated once with one run (shared by the tests that read it).
    static let oneRun: Result<URL, Error> = Result {
        let out = temporary("one")
        let r = try CLI.run(["simulate", region, "--runs", "1", "--quiet", "--out", out.path])
        guard r.status == 0 else { throw CLIFailure(message: r.stderr) }
        return out
    }

    struct CLIFailure: Error { var message: String }

    static func json(_ url: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    }

    @Test func oneRunGivesCountyFoldersAndRegionTotalsThatAreTheirSums() throws {
        let out = try Self.oneRun.get()
        let codes = ["511623", "511681"]
        for code in codes {
            for file in ["county.csv", "villages.csv", "flows.csv", "targets.csv", "villages.geojson", "summary.json", "scenario.resolved.yaml"] {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(code + "/" + file).path), "\(code)/\(file)")
            }
        }
        let region = try Self.csv(out.appendingPathComponent("region.csv"))
        let counties = try codes.map { try Self.csv(out.appendingPathComponent($0 + "/county.csv")) }
        #expect(region.map { $0["year"] } == ["2015", "2016", "2017", "2018", "2019", "2020"])
        for (y, row) in region.enumerated() {
            #expect(row["counties"] == "2")
            for (key, countyKey) in [("population", "population"), ("poor_persons", "poor_persons"), ("poor_households", "poor_households"),
                                     ("lifted_out", "lifted_out"), ("cost_yuan", "cost_yuan")] {
                let sum = counties.reduce(0) { $0 + Self.number($1[y], countyKey) }
                #expect(abs(Self.number(row, key) - sum) <= 1, "\(row["year"]!) \(key): \(row[key]!) against the counties' \(sum)")
            }
            let poor = counties.reduce(0) { $0 + Self.number($1[y], "poor_persons") }
            let population = counties.reduce(0) { $0 + Self.number($1[y], "population") }
            #expect(abs(Self.number(row, "incidence") - poor / population) < 1e-6)
            let meeting = counties.filter { $0[y]["county_meets_exit_rule_share"] == "1.00" }.count
            #expect(Self.number(row, "counties_meeting_exit_rule") == Double(meeting))
        }
        // Counties exited by a year: those whose exit year (their summary.json) is at or before it.
        let exitYears = try codes.map { code -> Double? in
            let kpis = try Self.json(out.appendingPathComponent(code + "/summary.json"))["kpis"] as? [String: Any]
            return kpis?["county_exit_year"] as? Double
        }
        #expect(exitYears.contains { $0 != nil }, "at least one county exits by 2020 in this run")
        for row in region {
            let year = Self.number(row, "year")
            #expect(Self.number(row, "counties_exited_total") == Double(exitYears.filter { $0 != nil && $0! <= year }.count), "\(year)")
        }
        let summary = try Self.json(out.appendingPathComponent("region-summary.json"))
        #expect(summary["strategy"] as? String == "baseline" && summary["runs"] as? Int == 1)
        #expect((summary["counties"] as? [[String: Any]])?.map { $0["folder"] as? String } == codes)
        let bom = try Data(contentsOf: out.appendingPathComponent("region.csv")).prefix(3)
        #expect(Array(bom) == [0xEF, 0xBB, 0xBF])
    }

    @Test func aCountyOfTheRegionIsItsScenarioRunAloneWithTheCountySeed() throws {
        let out = try Self.oneRun.get()
        let summary = try Self.json(out.appendingPathComponent("region-summary.json"))
        let huaying = try #require((summary["counties"] as? [[String: Any]])?.last)
        let seed = try #require(huaying["seed"] as? Int)
        #expect(UInt64(seed) != 2015, "counties draw their own streams, not the root seed's")
        let alone = Self.temporary("alone")
        defer { try? FileManager.default.removeItem(at: alone) }
        let r = try CLI.run(["simulate", "scenarios/huaying/baseline.yaml", "--geodata", "geodata/counties/huaying", "--runs", "1",
                             "--seed", String(seed), "--quiet", "--out", alone.path])
        #expect(r.status == 0, "\(r.stderr)")
        for file in ["county.csv", "villages.csv", "summary.json", "scenario.resolved.yaml"] {
            #expect(try Data(contentsOf: alone.appendingPathComponent(file)) == Data(contentsOf: out.appendingPathComponent("511681/" + file)), "\(file)")
        }
    }

    @Test func twoRunsTakeQuantilesOfThePerRunSumsAndRerunByteForByte() throws {
        let out = Self.temporary("two"), again = Self.temporary("again")
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: again) }
        let r = try CLI.run(["simulate", Self.region, "--runs", "2", "--quiet", "--threads", "2", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let byRun = try Self.csv(out.appendingPathComponent("region-by-run.csv"))
        let region = try Self.csv(out.appendingPathComponent("region.csv"))
        #expect(byRun.count == 12)
        for (y, row) in region.enumerated() {
            let a = Self.number(byRun[y], "poor_persons"), b = Self.number(byRun[6 + y], "poor_persons")
            // P10/P50/P90 of two values, interpolated: lo + 0.1/0.5/0.9 × (hi − lo).
            let lo = min(a, b), hi = max(a, b)
            #expect(abs(Self.number(row, "poor_persons") - (lo + 0.5 * (hi - lo))) <= 0.5)
            #expect(abs(Self.number(row, "poor_persons_p10") - (lo + 0.1 * (hi - lo))) <= 0.5)
            #expect(abs(Self.number(row, "poor_persons_p90") - (lo + 0.9 * (hi - lo))) <= 0.5)
        }
        // Run 0 of a two-run region is the one-run region.
        let one = try Self.csv(try Self.oneRun.get().appendingPathComponent("region.csv"))
        for y in 0..<6 {
            for key in ["poor_persons", "population", "lifted_out", "counties_exited_total"] { #expect(byRun[y][key] == one[y][key], "\(key) \(y)") }
        }
        let r2 = try CLI.run(["simulate", Self.region, "--runs", "2", "--quiet", "--threads", "1", "--out", again.path])
        #expect(r2.status == 0, "\(r2.stderr)")
        for file in ["region.csv", "region-by-run.csv", "region-summary.json", "511623/county.csv", "511681/villages.csv", "511681/villages.geojson"] {
            #expect(try Data(contentsOf: out.appendingPathComponent(file)) == Data(contentsOf: again.appendingPathComponent(file)), "\(file)")
        }
    }

    @Test func compareWritesEachCountysComparisonAndTheRegionsPairedDifferences() throws {
        let out = Self.temporary("compare")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CLI.run(["compare", Self.region, "--runs", "1", "--quiet", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        for code in ["511623", "511681"] {
            for file in ["comparison.csv", "comparison.json", "baseline/county.csv", "no-relocation/county.csv", "no-relocation/relocation.csv"] {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(code + "/" + file).path), "\(code)/\(file)")
            }
        }
        let rows = try Self.csv(out.appendingPathComponent("region-comparison.csv"))
        #expect(rows.count == 12 && rows[0]["strategy"] == "baseline" && rows[6]["strategy"] == "no-relocation")
        // The reference's rows are the region simulated alone (the same seeds); differences pair run with run.
        let one = try Self.csv(try Self.oneRun.get().appendingPathComponent("region.csv"))
        for y in 0..<6 {
            #expect(rows[y]["poor_persons"] == one[y]["poor_persons"] && rows[y]["poor_persons_diff"] == "0")
            let diff = Self.number(rows[6 + y], "poor_persons") - Self.number(rows[y], "poor_persons")
            #expect(Self.number(rows[6 + y], "poor_persons_diff") == diff)
        }
        // --format csv prints region-comparison.csv (without its byte-order mark); json the same rows as objects.
        let csv = try CLI.run(["compare", Self.region, "--runs", "1", "--quiet", "--format", "csv"])
        let file = try String(contentsOf: out.appendingPathComponent("region-comparison.csv"), encoding: .utf8)
        #expect(csv.status == 0 && csv.stdout == String(file.drop(while: { $0 == "\u{FEFF}" })), "\(csv.stderr)")
        let json = try CLI.run(["compare", Self.region, "--runs", "1", "--quiet", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(objects.count == 12 && objects[6]["strategy"] as? String == "no-relocation")
        for (row, object) in zip(rows, objects) {
            #expect((object["poor_persons_diff"] as? NSNumber)?.doubleValue == Double(row["poor_persons_diff"] ?? ""), "\(object)")
        }
        // The same comparison in 2 shards (the baseline of both counties, then the other strategy), merged: the same bytes.
        let shards = Self.temporary("compare-shards"), merged = Self.temporary("compare-merged")
        defer { try? FileManager.default.removeItem(at: shards); try? FileManager.default.removeItem(at: merged) }
        for i in 0..<2 {
            let s = try CLI.run(["compare", Self.region, "--runs", "1", "--shard", "\(i)/2", "--out", shards.path])
            #expect(s.status == 0, "shard \(i): \(s.stderr)")
        }
        let m = try CLI.run(["merge", shards.path, "--out", merged.path])
        #expect(m.status == 0, "\(m.stderr)")
        let files = (FileManager.default.enumerator(atPath: out.path)?.allObjects as? [String] ?? []).filter { $0.contains(".") }.sorted()
        #expect(files.count >= 30)
        for file in files {
            #expect(FileManager.default.contents(atPath: merged.path + "/" + file) == FileManager.default.contents(atPath: out.path + "/" + file), "\(file)")
        }
        // Only the chosen strategies with --strategies.
        let only = Self.temporary("only")
        defer { try? FileManager.default.removeItem(at: only) }
        let unknown = try CLI.run(["compare", Self.region, "--strategies", "baseline,no-relocaton", "--runs", "1", "--out", only.path])
        #expect(unknown.status == 64 && unknown.stderr.contains("did you mean \"no-relocation\"?"), "\(unknown.stderr)")
        #expect(!FileManager.default.fileExists(atPath: only.path))
    }

    @Test func aRegionInThreeShardsMergesToTheBytesOfOneProcess() throws {
        let root = Self.temporary("shards")
        defer { try? FileManager.default.removeItem(at: root) }
        let shards = root.appendingPathComponent("shards").path, merged = root.appendingPathComponent("merged").path
        let one = root.appendingPathComponent("one").path
        // 1 strategy × 2 counties × 2 runs = 4 units; 3 shards split a county's runs.
        for i in 0..<3 {
            let r = try CLI.run(["simulate", Self.region, "--runs", "2", "--shard", "\(i)/3", "--out", shards])
            #expect(r.status == 0, "shard \(i): \(r.stderr)")
        }
        let header = try String(contentsOfFile: shards + "/shard-2-of-3.jsonl", encoding: .utf8).prefix { $0 != "\n" }
        #expect(header.contains("\"region\":{") && header.contains("\"code\":\"511681\"") && header.contains("guang-an-pilot.yaml"))
        let incomplete = try CLI.run(["merge", shards + "/shard-0-of-3.jsonl", shards + "/shard-2-of-3.jsonl", "--out", merged])
        #expect(incomplete.status == 65 && incomplete.stderr.contains("shard 1/3 is missing"), "\(incomplete.stderr)")
        let m = try CLI.run(["merge", shards, "--out", merged])
        #expect(m.status == 0, "\(m.stderr)")
        let r = try CLI.run(["simulate", Self.region, "--runs", "2", "--quiet", "--out", one])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(m.stdout.hasPrefix(r.stdout.components(separatedBy: "wrote ")[0]), "merge prints what simulate prints")
        let files = (FileManager.default.enumerator(atPath: one)?.allObjects as? [String] ?? []).filter { !$0.hasSuffix("511623") && !$0.hasSuffix("511681") }.sorted()
        #expect(files.count >= 19)
        for file in files {
            #expect(FileManager.default.contents(atPath: merged + "/" + file) == FileManager.default.contents(atPath: one + "/" + file), "\(file)")
        }
    }

    @Test func usageDataAndOutputErrorsExitWith64And65And73() throws {
        let root = Self.temporary("errors")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out").path
        for args in [["--strategy", "nowhere"], ["--geodata", "geodata/counties/huaying"]] {
            let r = try CLI.run(["simulate", Self.region, "--runs", "1", "--out", out] + args)
            #expect(r.status == 64, "\(args): \(r.stderr)")
        }
        for list in [",", "baseline,baseline"] {
            let r = try CLI.run(["compare", Self.region, "--strategies", list, "--runs", "1", "--out", out])
            #expect(r.status == 64 && r.stderr.contains("--strategies takes one or more different strategy names"), "\(list): \(r.stderr)")
        }
        let noRegion = try CLI.run(["simulate", "scenarios/baseline.yaml", "--strategy", "baseline", "--out", out])
        #expect(noRegion.status == 64 && noRegion.stderr.contains("region file"), "\(noRegion.stderr)")

        let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent(Self.region), encoding: .utf8)
            .replacingOccurrences(of: "../../", with: CLI.packageRoot.path + "/").replacingOccurrences(of: "../", with: CLI.packageRoot.path + "/scenarios/")
        let bad = root.appendingPathComponent("bad.yaml")
        try text.replacingOccurrences(of: "geodata/counties/huaying", with: "geodata/counties/nowhere")
            .replacingOccurrences(of: "\"511681\"", with: "\"511623\"").write(to: bad, atomically: true, encoding: .utf8)
        let r65 = try CLI.run(["simulate", bad.path, "--runs", "1", "--out", out])
        #expect(r65.status == 65, "\(r65.stderr)")
        #expect(r65.stderr.contains("bad.yaml: 21:11, counties[1].code: error: county code \"511623\" is given twice"), "\(r65.stderr)")
        #expect(r65.stderr.contains("bad.yaml: 23:14, counties[1].geodata: error: no geodata folder"), "\(r65.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))

        let file = root.appendingPathComponent("a-file")
        try Data("mine".utf8).write(to: file)
        let r73 = try CLI.run(["simulate", Self.region, "--runs", "1", "--out", file.path])
        #expect(r73.status == 73, "\(r73.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "mine")
    }
}

/// The shipped build of 华蓥市 (`geodata/counties/huaying/`, used by the shipped region) is
/// the build of its shipped sources, byte for byte, so it cannot go stale.
@Suite struct ShippedSecondCountyGeodataTests {
    @Test func theShippedHuayingGeodataIsAFreshBuildOfItsSources() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-huaying-fresh-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CLI.run(["geodata", "build", "--sources", "geodata/counties/huaying/sources", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let shipped = CLI.packageRoot.appendingPathComponent("geodata/counties/huaying")
        let built = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        let present = try FileManager.default.contentsOfDirectory(atPath: shipped.path).filter { $0 != "sources" }.sorted()
        #expect(built.contains("build-stamp.json") && built.contains("villages.geojson"))
        #expect(present == built, "geodata/counties/huaying holds other files than a build: run make geodata")
        for file in built {
            let a = try Data(contentsOf: out.appendingPathComponent(file)), b = try? Data(contentsOf: shipped.appendingPathComponent(file))
            #expect(a == b, "geodata/counties/huaying/\(file) is stale: run make geodata")
        }
    }
}
