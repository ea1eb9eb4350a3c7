import GIS

/// The points of an experiment: unit coordinates in [0, 1]^factors and the factor values
/// they stand for, deterministic from the experiment seed.
public struct ExperimentDesign: Sendable {
    public var kind: DesignKind
    /// units[p][i]: factor i's unit coordinate at point p.
    public var units: [[Double]]
    /// values[p][i]: factor i's value at point p.
    public var values: [[Double]]
    /// morris: points per trajectory (factors + 1); sobol: points per row of A (factors + 2).
    public var blockSize: Int

    public var count: Int { units.count }

    /// The design of `experiment`.
    /// - Complexity: O(points × factors).
    public init(_ experiment: Experiment) {
        let d = experiment.factors.count
        let s = experiment.design
        var random = Xoshiro256StarStar(seed: experiment.seed, stream: 0xD351_6E00)
        kind = s.kind
        switch s.kind {
        case .grid:
            units = GridDesign.points(experiment.factors.map { $0.gridUnits(count: s.levels) })
            blockSize = 1
        case .latinHypercube:
            units = LatinHypercube.points(count: s.samples, dimensions: d, random: &random)
            blockSize = 1
        case .morris:
            units = MorrisDesign.points(trajectories: s.trajectories, dimensions: d, levels: s.levels, random: &random)
            blockSize = d + 1
        case .sobol:
            units = SaltelliDesign.points(samples: s.samples, dimensions: d)
            blockSize = d + 2
        }
        values = units.map { u in zip(experiment.factors, u).map { $0.value(unit: $1) } }
    }

    /// The number of points a design would have (for checks before it is built).
    public static func pointCount(_ experiment: Experiment) -> Int {
        let d = experiment.factors.count, s = experiment.design
        switch s.kind {
        case .grid:
            return experiment.factors.reduce(1) { n, f in
                let k = f.gridUnits(count: s.levels).count
                return n > 10_000_000 / max(1, k) ? 10_000_001 : n * k
            }
        case .latinHypercube: return s.samples
        case .morris: return s.trajectories * (d + 1)
        case .sobol: return s.samples * (d + 2)
        }
    }
}

/// Every combination of the factors' levels (the last factor varies fastest).
public enum GridDesign {
    public static func points(_ levels: [[Double]]) -> [[Double]] {
        var out: [[Double]] = [[]]
        for axis in levels { out = out.flatMap { p in axis.map { p + [$0] } } }
        return out
    }
}

/// Latin hypercube: each factor's range split into `count` equal strata, one point in
/// each, strata paired at random (McKay, Beckman & Conover 1979).
public enum LatinHypercube {
    public static func points(count: Int, dimensions: Int, random: inout Xoshiro256StarStar) -> [[Double]] {
        var out = [[Double]](repeating: [Double](repeating: 0, count: dimensions), count: count)
        for j in 0..<dimensions {
            var strata = Array(0..<count)
            Shuffle.inPlace(&strata, &random)
            for p in 0..<count { out[p][j] = (Double(strata[p]) + random.nextUnit()) / Double(count) }
        }
        return out
    }
}

/// Fisher–Yates with the package's generator (the standard library's shuffle may change between releases).
enum Shuffle {
    static func inPlace<T>(_ a: inout [T], _ random: inout Xoshiro256StarStar) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            let j = Int(random.next() % UInt64(i + 1))
            a.swapAt(i, j)
        }
    }
}
