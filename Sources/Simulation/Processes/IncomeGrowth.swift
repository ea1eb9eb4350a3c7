import GIS
import Planning

/// Grows every income source by its yearly rate plus the adjustment for the kind of the
/// village's terrain unit (mountain, trough, hill, plain) and
/// a household's own variation (uniform, with the scenario's standard deviation).
/// Scenario: `income_growth.*`.
public struct IncomeGrowth: YearlyProcess {
    public static let name = "income_growth"
    let sourceRates: [Float]
    let terrainAdjustment: [Float]
    let householdSpread: Float
    let villageTerrain: [Int]

    public init(world: SimulationWorld) {
        let p = world.scenario.parameters.incomeGrowth
        sourceRates = IncomeSource.allCases.map { Float(p.bySourceFractionPerYear[$0] ?? 0) }
        terrainAdjustment = TerrainKind.allCases.map { Float(p.byTerrainKindFractionPerYear[$0] ?? 0) }
        // A uniform draw on [-½, ½) has standard deviation 1/√12.
        householdSpread = Float(p.householdSDFraction * 12.0.squareRoot())
        villageTerrain = world.villages.map { TerrainKind.allCases.firstIndex(of: $0.terrainUnit.kind)! }
    }

    /// - Complexity: O(households).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        let rf = sourceRates[0], rw = sourceRates[1], rr = sourceRates[2], rt = sourceRates[3]
        let spread = householdSpread
        for v in 0..<villageTerrain.count {
            let adjust = terrainAdjustment[villageTerrain[v]]
            let range = state.households.range(ofVillage: v)
            var rng = random.village[v]
            state.households.farmYuan.withUnsafeMutableBufferPointer { farm in
            state.households.wagesYuan.withUnsafeMutableBufferPointer { wages in
            state.households.remittancesYuan.withUnsafeMutableBufferPointer { remit in
            state.households.transfersYuan.withUnsafeMutableBufferPointer { transfers in
                for i in range {
                    let e = (Float(rng.next() >> 40) * 0x1.0p-24 - 0.5) * spread + adjust
                    farm[i] *= max(0, 1 + rf + e)
                    wages[i] *= max(0, 1 + rw + e)
                    remit[i] *= max(0, 1 + rr + e)
                    transfers[i] *= max(0, 1 + rt + e)
                }
            }}}}
            random.village[v] = rng
        }
    }
}
