// Paired whole-process timing for `make bench`: each table row times a benkang command
// and, beside it, the equal-work peer command, as whole processes, alternately.
//
// The row API (how another benchmark adds its rows to the table):
//
//   1. Write a function `func myRows(_ context: BenchContext) -> [BenchRow]` in its own
//      file. It may prepare inputs (write an instance file under `context.scratch`) and
//      returns one `BenchRow` per line of the table:
//        BenchRow(work: "min-cost flow, 500 × 60",           // the "work" column
//                 benkang: context.bench(["solve-mincostflow", file]),
//                 peer: context.python("bench/peers/mincostflow.py", [file],
//                                      name: "OR-tools SimpleMinCostFlow", modules: ["ortools"]))
//      `context.benkang([...])` runs the release `benkang` CLI, `context.bench([...])`
//      this bench binary (for a worker mode), `context.python(script, args, name:,
//      modules:)` a script under the peers' virtual environment bench/.venv (nil
//      `peer` when a row has none; the peer column then says "—"). `PeerCommand(name:
//      command:)` takes any other command (e.g. `cs2cs`, or benkang itself with other
//      options, as "1 thread").
//   2. Append the function to `benchRowGroups` in main.swift (one line).
//
// A group is only called when selected (`benkang-bench --only GROUP`), so its set-up costs
// nothing otherwise. Commands run with standard input from /dev/null; their standard
// output is read and, when a line reads `work-seconds: S`, S is kept as the command's own
// figure for the work alone (without interpreter start-up and reading the input) and
// shown in the row's note. A command that exits non-zero fails its row (the message says
// which command and its exit status) and the table goes on.
//
// Timing: after one warm-up run of each command, `runs` pairs A B A B … (benkang first);
// each column is the median of its runs (min–max after it), and the ratio is the median
// of the per-pair ratios peer ÷ benkang, so a slow patch of the shared machine hits both
// sides of a pair. The peer's Python packages are checked before the row is timed: when
// one is missing the peer column reads "peer not installed (bench/install-peers.sh)".
import Foundation

/// A command to run as a whole process.
struct TimedCommand: Sendable {
    var executable: String
    var arguments: [String]
    /// Variables removed from the inherited environment (e.g. OPENBLAS_CORETYPE, which
    /// slows a current NumPy; only for the peers).
    var unsetEnvironment: [String] = []

    var display: String { ([executable] + arguments).map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ") }
}

/// The peer side of a row: a name for the table and the command, or why it cannot run.
struct PeerCommand: Sendable {
    var name: String
    var command: TimedCommand?
    /// Why `command` is nil (e.g. "peer not installed (bench/install-peers.sh)").
    var unavailable: String?

    init(name: String, command: TimedCommand) { self.name = name; self.command = command }
    init(name: String, unavailable: String) { self.name = name; self.unavailable = unavailable }
}

/// One row of the bench table: the work, the benkang command and its optional peer.
struct BenchRow: Sendable {
    /// The "work" column, as in the issue's table.
    var work: String
    var benkang: TimedCommand
    var peer: PeerCommand?
    /// Optional: turns the benkang median seconds into a throughput for the cell
    /// (e.g. `{ "\(Int(98 / $0)) MB/s" }`).
    var throughput: (@Sendable (Double) -> String)? = nil
    /// Optional text for the note column (e.g. what the peer leaves out).
    var note: String = ""
    /// Optional: a line prefix (e.g. "optimum:") whose line both commands print; the
    /// warm-up runs' lines are compared and the note says whether they agree.
    var agreeLine: String? = nil
}

/// Where the row groups find the binaries, the peers' Python and a scratch folder.
struct BenchContext: Sendable {
    /// The package root (the folder holding Package.swift).
    var root: String
    /// Counted pairs per row (after one warm-up each).
    var runs: Int
    /// Smaller instances for a quick look (`--quick`).
    var quick: Bool
    /// A folder for generated inputs and outputs, removed at the end.
    var scratch: String

    var benkangPath: String { root + "/.build/release/benkang" }
    var benchPath: String { CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0]
        : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0] }
    var venvPython: String { root + "/bench/.venv/bin/python" }

    func benkang(_ arguments: [String]) -> TimedCommand { TimedCommand(executable: benkangPath, arguments: arguments) }
    func bench(_ arguments: [String]) -> TimedCommand { TimedCommand(executable: benchPath, arguments: arguments) }

    /// A peer script (path relative to the root) under bench/.venv's Python, or the
    /// "not installed" peer when that Python or one of `modules` is missing.
    func python(_ script: String, _ arguments: [String], name: String, modules: [String]) -> PeerCommand {
        guard FileManager.default.isExecutableFile(atPath: venvPython),
              PythonModules.available(modules, python: venvPython) else {
            return PeerCommand(name: name, unavailable: "peer not installed (bench/install-peers.sh)")
        }
        return PeerCommand(name: name, command: TimedCommand(
            executable: venvPython, arguments: [root + "/" + script] + arguments,
            unsetEnvironment: ["OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"]))
    }
}

/// Which Python modules import under a given interpreter (asked once per set).
enum PythonModules {
    nonisolated(unsafe) private static var known: [String: Bool] = [:]

    static func available(_ modules: [String], python: String) -> Bool {
        let key = python + "|" + modules.joined(separator: ",")
        if let k = known[key] { return k }
        let ok = (try? ProcessRunner.run(TimedCommand(
            executable: python, arguments: ["-c", modules.map { "import \($0)" }.joined(separator: "; ")])))?.status == 0
        known[key] = ok
        return ok
    }
}

/// One finished process: exit status, wall seconds and its `work-seconds:` figure.
struct ProcessRun: Sendable {
    var status: Int32
    var seconds: Double
    var workSeconds: Double?
    var errorTail: String
    /// Every line of standard output (for `BenchRow.agreeLine`).
    var lines: [Substring]
}

/// The measured figures of one row.
struct BenchRowResult: Sendable {
    var row: BenchRow
    var benkang: [Double] = []
    var benkangWork: [Double] = []
    var peer: [Double] = []
    var peerWork: [Double] = []
    var ratios: [Double] = []
    var failure: String?
    /// With `agreeLine`: "same optimum: …" or both lines when they differ.
    var agreement: String?
}

enum PairedTiming {
    /// Times `row`: one warm-up of each command, then `runs` pairs benkang, peer.
    static func measure(_ row: BenchRow, runs: Int) -> BenchRowResult {
        var result = BenchRowResult(row: row)
        let peer = row.peer?.command
        func once(_ c: TimedCommand, side: String) -> ProcessRun? {
            do {
                let r = try ProcessRunner.run(c)
                if r.status != 0 {
                    result.failure = "\(side) exited \(r.status): \(c.display)\n\(r.errorTail)"
                    return nil
                }
                return r
            } catch {
                result.failure = "\(side) cannot start: \(c.display)"
                return nil
            }
        }
        guard let warmA = once(row.benkang, side: "benkang") else { return result }
        if let peer {
            guard let warmB = once(peer, side: "peer") else { return result }
            if let prefix = row.agreeLine {
                let a = warmA.lines.first { $0.hasPrefix(prefix) }, b = warmB.lines.first { $0.hasPrefix(prefix) }
                result.agreement = a != nil && a == b ? "same \(a!)" : "DIFFER: benkang \(a ?? "none"), peer \(b ?? "none")"
            }
        }
        for _ in 0..<max(1, runs) {
            guard let a = once(row.benkang, side: "benkang") else { return result }
            result.benkang.append(a.seconds)
            if let w = a.workSeconds { result.benkangWork.append(w) }
            guard let peer else { continue }
            guard let b = once(peer, side: "peer") else { return result }
            result.peer.append(b.seconds)
            if let w = b.workSeconds { result.peerWork.append(w) }
            result.ratios.append(b.seconds / a.seconds)
        }
        return result
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted(), n = s.count
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2
    }

    static func seconds(_ x: Double) -> String {
        x >= 10 ? String(format: "%.1f s", x) : x >= 0.1 ? String(format: "%.2f s", x) : String(format: "%.3f s", x)
    }

    static func spread(_ values: [Double]) -> String {
        guard let m = median(values), let lo = values.min(), let hi = values.max() else { return "—" }
        return "\(seconds(m)) (\(seconds(lo))–\(seconds(hi)))"
    }

    /// The cells of one result: work, benkang, peer, ratio, note.
    static func cells(_ r: BenchRowResult) -> [String] {
        var benkang = spread(r.benkang)
        if let m = median(r.benkang), let t = r.row.throughput { benkang += ", " + t(m) }
        var peer = "—"
        if let p = r.row.peer {
            peer = p.unavailable.map { "\(p.name): \($0)" } ?? "\(p.name) \(spread(r.peer))"
        }
        let ratio = median(r.ratios).map { String(format: "×%.2f", $0) } ?? "—"
        var notes: [String] = []
        if let w = median(r.benkangWork) { notes.append("benkang work \(seconds(w))") }
        if let w = median(r.peerWork) { notes.append("peer work \(seconds(w))") }
        if let bw = median(r.benkangWork), let pw = median(r.peerWork), bw > 0 {
            notes.append(String(format: "work ratio ×%.2f", pw / bw))
        }
        if let a = r.agreement { notes.append(a) }
        if !r.row.note.isEmpty { notes.append(r.row.note) }
        if let f = r.failure { notes.append("FAILED: " + f.split(separator: "\n").first.map(String.init)!) }
        return [r.row.work, benkang, peer, ratio, notes.joined(separator: "; ")]
    }

    /// The table as Markdown (the file `make bench` writes and the README quotes).
    static func markdown(_ results: [BenchRowResult], runs: Int, header: String) -> String {
        var s = header + "\n\n"
        s += "Whole processes, one warm-up each then \(runs) pairs A B A B …; medians (min–max); ratio = peer ÷ benkang, the median of the pairs.\n\n"
        s += "| work | benkang | peer | ratio | note |\n|---|---|---|---|---|\n"
        for r in results {
            s += "| " + cells(r).map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        return s
    }

    /// Writes `text` to `path` through a temporary name and a rename (no partial file).
    static func write(_ text: String, to path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let temp = dir + "/.\((path as NSString).lastPathComponent).tmp-\(getpid())"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temp))
        if rename(temp, path) != 0 {
            try? FileManager.default.removeItem(atPath: temp)
            throw CocoaError(.fileWriteUnknown)
        }
    }
}
