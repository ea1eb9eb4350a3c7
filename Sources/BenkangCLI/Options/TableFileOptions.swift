import ArgumentParser
import Reports

/// How `simulate` and `compare` write their tables: `--no-bom` and `--xlsx`.
struct TableFileOptions: ParsableArguments {
    @Flag(name: .customLong("no-bom"), help: Message.optionNoBOM.help)
    var noBOM = false

    @Flag(help: Message.optionXLSX.help)
    var xlsx = false

    var tables: RunFiles.TableOptions { RunFiles.TableOptions(byteOrderMark: !noBOM, xlsx: xlsx) }
}

/// The options `simulate` and `compare` share: how many runs, their seed, the geodata
/// folder and the worker threads.
struct EnsembleOptions: ParsableArguments {
    @Option(help: Message.optionRuns.help)
    var runs: Int?

    @Option(help: Message.optionSeed.help)
    var seed: UInt64?

    @Option(help: Message.optionGeodata.help)
    var geodata = "geodata"

    @Option(help: Message.optionThreads.help)
    var threads: Int?

    @Flag(help: ClusterMessage.optionQuiet.help)
    var quiet = false

    func validate() throws {
        try ScenarioInput.checkRunsOption(runs)
        if let threads, threads < 1 { throw ValidationError(Message.threadsAtLeastOne.text) }
        if let seed, seed > UInt64(Int.max) { throw ValidationError(Message.seedAtMost.format(String(Int.max))) }
    }
}
