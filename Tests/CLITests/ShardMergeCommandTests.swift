import Foundation
import Testing

/// `simulate|compare --shard I/N` and `benkang merge`: the merged shards are the
/// single-process outputs byte for byte; shards that do not fit together are refused.
@Suite(.serialized) struct ShardMergeCommandTests {
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-shard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Every file under `a` (recursively) has the same bytes under `b`, and `b` has no other.
    static func expectSameTree(_ a: URL, _ b: URL) throws {
        let fm = FileManager.default
        func files(_ root: URL) -> [String] {
            (fm.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []).filter { p in
                var d: ObjCBool = false
                return fm.fileExists(atPath: root.appendingPathComponent(p).path, isDirectory: &d) && !d.boolValue
            }.sorted()
        }
        let fa = files(a), fb = files(b)
        #expect(!fa.isEmpty)
        #expect(fa == fb, "different file lists")
        for f in fa where fb.contains(f) {
            let da = try Data(contentsOf: a.appendingPathComponent(f)), db = try Data(contentsOf: b.appendingPathComponent(f))
            #expect(da == db, "\(f) differs between the single run and the merged shards")
        }
    }

    @Test func fourShardsOfEightRunsMergeIntoTheSingleProcessBytesAndBadSetsAreNamed() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = ["simulate", "scenarios/baseline.yaml", "--runs", "8", "--seed", "5"]
        let single = dir.appendingPathComponent("single"), shards = dir.appendingPathComponent("shards")
        let merged = dir.appendingPathComponent("merged")
        let r = try CLI.run(args + ["--out", single.path])
        #expect(r.status == 0, "\(r.stderr)")
        for i in 0..<4 {
            let s = try CLI.run(args + ["--shard", "\(i)/4", "--threads", "1", "--out", shards.path])
            #expect(s.status == 0, "\(s.stderr)")
            #expect(s.stdout.contains("shard-\(i)-of-4.jsonl (units \(2 * i)..<\(2 * i + 2) of 8)"))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: shards.path).sorted()
        #expect(names == (0..<4).map { "shard-\($0)-of-4.jsonl" })
        let header = try String(contentsOf: shards.appendingPathComponent("shard-1-of-4.jsonl"), encoding: .utf8).prefix { $0 != "\n" }
        #expect(header.contains("\"format\":\"benkang-shard\"") && header.contains("\"unitsFrom\":2") && header.contains("\"inputsSHA256\":"))
        let m = try CLI.run(["merge", shards.path, "--out", merged.path])
        #expect(m.status == 0, "\(m.stderr)")
        #expect(m.stdout.contains("merged 4 shard(s) of simulate (8 runs)"))
        try Self.expectSameTree(single, merged)
        // What the single run prints, the merge prints (before its last line).
        #expect(m.stdout.hasPrefix(String(r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast(2).joined(separator: "\n"))))

        // A missing shard and a duplicated one are named; nothing is written.
        let partial = dir.appendingPathComponent("partial")
        try FileManager.default.createDirectory(at: partial, withIntermediateDirectories: true)
        for i in [0, 2] {
            try FileManager.default.copyItem(at: shards.appendingPathComponent("shard-\(i)-of-4.jsonl"), to: partial.appendingPathComponent("shard-\(i)-of-4.jsonl"))
        }
        let bad = dir.appendingPathComponent("bad")
        let e = try CLI.run(["merge", partial.path, shards.appendingPathComponent("shard-2-of-4.jsonl").path, "--out", bad.path])
        #expect(e.status == 65)
        #expect(e.stderr.contains("shard 1/4 is missing") && e.stderr.contains("shard 3/4 is missing"), "\(e.stderr)")
        #expect(e.stderr.contains("shard 2/4 is given 2 times"), "\(e.stderr)")
        #expect(!FileManager.default.fileExists(atPath: bad.path))

        // A shard of another job (other resolved inputs: another hash in its header) is refused.
        let other = dir.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        let three = try String(contentsOf: shards.appendingPathComponent("shard-3-of-4.jsonl"), encoding: .utf8)
        let foreign = three.replacingOccurrences(of: "\"inputsSHA256\":\"", with: "\"inputsSHA256\":\"0")
        #expect(foreign != three)
        try foreign.write(to: other.appendingPathComponent("shard-3-of-4.jsonl"), atomically: true, encoding: .utf8)
        let mixed = try CLI.run(["merge", partial.path, shards.appendingPathComponent("shard-1-of-4.jsonl").path,
                                 other.appendingPathComponent("shard-3-of-4.jsonl").path, "--out", bad.path])
        #expect(mixed.status == 65)
        #expect(mixed.stderr.contains("shard-3-of-4.jsonl: error: belongs to another job"), "\(mixed.stderr)")

        // A damaged shard names its file and line.
        let damaged = dir.appendingPathComponent("damaged")
        try FileManager.default.createDirectory(at: damaged, withIntermediateDirectories: true)
        let text = try String(contentsOf: shards.appendingPathComponent("shard-0-of-4.jsonl"), encoding: .utf8)
        try (String(text.prefix(while: { $0 != "\n" })) + "\n{\"unit\": 3}\n").write(to: damaged.appendingPathComponent("shard-0-of-4.jsonl"), atomically: true, encoding: .utf8)
        let d = try CLI.run(["merge", damaged.path, "--out", bad.path])
        #expect(d.status == 65)
        #expect(d.stderr.contains("shard-0-of-4.jsonl: 2:1: error: the record does not decode"), "\(d.stderr)")
        #expect(!FileManager.default.fileExists(atPath: bad.path))
    }

    /// A what-if comparison (--reference, --set, --scale): the shards record the options, the
    /// merge reloads the scenarios with them; the what-if column and folder are the same bytes.
    @Test func threeShardsOfAWhatIfCompareMergeIntoTheSingleProcessBytes() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = ["compare", "scenarios/relocation-none.yaml", "scenarios/relocation-optimized.yaml", "--runs", "2", "--seed", "3",
                    "--reference", "scenarios/relocation-optimized.yaml", "--scale", "programs.relocation.budget_yuan_by_year=0.5"]
        let single = dir.appendingPathComponent("single"), shards = dir.appendingPathComponent("shards")
        let merged = dir.appendingPathComponent("merged")
        let r = try CLI.run(args + ["--out", single.path])
        #expect(r.status == 0, "\(r.stderr)")
        // 3 scenarios (the reference first, the what-if last) × 2 runs over 3 shards.
        for i in 0..<3 {
            let s = try CLI.run(args + ["--shard", "\(i)/3", "--out", shards.path])
            #expect(s.status == 0, "\(s.stderr)")
        }
        let header = try String(contentsOf: shards.appendingPathComponent("shard-2-of-3.jsonl"), encoding: .utf8).prefix { $0 != "\n" }
        #expect(header.contains("\"columns\":[\"relocation-optimized\",\"relocation-none\",\"relocation-optimized-what-if\"]"), "\(header)")
        #expect(header.contains("\"reference\":\"scenarios/relocation-optimized.yaml\"") && header.contains("\"scale\":[\"programs.relocation.budget_yuan_by_year=0.5\"]"))
        let m = try CLI.run(["merge", shards.path, "--out", merged.path])
        #expect(m.status == 0, "\(m.stderr)")
        try Self.expectSameTree(single, merged)
        #expect(FileManager.default.fileExists(atPath: merged.appendingPathComponent("relocation-optimized-what-if/relocation.csv").path))
        #expect(m.stdout.hasPrefix(String(r.stdout.prefix(200))))
        #expect(r.stdout.contains("(what-if)"))

        // A shard of the same files without the what-if is another job.
        let plain = dir.appendingPathComponent("plain")
        let p = try CLI.run(Array(args.prefix(7)) + ["--shard", "0/3", "--out", plain.path])
        #expect(p.status == 0, "\(p.stderr)")
        try FileManager.default.removeItem(at: shards.appendingPathComponent("shard-0-of-3.jsonl"))
        let e = try CLI.run(["merge", shards.path, plain.appendingPathComponent("shard-0-of-3.jsonl").path, "--out", dir.appendingPathComponent("bad").path])
        #expect(e.status == 65 && e.stderr.contains("belongs to another job"), "\(e.stderr)")
    }

    /// `simulate --set/--scale --shard`: the changes recorded in the shards, applied by the merge.
    @Test func twoShardsOfASimulateWithSetMergeIntoTheSingleProcessBytes() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = ["simulate", "scenarios/baseline.yaml", "--runs", "3", "--seed", "11", "--set", "programs.relocation.budget_yuan_by_year.2016=100000000",
                    "--scale", "programs.relocation.budget_yuan_by_year=0.5"]
        let single = dir.appendingPathComponent("single"), shards = dir.appendingPathComponent("shards")
        let merged = dir.appendingPathComponent("merged")
        let r = try CLI.run(args + ["--out", single.path])
        #expect(r.status == 0, "\(r.stderr)")
        for i in 0..<2 {
            let s = try CLI.run(args + ["--shard", "\(i)/2", "--out", shards.path])
            #expect(s.status == 0, "\(s.stderr)")
        }
        let m = try CLI.run(["merge", shards.path, "--out", merged.path])
        #expect(m.status == 0, "\(m.stderr)")
        try Self.expectSameTree(single, merged)
        let resolved = try String(contentsOf: merged.appendingPathComponent("scenario.resolved.yaml"), encoding: .utf8)
        #expect(resolved.contains("2016: 50000000"), "\(resolved.prefix(4000))")
    }

    /// An 8-point experiment (Morris, 3 factors × 2 trajectories, 1 run a point, PRIM on
    /// the points' poor persons) on the baseline, written into `dir`.
    static func tinyExperiment(in dir: URL) throws -> URL {
        let file = dir.appendingPathComponent("tiny-morris.yaml")
        try """
        name: tiny-morris
        base: \(CLI.packageRoot.appendingPathComponent("scenarios/baseline.yaml").path)
        seed: 7
        runs: 1
        factors:
          - {name: income_growth, path: income_growth.by_source_fraction_per_year, scale: [0.8, 1.2]}
          - {name: relocation_budget, path: programs.relocation.budget_yuan_by_year, scale: [0.7, 1.3]}
          - {name: breeding_take_up, path: programs.breeding.take_up_fraction, range: [0.3, 0.7]}
        design: {kind: morris, trajectories: 2, levels: 4}
        outputs:
          - {name: poor_persons_2018, figure: poor_persons_2018}
          - {name: exit_by_2018_share, figure: county_exit_year, statistic: share_at_most, threshold: 2018}
        discovery: {figure: poor_persons_2018, statistic: mean, at_most: 19000}

        """.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// `explore --shard`: 8 points × 1 run in 3 shards (a shard ends inside the design),
    /// each unit's figures only; the merged experiment folder (design.csv, results.csv,
    /// points.csv, Morris and PRIM tables and charts) is the one-process folder byte for byte.
    @Test func threeShardsOfAnEightPointExperimentMergeIntoTheSingleProcessFolder() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let experiment = try Self.tinyExperiment(in: dir).path
        let single = dir.appendingPathComponent("single"), shards = dir.appendingPathComponent("shards")
        let merged = dir.appendingPathComponent("merged")
        let r = try CLI.run(["explore", experiment, "--out", single.path])
        #expect(r.status == 0, "\(r.stderr)")
        for i in 0..<3 {
            let s = try CLI.run(["explore", experiment, "--shard", "\(i)/3", "--threads", "1", "--out", shards.path])
            #expect(s.status == 0, "\(s.stderr)")
        }
        let shard1 = try String(contentsOf: shards.appendingPathComponent("shard-1-of-3.jsonl"), encoding: .utf8)
        #expect(shard1.hasPrefix("{") && shard1.contains("\"command\":\"explore\"") && shard1.contains("\"points\":8"))
        #expect(shard1.split(separator: "\n").count == 4 && shard1.utf8.count < 4_000, "3 units' figures only")
        let m = try CLI.run(["merge", shards.path, "--out", merged.path])
        #expect(m.status == 0, "\(m.stderr)")
        try Self.expectSameTree(single, merged)
        #expect(FileManager.default.fileExists(atPath: merged.appendingPathComponent("morris-poor_persons_2018.svg").path))
        #expect(FileManager.default.fileExists(atPath: merged.appendingPathComponent("prim.csv").path))
        #expect(m.stdout.hasPrefix(r.stdout) && m.stdout.contains("merged 3 shard(s) of explore (8 runs)"), "\(m.stdout)")

        // A missing shard and a duplicated one are named; nothing is written.
        let partial = dir.appendingPathComponent("partial")
        try FileManager.default.createDirectory(at: partial, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: shards.appendingPathComponent("shard-0-of-3.jsonl"), to: partial.appendingPathComponent("shard-0-of-3.jsonl"))
        let bad = dir.appendingPathComponent("bad")
        let e = try CLI.run(["merge", partial.path, shards.appendingPathComponent("shard-0-of-3.jsonl").path, "--out", bad.path])
        #expect(e.status == 65)
        #expect(e.stderr.contains("shard 1/3 is missing") && e.stderr.contains("shard 2/3 is missing") && e.stderr.contains("shard 0/3 is given 2 times"), "\(e.stderr)")
        #expect(!FileManager.default.fileExists(atPath: bad.path))
        // An experiment changed since its shards ran is refused.
        try (try String(contentsOfFile: experiment, encoding: .utf8)).replacingOccurrences(of: "seed: 7", with: "seed: 8")
            .write(toFile: experiment, atomically: true, encoding: .utf8)
        let changed = try CLI.run(["merge", shards.path, "--out", bad.path])
        #expect(changed.status == 65 && changed.stderr.contains("the inputs changed since the shards were run"), "\(changed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: bad.path))
        // --shard runs one shard: not with --resume.
        let usage = try CLI.run(["explore", experiment, "--shard", "0/3", "--resume", "--out", shards.path])
        #expect(usage.status == 64, "\(usage.stderr)")
    }

    @Test func aBadShardOptionIsAUsageError() throws {
        for bad in ["4/4", "x", "1/0"] {
            let r = try CLI.run(["simulate", "scenarios/baseline.yaml", "--shard", bad, "--out", "/tmp/benkang-never"])
            #expect(r.status == 64, "\(bad)")
            #expect(r.stderr.contains("--shard must be I/N"))
        }
        let c = try CLI.run(["compare", "scenarios/baseline.yaml", "--shard", "0/2"])
        #expect(c.status == 64)
        // An unknown --reference is a usage error in a shard as in one process.
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let u = try CLI.run(["compare", "scenarios/baseline.yaml", "--reference", "nowhere", "--shard", "0/2", "--out", dir.path])
        #expect(u.status == 64 && u.stderr.contains("nowhere"), "\(u.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/benkang-never"))
    }
}
