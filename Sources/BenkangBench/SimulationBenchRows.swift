import Foundation

/// Rows of the simulation: `simulate --runs 8` on 2 threads against the same on 1
/// thread (the "peer" column is benkang itself on one thread, so the ratio is the
/// speed-up), on the shipped geodata and baseline scenario; outputs go to scratch.
@Sendable func simulationBenchRows(_ context: BenchContext) -> [BenchRow] {
    let runs = context.quick ? 4 : 8
    func simulate(threads: Int) -> TimedCommand {
        context.benkang(["simulate", context.root + "/scenarios/baseline.yaml", "--geodata", context.root + "/geodata",
                         "--runs", String(runs), "--threads", String(threads), "--out", context.scratch + "/simulate-\(threads)"])
    }
    return [BenchRow(work: "`simulate --runs \(runs)`, 2 threads vs 1", benkang: simulate(threads: 2),
                     peer: PeerCommand(name: "benkang, 1 thread", command: simulate(threads: 1)))]
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
