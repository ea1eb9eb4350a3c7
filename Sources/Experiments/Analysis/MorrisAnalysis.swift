/// Morris's screening measures of one factor over the elementary effects of the trajectories.
public struct MorrisIndices: Sendable, Hashable {
    public var factor: String
    /// Mean elementary effect μ (signed), in output units per unit of the factor's range.
    public var mu: Double
    /// Mean absolute elementary effect μ* (Campolongo, Cariboni & Saltelli 2007).
    public var muStar: Double
    /// Standard deviation σ of the elementary effects (n − 1): interactions and nonlinearity.
    public var sigma: Double
    /// Elementary effects that were finite (trajectories whose outputs were numbers).
    public var effects: Int
}

/// Elementary effects of a Morris design (``MorrisDesign``): for each trajectory and
/// each step, EE_i = (y(x + Δ·e_i) − y(x)) / ±Δ with x in unit coordinates, so effects are
/// per unit of the factor's whole range.
public enum MorrisAnalysis {
    /// The indices of each factor.
    /// - Parameters:
    ///   - units: the design's unit coordinates, trajectory by trajectory (d + 1 points each).
    ///   - outputs: one output value per point.
    /// - Complexity: O(points × factors).
    public static func indices(units: [[Double]], outputs: [Double], factors: [String]) -> [MorrisIndices] {
        let d = factors.count
        var effects = [[Double]](repeating: [], count: d)
        let block = d + 1
        for t in 0..<(units.count / block) {
            for k in 0..<d {
                let a = t * block + k, b = a + 1
                guard let i = (0..<d).first(where: { units[a][$0] != units[b][$0] }) else { continue }
                let step = units[b][i] - units[a][i]
                let ee = (outputs[b] - outputs[a]) / step
                if ee.isFinite { effects[i].append(ee) }
            }
        }
        return (0..<d).map { i in
            let e = effects[i]
            let n = Double(e.count)
            let mu = e.isEmpty ? .nan : e.reduce(0, +) / n
            let muStar = e.isEmpty ? .nan : e.reduce(0) { $0 + abs($1) } / n
            let sigma = e.count < 2 ? .nan : (e.reduce(0) { $0 + ($1 - mu) * ($1 - mu) } / (n - 1)).squareRoot()
            return MorrisIndices(factor: factors[i], mu: mu, muStar: muStar, sigma: sigma, effects: e.count)
        }
    }
}
