import ArgumentParser
import Simulation

/// `--shard I/N` of `simulate` and `compare` (docs/shards.md).
struct ShardOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Run only shard I of N (0 ≤ I < N) of the work units (scenario × run) and write DIR/shard-I-of-N.jsonl into the --out folder instead of the outputs; `benkang merge` joins the shards. Each run is seeded from the root seed and its run number, never from the shard.", valueName: "I/N"))
    var shard: String?

    /// The parsed `--shard`, nil without it.
    var spec: ShardSpec? { shard.flatMap(ShardSpec.init) }

    func validate() throws {
        if let shard, ShardSpec(shard) == nil {
            throw ValidationError("--shard must be I/N with 0 ≤ I < N ≤ \(ShardSpec.maximumCount) (e.g. --shard 0/4), got \(shard)")
        }
    }
}
