import Planning
import Simulation

/// Fitting factors (scenario keys with ranges) to the county profile's calibration
/// targets: Nelder–Mead (``NelderMead``) on the weighted distance of an ensemble whose
/// run seeds are the same at every evaluation (common random numbers), so the
/// distance is a deterministic function of the factors.
public enum CalibrationFit {
    /// One target's contribution to the distance: its deviation in units of its tolerance,
    /// squared. Relative and absolute tolerances: ((P50 − reported) / tolerance)²;
    /// a share of runs: (shortfall / 0.1)² where shortfall = max(0, required − share)
    /// (10 points short counts as one tolerance). A target whose year is not simulated: 0.
    public static func term(_ r: CalibrationResult) -> Double {
        switch r.target.tolerance {
        case .relative(let f):
            guard let d = r.deviation else { return 0 }
            let scale = f * max(abs(r.target.value), 1e-12)
            return (d / scale) * (d / scale)
        case .absolute(let a):
            guard let d = r.deviation else { return 0 }
            let scale = max(a, 1e-12)
            return (d / scale) * (d / scale)
        case .shareOfRuns(let required):
            let shortfall = max(0, required - (r.shareOfRuns ?? 0)) / 0.1
            return shortfall * shortfall
        }
    }

    /// The weighted distance of runs from the targets: the sum of ``term(_:)``.
    public static func distance(_ targets: [CalibrationTarget], runs: [RunResult]) -> Double {
        Calibration.evaluate(targets, runs: runs).reduce(0) { $0 + term($1) }
    }

    public struct Result: Sendable {
        /// The fitted value of each factor.
        public var values: [Double]
        public var distance: Double
        public var evaluations: Int
        public var converged: Bool
    }

    /// The factor values that bring `ensemble` closest to `targets`.
    /// - Parameters:
    ///   - start: the starting value of each factor (e.g. the base scenario's).
    ///   - ensemble: the runs at given factor values (the same run seeds every time).
    /// - Throws: what `ensemble` throws.
    /// - Complexity: at most `maximumEvaluations` ensembles.
    public static func fit(factors: [Factor], start: [Double], targets: [CalibrationTarget], maximumEvaluations: Int,
                           tolerance: Double = 1e-4, ensemble: ([Double]) throws -> [RunResult]) throws -> Result {
        func unit(_ f: Factor, _ v: Double) -> Double {
            let b = f.bounds
            return b.upperBound > b.lowerBound ? (v - b.lowerBound) / (b.upperBound - b.lowerBound) : 0.5
        }
        let startUnits = zip(factors, start).map { unit($0, $1) }
        let result = try NelderMead.minimize(start: startUnits, tolerance: tolerance, maximumEvaluations: maximumEvaluations) { u in
            let values = zip(factors, u).map { $0.value(unit: $1) }
            return distance(targets, runs: try ensemble(values))
        }
        return Result(values: zip(factors, result.x).map { $0.value(unit: $1) }, distance: result.value,
                      evaluations: result.evaluations, converged: result.converged)
    }
}
