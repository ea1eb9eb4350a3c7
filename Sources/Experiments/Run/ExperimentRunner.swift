import GIS
import Simulation

/// The runs of one design point: each run's figures, in the experiment's figure order.
public struct PointResult: Sendable {
    public var point: Int
    /// values[r][k]: figure k of run r.
    public var values: [[Double]]
    /// Household-years simulated at this point (all runs).
    public var householdYears: Int
    /// Over a region, countyValues[c][r][k]: figure k of county c's run r, the region's
    /// figure for that county alone (``RegionFigures/countyValues(_:figures:)``); empty for one county.
    public var countyValues: [[[Double]]]
    public init(point: Int, values: [[Double]], householdYears: Int, countyValues: [[[Double]]] = []) {
        self.point = point; self.values = values; self.householdYears = householdYears; self.countyValues = countyValues
    }
}

/// A figure a run did not yield.
public struct UnknownFigureError: Error, CustomStringConvertible, Sendable {
    public var problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}

/// Runs the points of an experiment: every point the same run seeds
/// (`RandomStreams.runSeed(seed:run:)` for r = 0 ..< runs: common random numbers), the
/// (point, run) pairs of a batch of points spread over the cores, and the points handed
/// to `done` in point order as each batch finishes; the values do not depend on the
/// number of threads.
public enum ExperimentRunner {
    /// The figures' positions in `KeyFigures.of`, checked on one run.
    /// - Throws: `UnknownFigureError` naming each figure the run does not yield, with a did-you-mean.
    public static func check(figures: [String], on result: RunResult) throws {
        let known = KeyFigures.of(result).map(\.name)
        let missing = figures.filter { !known.contains($0) }
        guard missing.isEmpty else {
            throw UnknownFigureError(problems: missing.map { "unknown key figure \"\($0)\"\(DidYouMean.hint(for: $0, among: known)) (the figures: docs/experiments.md, \"Outputs\")" })
        }
    }

    /// The figures of one run, in `figures` order (NaN for a figure the run lacks).
    public static func values(_ result: RunResult, figures: [String]) -> [Double] {
        var byName: [String: Double] = [:]
        for f in KeyFigures.of(result) { byName[f.name] = f.value }
        return figures.map { byName[$0] ?? .nan }
    }

    /// Runs `points` (design indices, in order).
    /// - Parameters:
    ///   - model: the simulation of a point (built on the calling threads, in parallel within a batch).
    ///   - done: called on the calling thread with each point's results, in point order.
    ///   - firstRun: run 0 of `points[0]` when already computed (e.g. to check the figures).
    /// - Throws: the first error of `model` or `done` (points already handed to `done` stay done).
    public static func run(points: [Int], runs: Int, seed: UInt64, figures: [String], threads: Int?,
                           firstRun: RunResult? = nil, model: (Int) throws -> SimulationRun, done: (PointResult) throws -> Void) throws {
        let workers = ParallelFor.workers(threads)
        // Enough (point, run) pairs per batch to keep every worker busy to the end of the batch.
        let perBatch = max(1, (4 * workers + runs - 1) / runs)
        var start = 0
        while start < points.count {
            let batch = Array(points[start..<min(points.count, start + perBatch)])
            let simulations = try ParallelFor.mapRanges(count: batch.count, threads: workers) { _, range in
                try range.map { try model(batch[$0]) }
            }.flatMap { $0 }
            let jobs = batch.count * runs
            let known = start == 0 ? firstRun : nil
            let results = ParallelFor.map(jobs, threads: min(workers, jobs)) { job -> ([Double], Int) in
                let result = job == 0 && known != nil ? known! : simulations[job / runs].run(runSeed: RandomStreams.runSeed(seed: seed, run: job % runs))
                return (values(result, figures: figures), result.householdYears)
            }
            for (k, point) in batch.enumerated() {
                let slice = results[(k * runs)..<((k + 1) * runs)]
                try done(PointResult(point: point, values: slice.map(\.0), householdYears: slice.reduce(0) { $0 + $1.1 }))
            }
            start += batch.count
        }
    }
}
