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
