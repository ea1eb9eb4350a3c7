import Foundation

/// Rows of the simulation (group "simulation"), on the shipped geodata and baseline
/// scenario, outputs to scratch:
/// - `simulate --runs 8` and `--runs 64` on 2 threads against the same on 1 thread (the
///   "peer" column is benkang itself on one thread, so the ratio is the speed-up);
/// - the sharding overhead: the 64-run ensemble as one process on 2 threads against 2
///   shard processes of 1 thread side by side (`--shard 0/2`, `--shard 1/2`) and then
///   `benkang merge` (the ratio is the sharded job's time over one process's: 1.05 = 5 %
///   overhead; here the peer is the slower side by design, so the ratio reads as
///   peer ÷ benkang like every other row).
@Sendable func simulationBenchRows(_ context: BenchContext) -> [BenchRow] {
    let scenario = context.root + "/scenarios/baseline.yaml", geodata = context.root + "/geodata"
    func simulate(runs: Int, threads: Int, out: String) -> [String] {
        ["simulate", scenario, "--geodata", geodata, "--runs", String(runs), "--threads", String(threads), "--quiet", "--out", out]
    }
    func speedUp(runs: Int) -> BenchRow {
        BenchRow(work: "`simulate --runs \(runs)`, 2 threads vs 1",
                 benkang: context.benkang(simulate(runs: runs, threads: 2, out: context.scratch + "/simulate-\(runs)-2")),
                 peer: PeerCommand(name: "benkang, 1 thread",
                                   command: context.benkang(simulate(runs: runs, threads: 1, out: context.scratch + "/simulate-\(runs)-1"))),
                 note: "ratio = speed-up on 2 threads (goal ≥ 1.8)")
    }
    let shardRuns = context.quick ? 16 : 64
    let shards = context.scratch + "/shards", merged = context.scratch + "/merged"
    func quoted(_ args: [String]) -> String { args.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ") }
    let b = quoted([context.benkangPath])
    let shard = { (i: Int) in b + " " + quoted(simulate(runs: shardRuns, threads: 1, out: shards) + ["--shard", "\(i)/2"]) + " >/dev/null" }
    let script = "rm -rf \(quoted([shards, merged])) && { \(shard(0)) & \(shard(1)) & wait; } && "
        + b + " " + quoted(["merge", shards, "--out", merged]) + " >/dev/null"
    let sharded = TimedCommand(executable: "/bin/sh", arguments: ["-c", script])
    return [
        speedUp(runs: context.quick ? 4 : 8),
        speedUp(runs: context.quick ? 16 : 64),
        BenchRow(work: "\(shardRuns)-run ensemble: 2 shard processes (1 thread each) + `merge` vs one process on 2 threads",
                 benkang: context.benkang(simulate(runs: shardRuns, threads: 2, out: context.scratch + "/single")),
                 peer: PeerCommand(name: "2 shards + merge", command: sharded),
                 note: "ratio − 1 = sharding overhead in wall time (goal < 5 %); same bytes: bench/shards.sh"),
    ]
}

/// The base map row (group "map"): `benkang map --spec scenarios/maps/base.yaml` against
/// geopandas plot + matplotlib savefig SVG of the same layers (bench/peers/basemap.py
/// says what it leaves out).
@Sendable func mapBenchRows(_ context: BenchContext) -> [BenchRow] {
    [BenchRow(work: "base map SVG (scenarios/maps/base.yaml)",
              benkang: context.benkang(["map", "--spec", context.root + "/scenarios/maps/base.yaml", "--geodata", context.root + "/geodata",
                                        "-o", context.scratch + "/base-map.svg"]),
              peer: context.python("bench/peers/basemap.py", [context.root + "/geodata", context.scratch + "/base-map-peer.svg"],
                                   name: "geopandas plot + savefig", modules: ["geopandas", "matplotlib", "pyogrio"]),
              note: "peer without the hillshade, graticule, legend, scale bar and label placement")]
}
