import GIS

/// Illness and disability: healthy households fall ill, ill ones recover; an ill
/// household bears the yearly out-of-pocket cost (before medical assistance).
/// Scenario: `shocks.illness.*`.
public struct IllnessShock: YearlyProcess {
    public static let name = "illness"
    let onset: UInt64, recovery: UInt64
    let costYuan: Float
    let villageCount: Int

    public init(world: SimulationWorld) {
        let p = world.scenario.parameters.shocks.illness
        onset = Self.threshold(p.onsetProbabilityPerYear)
        recovery = Self.threshold(p.recoveryProbabilityPerYear)
        costYuan = Float(p.costYuanPerHouseholdPerYear)
        villageCount = world.villages.count
    }

    /// A probability as a threshold on a 53-bit draw.
    static func threshold(_ p: Double) -> UInt64 { UInt64(min(1, max(0, p)) * 0x1.0p53) }

    /// - Complexity: O(households).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        for v in 0..<villageCount {
            let range = state.households.range(ofVillage: v)
            var rng = random.village[v]
            state.households.flags.withUnsafeMutableBufferPointer { flags in
            state.households.illnessCostYuan.withUnsafeMutableBufferPointer { cost in
                for i in range {
                    let u = rng.next() >> 11
                    var f = flags[i]
                    if f.contains(.ill) {
                        if u < recovery { f.remove(.ill) }
                    } else if u < onset {
                        f.insert(.ill)
                    }
                    flags[i] = f
                    cost[i] = f.contains(.ill) ? costYuan : 0
                }
            }}
            random.village[v] = rng
        }
    }
}
