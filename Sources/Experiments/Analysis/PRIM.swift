/// One box of PRIM's peeling trajectory: bounds on every factor and what it holds.
public struct PRIMBox: Sendable, Hashable {
    /// Lower and upper bound of each factor (the factors' whole range where unrestricted).
    public var bounds: [ClosedRange<Double>]
    /// Points in the box.
    public var count: Int
    /// Share of all points in the box.
    public var mass: Double
    /// Share of the points of interest (condition true) that are in the box.
    public var coverage: Double
    /// Share of the box's points that are of interest.
    public var density: Double
}

/// PRIM, the Patient Rule Induction Method (Friedman & Fisher 1999), as used for scenario
/// discovery (Bryant & Lempert 2010): starting from the box of all points, peel off the
/// α share of the box's points at one face (the face that leaves the densest box) while
/// the box holds at least `minimumMass` of the points; then paste (widen a face again
/// while density does not fall) the box chosen.
public enum PRIM {
    /// The result: the peeling trajectory, and the box chosen from it, pasted.
    public struct Result: Sendable, Hashable {
        public var trajectory: [PRIMBox]
        /// Index into `trajectory` of the box chosen before pasting.
        public var chosen: Int
        public var pasted: PRIMBox
    }

    /// - Parameters:
    ///   - x: points × factors (factor values).
    ///   - y: the condition at each point.
    ///   - bounds: each factor's whole range.
    ///   - minimumDensity: the box chosen is the one with the largest coverage among those
    ///     at least this dense, else the densest.
    /// - Returns: nil when no point is of interest.
    /// - Complexity: O(steps × factors × points log points).
    public static func discover(x: [[Double]], y: [Bool], bounds: [ClosedRange<Double>], peelFraction alpha: Double,
                                minimumMass: Double, minimumDensity: Double) -> Result? {
        let n = x.count, d = bounds.count
        let interesting = y.filter { $0 }.count
        guard n > 0, interesting > 0 else { return nil }
        func box(_ b: [ClosedRange<Double>], _ members: [Int]) -> PRIMBox {
            let hits = members.filter { y[$0] }.count
            return PRIMBox(bounds: b, count: members.count, mass: Double(members.count) / Double(n),
                           coverage: Double(hits) / Double(interesting),
                           density: members.isEmpty ? 0 : Double(hits) / Double(members.count))
        }
        func inside(_ p: Int, _ b: [ClosedRange<Double>]) -> Bool { (0..<d).allSatisfy { b[$0].contains(x[p][$0]) } }

        var current = bounds
        var members = Array(0..<n)
        var trajectory = [box(current, members)]
        while true {
            var best: (bounds: [ClosedRange<Double>], members: [Int], density: Double)?
            for j in 0..<d {
                let values = members.map { x[$0][j] }.sorted()
                guard let lo = values.first, let hi = values.last, lo < hi else { continue }
                let k = max(1, Int((alpha * Double(values.count)).rounded(.down)))
                // Lower face: drop the points below the α-quantile (at least the smallest value).
                var cutLow = values[min(values.count - 1, k)]
                if cutLow == lo { cutLow = values.first(where: { $0 > lo }) ?? hi }
                var cutHigh = values[max(0, values.count - 1 - k)]
                if cutHigh == hi { cutHigh = values.last(where: { $0 < hi }) ?? lo }
                for candidate in [current[j].lowerBound < cutLow ? (cutLow...current[j].upperBound) : nil,
                                  cutHigh < current[j].upperBound ? (current[j].lowerBound...cutHigh) : nil].compactMap({ $0 }) {
                    var b = current; b[j] = candidate
                    let m = members.filter { b[j].contains(x[$0][j]) }
                    guard Double(m.count) >= minimumMass * Double(n), m.count < members.count else { continue }
                    let density = Double(m.filter { y[$0] }.count) / Double(m.count)
                    if best == nil || density > best!.density + 1e-12 { best = (b, m, density) }
                }
            }
            guard let step = best else { break }
            current = step.bounds; members = step.members
            trajectory.append(box(current, members))
        }
        let dense = trajectory.indices.filter { trajectory[$0].density >= minimumDensity }
        let chosen = dense.max { trajectory[$0].coverage < trajectory[$1].coverage }
            ?? trajectory.indices.max { trajectory[$0].density < trajectory[$1].density }!

        // Pasting: widen a face to the next point beyond it while density does not fall.
        var pasted = trajectory[chosen].bounds
        var pastedBox = trajectory[chosen]
        var improved = true
        while improved {
            improved = false
            var best: ([ClosedRange<Double>], PRIMBox)?
            for j in 0..<d {
                let outside = (0..<n).filter { p in !pasted[j].contains(x[p][j]) && (0..<d).allSatisfy { $0 == j || pasted[$0].contains(x[p][$0]) } }
                let below = outside.map { x[$0][j] }.filter { $0 < pasted[j].lowerBound }.max()
                let above = outside.map { x[$0][j] }.filter { $0 > pasted[j].upperBound }.min()
                for candidate in [below.map { $0...pasted[j].upperBound }, above.map { pasted[j].lowerBound...$0 }].compactMap({ $0 }) {
                    var b = pasted; b[j] = candidate
                    let m = (0..<n).filter { inside($0, b) }
                    let nb = box(b, m)
                    if nb.density >= pastedBox.density - 1e-12, nb.coverage > pastedBox.coverage + 1e-12,
                       best == nil || nb.density > best!.1.density + 1e-12 { best = (b, nb) }
                }
            }
            if let best { pasted = best.0; pastedBox = best.1; improved = true }
        }
        return Result(trajectory: trajectory, chosen: chosen, pasted: pastedBox)
    }
}
