import GIS

/// Morris (1991) trajectories on a p-level grid in [0, 1]^d: each starts at a random grid
/// point and changes one factor at a time, in a random order, by Δ = p / (2(p − 1)), up
/// when the factor is in the lower half and down otherwise, so every trajectory has
/// d + 1 points and every step is one elementary effect.
public enum MorrisDesign {
    /// The step Δ for `levels` p.
    public static func delta(levels p: Int) -> Double { Double(p) / (2 * Double(p - 1)) }

    /// `trajectories` × (dimensions + 1) points, trajectory by trajectory.
    public static func points(trajectories: Int, dimensions d: Int, levels p: Int, random: inout Xoshiro256StarStar) -> [[Double]] {
        let delta = delta(levels: p)
        var out: [[Double]] = []
        out.reserveCapacity(trajectories * (d + 1))
        for _ in 0..<trajectories {
            // A start whose coordinates can all move by Δ: levels 0 … p/2 − 1 go up, the rest down.
            var x = (0..<d).map { _ in Double(Int(random.next() % UInt64(p))) / Double(p - 1) }
            var order = Array(0..<d)
            Shuffle.inPlace(&order, &random)
            out.append(x)
            for i in order {
                x[i] = x[i] + delta <= 1 + 1e-12 ? x[i] + delta : x[i] - delta
                out.append(x)
            }
        }
        return out
    }
}

/// Saltelli (2002, 2010) design for first-order and total Sobol' indices: matrices A and B
/// of N rows from a 2d-dimensional Sobol' sequence (its first point, the origin, skipped;
/// A its first d columns, B the last d), and for each row j the points
/// A_j, A_j with column 1 from B_j, …, A_j with column d from B_j, B_j: N·(d + 2) points.
public enum SaltelliDesign {
    public static func points(samples n: Int, dimensions d: Int) -> [[Double]] {
        let sequence = SobolSequence(dimensions: 2 * d).points(n + 1).dropFirst()
        var out: [[Double]] = []
        out.reserveCapacity(n * (d + 2))
        for row in sequence {
            let a = Array(row[0..<d]), b = Array(row[d..<(2 * d)])
            out.append(a)
            for i in 0..<d { var ab = a; ab[i] = b[i]; out.append(ab) }
            out.append(b)
        }
        return out
    }
}
