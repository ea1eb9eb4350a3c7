import Simulation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// The runs of an ensemble seen as one table: each figure is the run's value when there
/// is one run, else the P50, with P10 and P90 beside it.
public struct EnsembleView {
    public let runs: [RunResult]
    public var isEnsemble: Bool { runs.count > 1 }

    /// - Precondition: at least one run.
    public init(runs: [RunResult]) {
        precondition(!runs.isEmpty)
        self.runs = runs
    }

    public func quantiles(_ f: (RunResult) -> Double) -> Quantiles { Quantiles(runs.map(f)) }

    /// The columns of a figure: `name` (the value, P50 of an ensemble), then `name_p10`
    /// and `name_p90` when an ensemble, each at `decimals`.
    public func columns<Row>(_ name: String, label: String? = nil, unit: String? = nil, decimals: Int,
                             _ f: @escaping (RunResult, Row) -> Double) -> [Column<Row>] {
        let runs = runs
        let picks: [(String, (Quantiles) -> Double)] = isEnsemble
            ? [("", { $0.p50 }), ("_p10", { $0.p10 }), ("_p90", { $0.p90 })] : [("", { $0.p50 })]
        // A writer reads a row's three columns one after the other: their sample is sorted once.
        let memo = QuantileMemo()
        return picks.map { suffix, pick in
            Column.number(name + suffix, label: label.map { suffix.isEmpty ? $0 : $0 + " " + suffix.dropFirst().uppercased() },
                          unit: unit, decimals: decimals) { row in pick(memo.quantiles(runs.map { f($0, row) })) }
        }
    }

    /// The same for rows that can be told apart: a row's sample is gathered from the runs
    /// and sorted once for its three columns (a writer reads them one after the other).
    /// `f` must depend on the run and the row only, as every table's figures do.
    public func columns<Row: Equatable>(_ name: String, label: String? = nil, unit: String? = nil, decimals: Int,
                                        _ f: @escaping (RunResult, Row) -> Double) -> [Column<Row>] {
        columns(name, label: label, unit: unit, decimals: decimals, part: { $0 }, f)
    }

    /// The same, for figures read from one part of each run (`part`, e.g. `\.villages`),
    /// taken out of the runs once. Reading a cell through the whole `RunResult` copied the
    /// run (a retain of each of its arrays) for every run of every cell: in a 64-run
    /// ensemble that was most of the village tables' time (perf).
    public func columns<Row: Equatable, Part>(_ name: String, label: String? = nil, unit: String? = nil, decimals: Int,
                                              part: (RunResult) -> Part,
                                              _ f: @escaping (Part, Row) -> Double) -> [Column<Row>] {
        let parts = runs.map(part)
        let picks: [(String, (Quantiles) -> Double)] = isEnsemble
            ? [("", { $0.p50 }), ("_p10", { $0.p10 }), ("_p90", { $0.p90 })] : [("", { $0.p50 })]
        let memo = RowQuantileMemo<Row>()
        return picks.map { suffix, pick in
            Column.number(name + suffix, label: label.map { suffix.isEmpty ? $0 : $0 + " " + suffix.dropFirst().uppercased() },
                          unit: unit, decimals: decimals) { row in pick(memo.quantiles(row) { Quantiles(parts.map { f($0, row) }) }) }
        }
    }

    /// The P50 exit year of village `v` over the runs (an order statistic, "no exit"
    /// later than any year); nil when the P50 run has not exited by the last year.
    public func villageExitYear(_ v: Int) -> Int? {
        Quantiles.medianYear(runs.map { r in r.years.indices.first { r.villages[$0][v].exited }.map { r.years[$0] } })
    }
}

/// The quantiles of the last sample asked for, kept for the next request with the very
/// same values (bit for bit), so the P50, P10 and P90 columns of a figure sort it once.
/// Shared by the columns of one figure; a mutex keeps it safe should two threads read them.
final class QuantileMemo: @unchecked Sendable {
    private var sample: [Double] = []
    private var last = Quantiles([0])
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }

    func quantiles(_ values: [Double]) -> Quantiles {
        pthread_mutex_lock(&mutex); defer { pthread_mutex_unlock(&mutex) }
        if values.count == sample.count, zip(values, sample).allSatisfy({ $0.bitPattern == $1.bitPattern }) { return last }
        last = Quantiles(values)
        sample = values
        return last
    }
}

/// The quantiles of the last row asked for, kept for the next request for an equal row.
/// Shared by the columns of one figure; a mutex keeps it safe should two threads read them.
final class RowQuantileMemo<Row: Equatable>: @unchecked Sendable {
    private var row: Row?
    private var last = Quantiles([0])
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }

    func quantiles(_ row: Row, _ compute: () -> Quantiles) -> Quantiles {
        pthread_mutex_lock(&mutex); defer { pthread_mutex_unlock(&mutex) }
        if let r = self.row, r == row { return last }
        last = compute()
        self.row = row
        return last
    }
}
