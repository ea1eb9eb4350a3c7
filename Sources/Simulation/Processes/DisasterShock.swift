import GIS
import Planning

/// Disasters in the county profile's zones with `disasters: true`: a hit village's
/// households still living there lose part of that year's farm income, and some houses
/// become unsafe. Scenario: `shocks.disasters.*`.
public struct DisasterShock: YearlyProcess {
    public static let name = "disasters"
    let probability: Double
    let farmLoss: Float
    let damage: UInt64
    let exposed: [Bool]

    public init(world: SimulationWorld) {
        let p = world.scenario.parameters.shocks.disasters
        probability = p.probabilityPerYear
        farmLoss = Float(p.farmIncomeLossFraction)
        damage = IllnessShock.threshold(p.housingDamageFraction)
        let struck = world.region.zoneSet(where: \.disasters)
        exposed = world.villages.map { $0.zones.intersects(struck) }
    }

    /// - Complexity: O(households of hit villages).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        for v in exposed.indices where exposed[v] {
            guard random.village[v].nextUnit() < probability else { continue }
            state.villages.disasterYear[v] = year
            // One draw for every household, moved or not, so relocation never shifts the
            // village's later draws.
            for i in state.households.range(ofVillage: v) {
                let u = random.village[v].next() >> 11
                guard state.households.location[i] < 0 else { continue }
                state.households.programYuan[i] -= state.households.farmYuan[i] * farmLoss
                if u < damage { state.households.flags[i].insert(.unsafeHousing) }
            }
        }
    }
}
