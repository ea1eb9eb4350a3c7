import Foundation
import GIS
import Simulation

/// The checks of `merge`: shard files that belong to one job, every shard and every
/// work unit exactly once.
public enum ShardMerge {
    /// A complete, consistent set of shards.
    public struct Set: Sendable {
        /// The first shard's header (every shard's agrees on the job).
        public var header: ShardFile.Header
        /// `results[s][r]`: scenario s, run r (`simulate`, `compare`; empty for `explore`);
        /// for a region, `results[s × counties + c][r]`: scenario s, county c, run r.
        public var results: [[RunResult]]
        /// `figures[p][r]`: the experiment's figures of point p, run r (`explore`; else empty);
        /// for a region experiment `figures[c × points + p][r]`: county c's components of them.
        public var figures: [[[Double]]] = []
    }

    /// The shard files named by `arguments`: a file as is, a folder's `shard-*.jsonl` (sorted).
    /// - Throws: `GISError` naming an argument that is missing or a folder without shards.
    public static func shardPaths(_ arguments: [String]) throws -> [String] {
        var paths: [String] = [], problems: [Diagnostic] = []
        for a in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: a, isDirectory: &isDirectory) else {
                problems.append(Diagnostic(.error, file: a, "no such shard file or folder")); continue
            }
            if isDirectory.boolValue {
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: a)) ?? [])
                    .filter { $0.hasPrefix("shard-") && $0.hasSuffix(".jsonl") }.sorted()
                if names.isEmpty { problems.append(Diagnostic(.error, file: a, "holds no shard-*.jsonl file")) }
                paths += names.map { a + "/" + $0 }
            } else {
                paths.append(a)
            }
        }
        if !problems.isEmpty { throw GISError(problems) }
        return paths
    }

    /// Reads every shard file; the problems of all of them reported together.
    /// - Throws: `GISError` with every file's problems (``ShardFile/read(path:)``).
    public static func readAll(_ paths: [String]) throws -> [ShardFile] {
        var shards: [ShardFile] = [], problems: [Diagnostic] = []
        for p in paths {
            do { shards.append(try ShardFile.read(path: p)) } catch let e as GISError { problems += e.diagnostics }
        }
        if !problems.isEmpty { throw GISError(problems) }
        return shards
    }

    /// Checks that `shards` (read from `paths`) are one job's shards 0…N-1, each once,
    /// holding each of its work units once.
    /// - Throws: `GISError` naming every file from another job, every missing and every
    ///   duplicated shard or unit.
    public static func check(_ shards: [ShardFile], paths: [String]) throws -> Set {
        guard let firstShard = shards.first, shards.count == paths.count else {
            throw GISError(file: paths.first, "no shard to merge (\(shards.count) shard(s) read from \(paths.count) file(s))")
        }
        let first = firstShard.header
        var problems: [Diagnostic] = []
        for (shard, path) in zip(shards, paths) {
            let h = shard.header
            if h.command != first.command || h.shards != first.shards || h.inputsSHA256 != first.inputsSHA256 || h.totalUnits != first.totalUnits {
                problems.append(Diagnostic(.error, file: path, "belongs to another job than \(paths[0]): \(h.command) shard \(h.shard)/\(h.shards), inputs \(h.inputsSHA256.prefix(12))…, where \(paths[0]) is \(first.command) shard \(first.shard)/\(first.shards), inputs \(first.inputsSHA256.prefix(12))…"))
            }
        }
        if !problems.isEmpty { throw GISError(problems) }
        var byIndex: [Int: [String]] = [:]
        for (shard, path) in zip(shards, paths) { byIndex[shard.header.shard, default: []].append(path) }
        var missing = 0
        for i in 0..<first.shards {
            let holders = byIndex[i] ?? []
            if holders.isEmpty { missing += 1 }
            if holders.isEmpty && missing > 20 { continue }
            if holders.isEmpty {
                let folder = (paths[0] as NSString).deletingLastPathComponent
                problems.append(Diagnostic(.error, file: (folder.isEmpty ? "" : folder + "/") + ShardFile.fileName(index: i, count: first.shards), "shard \(i)/\(first.shards) is missing: rerun its task (benkang slurm --resubmit, or the command with --shard \(i)/\(first.shards))"))
            } else if holders.count > 1 {
                problems.append(Diagnostic(.error, file: holders[0], "shard \(i)/\(first.shards) is given \(holders.count) times: \(holders.joined(separator: ", ")); give each shard once"))
            }
        }
        if missing > 20 { problems.append(Diagnostic(.error, file: paths[0], "\(missing - 20) more of the \(first.shards) shards are missing")) }
        if !problems.isEmpty { throw GISError(problems) }
        // Every unit once (a shard's records match its header's range, see ShardFile.decode).
        // Kept sparse (by position) until complete: a damaged header cannot make it allocate.
        let scenarios = first.columns.count, points = first.pointCount, runs = first.runs, counties = first.countyCount
        let explore = first.figures != nil
        func name(_ u: WorkUnit) -> String {
            (points > 1 ? "point \(u.point) " : "") + "run \(u.run) of scenario \(first.columns[u.scenario])"
                + (first.region.map { " in county \($0.counties[u.county].code)" } ?? "")
        }
        var byPosition: [Int: ShardFile.Record] = [:]
        for (shard, path) in zip(shards, paths) {
            for rec in shard.records {
                let u = rec.unit
                guard u.scenario >= 0, u.scenario < scenarios, u.point >= 0, u.point < points, u.run >= 0, u.run < runs,
                      u.county >= 0, u.county < counties else {
                    problems.append(Diagnostic(.error, file: path, "holds the unit \(u), outside this job's \(scenarios) scenario(s) × \(counties) county(ies) × \(points) point(s) × \(runs) run(s)")); continue
                }
                if explore ? rec.figures?.count != first.figures?.count : rec.result == nil {
                    problems.append(Diagnostic(.error, file: path, "holds \(name(u)) without " + (explore ? "its \(first.figures?.count ?? 0) figure(s)" : "its result") + "; the shard file is damaged: rerun its task")); continue
                }
                let position = ((u.scenario * counties + u.county) * points + u.point) * runs + u.run
                if position < shard.header.unitsFrom || position >= shard.header.unitsTo {
                    problems.append(Diagnostic(.error, file: path, "holds \(name(u)), which is not in its share (units \(shard.header.unitsFrom)..<\(shard.header.unitsTo))"))
                }
                if byPosition[position] != nil {
                    problems.append(Diagnostic(.error, file: path, "holds \(name(u)) a second time"))
                }
                byPosition[position] = rec
            }
        }
        if problems.isEmpty && byPosition.count != first.totalUnits {
            // The gaps between the positions held, named by their first and last unit.
            var gaps: [String] = [], next = 0
            func unit(_ k: Int) -> WorkUnit {
                WorkUnit(scenario: k / (counties * points * runs), county: k / (points * runs) % counties, point: k / runs % points, run: k % runs)
            }
            for k in byPosition.keys.sorted() + [first.totalUnits] {
                if k > next { gaps.append(k - 1 == next ? name(unit(next)) : "\(name(unit(next))) … \(name(unit(k - 1)))") }
                next = k + 1
            }
            problems.append(Diagnostic(.error, file: paths[0], "\(first.totalUnits - byPosition.count) unit(s) are in no shard: \(gaps.prefix(20).joined(separator: "; "))"))
        }
        if !problems.isEmpty { throw GISError(problems) }
        let ordered = byPosition.keys.sorted().map { byPosition[$0]! }
        if explore {
            let figures = (0..<counties * points).map { cp in (0..<runs).map { r in ordered[cp * runs + r].figures ?? [] } }
            return Set(header: first, results: [], figures: figures)
        }
        return Set(header: first, results: (0..<scenarios * counties).map { sc in (0..<runs).compactMap { ordered[sc * runs + $0].result } })
    }
}
