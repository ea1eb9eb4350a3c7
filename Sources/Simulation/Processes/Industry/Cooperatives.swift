import Planning
/// Farmer cooperatives: each year `new_per_year` are founded in poor villages (fewest
/// cooperatives first, then most poor persons), within the budget. Each takes up to
/// `members_per_cooperative` poor households of its village (lowest income first),
/// pays them a dividend each year, and gives the village collective income.
/// Scenario: `programs.cooperatives.*`.
public struct Cooperatives: YearlyProcess {
    public static let name = "cooperatives"
    let newPerYear, members: Int
    let dividend: Float
    let collectiveIncome, cost: Double
    let poorVillage: [Bool]

    public init(world: SimulationWorld) {
        let p = world.scenario.parameters.programs.cooperatives
        newPerYear = p.newPerYear
        members = p.membersPerCooperative
        dividend = Float(p.dividendYuanPerPersonPerYear)
        collectiveIncome = p.collectiveIncomeYuanPerCooperativePerYear
        cost = p.costYuanPerCooperative
        poorVillage = world.villages.map(\.isPoorVillage)
    }

    /// - Complexity: O(households + villages log villages).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        var order: [(coops: Int, poor: Int, v: Int)] = []
        for v in poorVillage.indices where poorVillage[v] {
            let poor = state.households.range(ofVillage: v).reduce(0) { $0 + (state.households.flags[$1].contains(.poor) ? 1 : 0) }
            order.append((state.villages.cooperatives[v], -poor, v))
        }
        order.sort { ($0.coops, $0.poor, $0.v) < ($1.coops, $1.poor, $1.v) }
        var founded = 0, outOfMoney = false
        defer { if newPerYear > 0 {
            let binding: TargetBinding = founded >= newPerYear ? .none : outOfMoney ? .budget : .eligiblePool
            state.targets.record(TargetRecord(program: .cooperatives, year: year, target: newPerYear, achieved: founded,
                                              unit: "cooperatives founded", binding: binding,
                                              note: binding == .budget ? "预算不足" : binding == .eligiblePool ? "贫困村不足" : ""))
        } }
        for entry in order.prefix(newPerYear) {
            guard state.ledger.spend(.cooperatives, year, cost) else { outOfMoney = true; break }
            founded += 1
            let v = entry.v
            state.villages.cooperatives[v] += 1
            state.villages.collectiveIncomeYuan[v] += collectiveIncome
            var joiners = state.households.range(ofVillage: v).filter {
                state.households.flags[$0].contains(.poor) && !state.households.flags[$0].contains(.cooperative)
            }
            joiners.sort { (state.households.netIncomeYuan($0), $0) < (state.households.netIncomeYuan($1), $1) }
            for i in joiners.prefix(members) { state.households.flags[i].insert(.cooperative) }
        }
        state.households.addProgramIncome(perPerson: dividend, toHouseholdsWith: .cooperative)
    }
}
