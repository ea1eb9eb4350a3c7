import Foundation
import Testing

/// The what-if of issue 15 on the command line: --set/--scale, scenario show/diff, the
/// comparison with its warnings, and targets.csv.
@Suite struct WhatIfCommandTests {
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-whatif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The display columns of a line (a CJK character takes two).
    static func displayWidth(_ s: Substring) -> Int {
        s.unicodeScalars.reduce(0) { w, c in
            let v = c.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v) || (0x20000...0x3FFFD).contains(v)
            return w + (wide ? 2 : 1)
        }
    }

    @Test func malformedOverridesExit65WithEveryProblem() throws {
        let r = try CLI.run(["simulate", "scenarios/baseline.yaml", "--set", "seed", "--set", "programs.tourism.vilages_by_year.2017=3",
                             "--scale", "programs.relocation.budget_yuan_by_year=lots", "--scale", "name=2"])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("error: --set seed: expected key.path=VALUE") })
        #expect(lines.contains { $0.hasPrefix("error: --scale programs.relocation.budget_yuan_by_year=lots: programs.relocation.budget_yuan_by_year: expected a factor") })
        // The well-formed but wrong ones are reported once the malformed ones are fixed.
        let second = try CLI.run(["simulate", "scenarios/baseline.yaml", "--set", "programs.tourism.vilages_by_year.2017=3", "--scale", "name=2",
                                  "--set", "programs.tourism.cost_yuan_per_village=175,000"])
        #expect(second.status == 65)
        #expect(second.stderr.contains("error: --set programs.tourism.vilages_by_year.2017=3: programs.tourism.vilages_by_year.2017: unknown key"))
        #expect(second.stderr.contains("--scale name=2: name: --scale multiplies numbers"))
        #expect(second.stderr.contains("write numbers without thousands separators (175000)"))
        #expect(second.stderr.split(separator: "\n").count == 3)
    }

    @Test func showPrintsTheResolvedScenarioWithCommandLineValuesMarked() throws {
        let r = try CLI.run(["scenario", "show", "scenarios/tourism-push.yaml", "--scale", "programs.relocation.budget_yuan_by_year=0.5",
                             "--set", "programs.tourism.cost_yuan_per_village=800000"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("    budget_yuan_by_year:  # command line: --scale programs.relocation.budget_yuan_by_year=0.5\n      2016: 100000000\n"))
        #expect(r.stdout.contains("    cost_yuan_per_village: 800000  # command line: --set programs.tourism.cost_yuan_per_village=800000\n"))
        #expect(r.stdout.contains("name: \"tourism-push\""))
        let bad = try CLI.run(["scenario", "show", "scenarios/baseline.yaml", "--set", "programs.tourism.villages_by_year.2018=60"])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("programs.tourism.villages_by_year.2019: expected at least 60 (the target of 2018)"))
    }

    @Test func diffListsTheKeysThatDifferWithBothValues() throws {
        let r = try CLI.run(["scenario", "diff", "scenarios/baseline.yaml", "scenarios/tourism-push.yaml"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("programs.tourism.villages_by_year.2016: 15 (scenarios/baseline.yaml:"))
        #expect(r.stdout.contains("→ 30 (scenarios/tourism-push.yaml:"))
        #expect(r.stdout.contains("programs.tourism.participation_fraction: 0.35 (default) → 0.5 (scenarios/tourism-push.yaml:"))
        #expect(!r.stdout.contains("programs.relocation"), "tourism-push changes no relocation key")
        #expect(r.stdout.hasSuffix("14 keys differ\n"))
        let same = try CLI.run(["scenario", "diff", "scenarios/baseline.yaml", "scenarios/baseline.yaml"])
        #expect(same.stdout == "no differences after extends and defaults\n")
    }

    @Test func aScenarioWithManyProblemsListsThemAll() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.yaml")
        try """
            extends: \(CLI.packageRoot.path)/scenarios/baseline.yaml
            seed: -3
            programs:
              relocation:
                budget_yuan_by_year: {2016: 175,000,000, 2017: 150,000,000}
              tourism:
                vilages_by_year: {2017: 3}
            """.write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["simulate", file.path])
        #expect(r.status == 65)
        // A flow map with thousands separators is a YAML error: it is explained, in place of "duplicated key".
        #expect(r.stderr.contains("bad.yaml:5:33: the number 175,000,000 is written with thousands separators"), "\(r.stderr)")
        try """
            extends: \(CLI.packageRoot.path)/scenarios/baseline.yaml
            seed: -3
            programs:
              tourism:
                vilages_by_year: {2017: 3}
                participation_fraction: 2
            """.write(to: file, atomically: true, encoding: .utf8)
        let all = try CLI.run(["simulate", file.path])
        #expect(all.status == 65)
        #expect(all.stderr.split(separator: "\n").count == 3, "\(all.stderr)")
        #expect(all.stderr.contains("bad.yaml:2:7: seed:") && all.stderr.contains("bad.yaml:5:5: programs.tourism.vilages_by_year: unknown key")
                && all.stderr.contains("bad.yaml:6:29: programs.tourism.participation_fraction:"))
    }

    /// The issue's what-if, "relocation budget 30 % lower and tourism villages doubled", as
    /// one command line: the comparison shows the cut's effect, warns that tourism is capped
    /// by its budget (not raised), and targets.csv shows the persons left unplaced for budget.
    @Test func theWhatIfIsOneCommandLineAndWarnsThatTourismIsCappedByBudget() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("cmp")
        let r = try CLI.run(["compare", "scenarios/baseline.yaml", "--runs", "1",
                             "--scale", "programs.relocation.budget_yuan_by_year=0.7",
                             "--scale", "programs.tourism.villages_by_year=2", "--set", "name=budget-cut", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasSuffix("baseline  budget-cut") == true, "\(lines.first ?? "")")
        // The narrow table fits 120 display columns.
        let table = lines.prefix { !$0.hasPrefix("reference 参照") }
        #expect(table.count > 40)
        #expect(table.allSatisfy { Self.displayWidth($0) <= 120 })
        #expect(r.stdout.contains("note: one run: the differences are one draw of chance"))
        // Less money relocates fewer persons.
        let relocated = try #require(lines.firstIndex { $0.hasPrefix("relocated_persons ") })
        #expect(lines[relocated + 1].contains("−"), "\(lines[relocated + 1])")
        // Tourism: the doubled target is capped by the unchanged budget, and the output says so.
        #expect(r.stderr.contains("warning: budget-cut: tourism falls short of its target, the budget (programs.tourism.budget_yuan_by_year) binds: villages (cumulative) achieved of target: 2016 15 of 30, 2017 30 of 60"), "\(r.stderr)")
        #expect(!r.stderr.contains("warning: baseline: tourism"), "the baseline's own targets are met")
        // Unplaced for budget every year, 2016 too, not only the end year.
        let targets = try String(contentsOf: out.appendingPathComponent("baseline-what-if/targets.csv"), encoding: .utf8)
        let row2016 = try #require(targets.split(separator: "\n").first { $0.hasPrefix("relocation,2016,") })
        let fields = row2016.split(separator: ",", omittingEmptySubsequences: false)
        #expect(fields[7] == "budget")
        let unplaced = Int(fields[8].split(separator: " ")[1]) ?? 0
        #expect((20_000...23_500).contains(unplaced), "\(row2016)")
        #expect(targets.contains("tourism,2016,30,15,villages (cumulative),15000000,15000000,budget,"))
        let resolved = try String(contentsOf: out.appendingPathComponent("baseline-what-if/scenario.resolved.yaml"), encoding: .utf8)
        #expect(resolved.contains("# command line: --scale programs.tourism.villages_by_year=2"))
        let baseline = try String(contentsOf: out.appendingPathComponent("baseline/targets.csv"), encoding: .utf8)
        #expect(baseline.contains("tourism,2016,15,15,villages (cumulative),15000000,15000000,none,"))
    }

    @Test func referenceNamesTheReferenceAndAnUnknownOneIsAUsageError() throws {
        let bad = try CLI.run(["compare", "scenarios/relocation-none.yaml", "scenarios/relocation-towns.yaml", "--reference", "nowhere"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--reference nowhere: no such scenario (names: relocation-none, relocation-towns"))
        let r = try CLI.run(["compare", "scenarios/relocation-towns.yaml", "scenarios/relocation-none.yaml", "--reference", "relocation-none",
                             "--runs", "2", "--format", "json", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"scenarios\": [\"relocation-none\", \"relocation-towns\"]"))
        #expect(r.stdout.contains("\"runs\": 2"))
        #expect(r.stderr.isEmpty, "--quiet: \(r.stderr)")
    }

    @Test func simulateAndInfoPrintJSONWithFormatJSON() throws {
        let info = try CLI.run(["info", "geodata/sites.geojson", "geodata/lines.geojson", "--format", "json"])
        #expect(info.status == 0, "\(info.stderr)")
        let layers = try #require(try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [[String: Any]])
        #expect(layers.count == 2)
        #expect(layers[0]["file"] as? String == "geodata/sites.geojson")
        #expect((layers[0]["features"] as? Int ?? 0) > 0)
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sim = try CLI.run(["simulate", "scenarios/tourism-push.yaml", "--format", "json", "--quiet", "--out", dir.appendingPathComponent("run").path])
        #expect(sim.status == 0, "\(sim.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(sim.stdout.utf8)) as? [String: Any])
        #expect(summary["scenario"] as? String == "tourism-push")
        let targets = try #require(summary["targets"] as? [[String: Any]])
        #expect(targets.contains { $0["program"] as? String == "tourism" && $0["year"] as? Int == 2016 })
        #expect(sim.stderr.hasPrefix("wrote "), "the wrote line goes to stderr: \(sim.stderr)")
    }
}
