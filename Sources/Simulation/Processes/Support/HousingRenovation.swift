/// Renovation of dilapidated houses (危房改造) of poor households living at home,
/// within the budget. Priority (`priority`): `closest_to_exit` serves the highest
/// income per person first (those whose house is all that keeps them poor);
/// `poorest_first` the lowest (targeted poor villages first, see `PoorVillageTargeting`). Scenario: `programs.housing.*`.
public struct HousingRenovation: YearlyProcess {
    public static let name = "housing"
    let cost: Double
    let closestToExit: Bool
    let targeting: PoorVillageTargeting

    public init(world: SimulationWorld) {
        let p = world.scenario.parameters.programs.housing
        cost = p.costYuanPerHousehold
        closestToExit = p.priority == .closestToExit
        targeting = PoorVillageTargeting(world: world)
    }

    /// - Complexity: O(households + candidates log candidates).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        let closestToExit = self.closestToExit
        let shift = targeting.shifts(state)
        let candidates = state.households.prioritized { t, i in
            guard t.flags[i].contains(.poor), t.flags[i].contains(.unsafeHousing), t.location[i] < 0 else { return nil }
            let pc = t.netIncomeYuan(i) / Float(t.persons[i])
            return (closestToExit ? -pc : pc) + shift[Int(t.village[i])]
        }
        for word in candidates {
            guard state.ledger.spend(.housing, year, cost) else { break }
            state.households.flags[PriorityOrder.index(word)].remove(.unsafeHousing)
        }
    }
}
