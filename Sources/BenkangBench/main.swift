// benkang-bench: `make bench`'s table of whole-process timings, benkang beside its peer
// (PairedTiming.swift says how a row is timed and how to add rows).
//
//   swift build -c release --product benkang && swift build -c release --product benkang-bench
//   .build/release/benkang-bench [--quick] [--runs N] [--only GROUP,…] [--out FILE]
//       prints the table and writes it as Markdown to FILE (default out/bench/table.md)
//   .build/release/benkang-bench micro [--quick] [--peer] [--only …]
//       the in-process micro benchmarks (MicroBenchmarks.swift)
//   .build/release/benkang-bench solve-mincostflow FILE
//       worker of the min-cost flow rows (MinCostFlowBench.swift)
//   .build/release/benkang-bench write-mincostflow VILLAGES SITES FILE
//       writes the min-cost flow instance of that size (seed = VILLAGES) for other solvers
//   .build/release/benkang-bench household-loop [STATE]
//       worker of the household loop row (HouseholdLoopBench.swift)
//   .build/release/benkang-bench write-household-state FOLDER
//       writes that row's state folder (STATE) for running either side by hand
//
// These machines are shared: read the ratios measured pair by pair, not the absolute times.
import Foundation

/// The table's row groups, in table order: a name for `--only` and the function that
/// returns its rows (called only when the group is selected).
let benchRowGroups: [(name: String, rows: @Sendable (BenchContext) -> [BenchRow])] = [
    ("gis", gisBenchRows),
    ("mincostflow", minCostFlowBenchRows),
    ("simulation", simulationBenchRows),
    ("household", householdBenchRows),
    ("map", mapBenchRows),
]

/// Options of the table mode.
struct TableOptions {
    var quick = false
    var runs = 5
    var only: Set<String>? = nil
    var out = "out/bench/table.md"

    init(_ arguments: ArraySlice<String>) {
        var args = Array(arguments)
        while !args.isEmpty {
            let a = args.removeFirst()
            switch a {
            case "--quick": quick = true
            case "--runs" where !args.isEmpty:
                guard let n = Int(args.removeFirst()), n >= 1 else { usage("--runs needs a whole number ≥ 1") }
                runs = n
            case "--only" where !args.isEmpty: only = Set(args.removeFirst().split(separator: ",").map(String.init))
            case "--out" where !args.isEmpty: out = args.removeFirst()
            case "-h", "--help":
                print("usage: benkang-bench [--quick] [--runs N] [--only \(benchRowGroups.map(\.name).joined(separator: ","))] [--out FILE]\n"
                      + "       benkang-bench micro [--quick] [--peer] [--only decode,projection,join,simulation,explore,svg]\n"
                      + "       benkang-bench solve-mincostflow FILE\n"
                      + "       benkang-bench decode-geojson FILE | proj-points N THREADS   (workers of the gis rows)\n"
                      + "       benkang-bench write-mincostflow VILLAGES SITES FILE\n       benkang-bench household-loop [STATE]\n"
                      + "       benkang-bench write-household-state FOLDER")
                exit(0)
            default: usage("unknown argument \(a)")
            }
        }
    }
}

func usage(_ message: String) -> Never {
    FileHandle.standardError.write(Data("benkang-bench: \(message) (--help)\n".utf8))
    exit(64)
}

/// The package root: the folder above Sources/ of this file, else the current folder.
func packageRoot() -> String {
    let fromSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    if FileManager.default.fileExists(atPath: fromSource + "/Package.swift") { return fromSource }
    return FileManager.default.currentDirectoryPath
}

func runTable(_ options: TableOptions) {
    let root = packageRoot()
    let scratch = NSTemporaryDirectory() + "benkang-bench-\(getpid())"
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let context = BenchContext(root: root, runs: options.runs, quick: options.quick, scratch: scratch)
    if !FileManager.default.isExecutableFile(atPath: context.benkangPath) {
        FileHandle.standardError.write(Data("benkang-bench: \(context.benkangPath) is missing (swift build -c release --product benkang): its rows will fail\n".utf8))
    }
    var results: [BenchRowResult] = []
    for group in benchRowGroups where options.only?.contains(group.name) ?? true {
        for row in group.rows(context) {
            FileHandle.standardError.write(Data("bench: \(row.work) …\n".utf8))
            let r = PairedTiming.measure(row, runs: options.runs)
            if let f = r.failure { FileHandle.standardError.write(Data("bench: \(row.work): \(f)\n".utf8)) }
            results.append(r)
            print("| " + PairedTiming.cells(r).joined(separator: " | ") + " |")
        }
    }
    let header = "## benkang-bench, \(ProcessInfo.processInfo.activeProcessorCount) CPUs, \(Date())"
    let table = PairedTiming.markdown(results, runs: options.runs, header: header)
    print("\n" + table)
    do {
        try PairedTiming.write(table, to: options.out)
        print("table written to \(options.out)")
    } catch {
        FileHandle.standardError.write(Data("benkang-bench: cannot write \(options.out)\n".utf8))
        exit(73)
    }
}

let arguments = CommandLine.arguments
switch arguments.count > 1 ? arguments[1] : "" {
case "micro": runMicroBenchmarks()
case "solve-mincostflow": exit(solveMinCostFlowWorker(Array(arguments.dropFirst(2))))
case "decode-geojson": exit(decodeGeoJSONWorker(Array(arguments.dropFirst(2))))
case "proj-points": exit(projPointsWorker(Array(arguments.dropFirst(2))))
case "write-mincostflow":
    let a = Array(arguments.dropFirst(2))
    guard a.count == 3, let v = Int(a[0]), let s = Int(a[1]), v > 0, s > 0 else { usage("write-mincostflow VILLAGES SITES FILE") }
    do { try PairedTiming.write(MinCostFlowInstance.text(MinCostFlowInstance.generate(villages: v, sites: s, seed: UInt64(v))), to: a[2]) }
    catch { FileHandle.standardError.write(Data("benkang-bench: cannot write \(a[2])\n".utf8)); exit(73) }
case "write-info-collection":
    let a = Array(arguments.dropFirst(2))
    guard a.count == 2, let n = Int(a[0]), n > 0 else { usage("write-info-collection FEATURES FILE") }
    do { try Data(infoBenchmarkCollection(features: n)).write(to: URL(fileURLWithPath: a[1])) }
    catch { FileHandle.standardError.write(Data("benkang-bench: cannot write \(a[1])\n".utf8)); exit(73) }
case "household-loop": exit(householdLoopWorker(Array(arguments.dropFirst(2))))
case "write-household-state": exit(writeHouseholdStateWorker(Array(arguments.dropFirst(2))))
default: runTable(TableOptions(arguments.dropFirst()))
}
