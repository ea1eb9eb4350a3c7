/// Minimum-income guarantee (低保兜底): households without labour (and, when asked, ill
/// ones) that are or were registered poor (the guarantee stays after exit) are topped
/// up to the year's standard × persons, lowest income per person first, within the
/// budget. Scenario: `programs.minimum_income.*`.
public struct MinimumIncome: YearlyProcess {
    public static let name = "minimum_income"
    let standard: [Int: Double]
    let includeIll: Bool

    public init(world: SimulationWorld) {
        let p = world.scenario.parameters.programs.minimumIncome
        standard = p.standardYuanPerPersonByYear
        includeIll = p.alsoIllHouseholds
    }

    /// - Complexity: O(households + candidates log candidates).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        let perPerson = Float(standard[year] ?? 0)
        let includeIll = self.includeIll
        let candidates = state.households.prioritized { t, i in
            let f = t.flags[i]
            guard f.contains(.everPoor), t.labourers[i] == 0 || (includeIll && f.contains(.ill)) else { return nil }
            let pc = t.netIncomeYuan(i) / Float(t.persons[i])
            return pc < perPerson ? pc : nil
        }
        for word in candidates {
            let i = PriorityOrder.index(word)
            let persons = Float(state.households.persons[i])
            let topUp = perPerson * persons - state.households.netIncomeYuan(i)
            guard state.ledger.spend(.minimumIncome, year, Double(topUp)) else { continue }
            state.households.programYuan[i] += topUp
            state.households.flags[i].insert(.minimumIncome)
        }
    }
}
