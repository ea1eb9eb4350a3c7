import ArgumentParser
import Reports

/// How `simulate` and `compare` write their tables: `--no-bom` and `--xlsx`.
struct TableFileOptions: ParsableArguments {
    @Flag(name: .customLong("no-bom"), help: "Write the CSV files without the leading UTF-8 byte-order mark (by default they start with one, so that Excel and WPS on Chinese Windows read them as UTF-8).")
    var noBOM = false

    @Flag(help: "Also write an .xlsx beside every CSV (same base name): Chinese headers in row 1, English keys in row 2, codes as text.")
    var xlsx = false

    var tables: RunFiles.TableOptions { RunFiles.TableOptions(byteOrderMark: !noBOM, xlsx: xlsx) }
}

/// The options `simulate` and `compare` share: how many runs, their seed, the geodata
/// folder and the worker threads.
struct EnsembleOptions: ParsableArguments {
    @Option(help: "Runs in the ensemble (default: the scenario's `runs`, 1; for compare, the first scenario's). With more than one, every figure is reported as P10/P50/P90.")
    var runs: Int?

    @Option(help: "Seed of every random stream (default: the scenario's `seed`; for compare, the first scenario's).")
    var seed: UInt64?

    @Option(help: "The geodata folder (townships, villages, sites, lines).")
    var geodata = "geodata"

    @Option(help: "Worker threads for ensembles (default: every CPU the process may use, e.g. under taskset). Results do not depend on it.")
    var threads: Int?

    @Flag(help: "No progress line and no warnings on standard error (errors are still printed).")
    var quiet = false

    func validate() throws {
        try ScenarioInput.checkRunsOption(runs)
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if let seed, seed > UInt64(Int.max) { throw ValidationError("--seed must be at most \(Int.max)") }
    }
}
