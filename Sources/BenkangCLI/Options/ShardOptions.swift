import ArgumentParser
import Simulation

/// `--shard I/N` of `simulate` and `compare` (docs/shards.md).
struct ShardOptions: ParsableArguments {
    @Option(help: ArgumentHelp(ClusterMessage.shardOption.text, valueName: "I/N"))
    var shard: String?

    /// The parsed `--shard`, nil without it.
    var spec: ShardSpec? { shard.flatMap(ShardSpec.init) }

    func validate() throws {
        if let shard, ShardSpec(shard) == nil {
            throw ValidationError(StatusMessage.shardSpecInvalid.format(String(ShardSpec.maximumCount), shard))
        }
    }
}
