import Foundation
import GIS

/// Measures PROJ throughput for the planning projection: a deterministic cloud of
/// `points` lon/lat positions over a fixed box where the shipped geodata lie (seeded xoshiro256**, seed 4545,
/// 106.70–107.30° E × 29.95–30.55° N) transformed EPSG:4326 → EPSG:4545 with the
/// batch path (`Transformation.transform(_: inout CoordinateSequence)`, one
/// `proj_trans_generic` call per run).
///
/// - `onePointsPerSecond`: one thread, one call over the whole cloud.
/// - `allCoresPointsPerSecond`: the cloud split into one run per core and handed to
///   `Transformation.transformConcurrently(_:threads:)`; the timing includes each
///   worker's context clone and transformation set-up.
/// - `cores`: `ProcessInfo.activeProcessorCount`.
///
/// Each figure is the best of 3 runs (wall clock). The concurrent result is checked
/// to equal the single-threaded one. On a PROJ failure it prints the error to standard
/// error and returns zero rates.
/// - Complexity: O(points), three times per mode.
func runProjectionBenchmark(points: Int) -> (onePointsPerSecond: Double, allCoresPointsPerSecond: Double, cores: Int) {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let cloud = projectionBenchmarkCloud(points: points)
    do {
        let toPlan = try Transformation(from: PlanningCRS.geographicCode, to: PlanningCRS.defaultCode)
        var single = cloud
        let one = try bestOfThree {
            single = cloud
            try toPlan.transform(&single)
        }
        let runs = (0..<cores).map { k -> CoordinateSequence in
            let range = (points * k / cores)..<(points * (k + 1) / cores)
            return CoordinateSequence(xy: Array(cloud.xy[(2 * range.lowerBound)..<(2 * range.upperBound)]))
        }
        var concurrent: [CoordinateSequence] = []
        let all = try bestOfThree { concurrent = try toPlan.transformConcurrently(runs, threads: cores) }
        precondition(concurrent.flatMap(\.xy) == single.xy, "concurrent and single-threaded results differ")
        return (Double(points) / one, Double(points) / all, cores)
    } catch {
        FileHandle.standardError.write(Data("projection benchmark: \(error)\n".utf8))
        return (0, 0, cores)
    }
}

/// `points` lon/lat positions spread uniformly over the county's box, same for a given count.
func projectionBenchmarkCloud(points: Int) -> CoordinateSequence {
    var rng = Xoshiro256StarStar(seed: 4545)
    var xy: [Double] = []
    xy.reserveCapacity(2 * points)
    for _ in 0..<points {
        xy.append(106.70 + 0.60 * rng.nextUnit())
        xy.append(29.95 + 0.60 * rng.nextUnit())
    }
    return CoordinateSequence(xy: xy)
}

/// The fastest of three runs of `body`, in seconds.
private func bestOfThree(_ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<3 {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}
