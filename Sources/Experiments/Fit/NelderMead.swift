import Foundation

/// Nelder–Mead simplex minimisation (Nelder & Mead 1965, with the standard coefficients:
/// reflection 1, expansion 2, contraction ½, shrink ½) on the unit box [0, 1]^n, the
/// bounds kept by a transformation: the search runs on z ∈ ℝⁿ and evaluates
/// x = (1 + sin z) / 2, so every point it tries is inside the box.
public enum NelderMead {
    public struct Result: Sendable {
        /// The best point found, in unit coordinates.
        public var x: [Double]
        public var value: Double
        public var evaluations: Int
        /// True when the simplex's values came within `tolerance` before the evaluation budget ran out.
        public var converged: Bool
    }

    /// Indices of `values` from the lowest (ties by index, so the order is deterministic).
    static func order(_ values: [Double]) -> [Int] {
        values.indices.sorted { (a: Int, b: Int) -> Bool in
            let va = values[a], vb = values[b]
            return va < vb || (va == vb && a < b)
        }
    }

    /// The point of the unit box that z stands for.
    public static func unit(_ z: [Double]) -> [Double] { z.map { (1 + sin($0)) / 2 } }

    /// - Parameters:
    ///   - start: the starting point in unit coordinates (clamped into [0, 1]).
    ///   - step: the initial simplex's edge in z (radians of the transformation).
    ///   - tolerance: stop when the simplex's highest and lowest values differ by less.
    /// - Complexity: at most `maximumEvaluations` calls of `f`.
    public static func minimize(start: [Double], step: Double = 0.6, tolerance: Double = 1e-6, maximumEvaluations: Int,
                                _ f: ([Double]) throws -> Double) rethrows -> Result {
        let n = start.count
        var evaluations = 0
        func g(_ z: [Double]) throws -> Double {
            evaluations += 1
            let v = try f(unit(z))
            return v.isNaN ? .infinity : v
        }
        let z0 = start.map { asin(2 * min(1, max(0, $0)) - 1) }
        var simplex = [z0]
        for i in 0..<n {
            var z = z0
            z[i] += z0[i] > 0 ? -step : step
            simplex.append(z)
        }
        var values = try simplex.map(g)
        var converged = false
        while evaluations < maximumEvaluations {
            let order = Self.order(values)
            simplex = order.map { simplex[$0] }; values = order.map { values[$0] }
            if abs(values[n] - values[0]) <= tolerance * (1 + abs(values[0])) { converged = true; break }
            let centroid = (0..<n).map { j in simplex[0..<n].reduce(0) { $0 + $1[j] } / Double(n) }
            func along(_ t: Double) -> [Double] { (0..<n).map { centroid[$0] + t * (simplex[n][$0] - centroid[$0]) } }
            let reflected = along(-1), fr = try g(reflected)
            if fr < values[0] {
                let expanded = along(-2), fe = try g(expanded)
                if fe < fr { simplex[n] = expanded; values[n] = fe } else { simplex[n] = reflected; values[n] = fr }
            } else if fr < values[n - 1] {
                simplex[n] = reflected; values[n] = fr
            } else {
                let outside = fr < values[n]
                let contracted = along(outside ? -0.5 : 0.5), fc = try g(contracted)
                if fc < (outside ? fr : values[n]) {
                    simplex[n] = contracted; values[n] = fc
                } else {
                    for i in 1...n {
                        simplex[i] = (0..<n).map { simplex[0][$0] + 0.5 * (simplex[i][$0] - simplex[0][$0]) }
                        values[i] = try g(simplex[i])
                    }
                }
            }
        }
        let best = Self.order(values)[0]
        return Result(x: unit(simplex[best]), value: values[best], evaluations: evaluations, converged: converged)
    }
}
