import Planning
/// The resident work teams of the poor villages (驻村工作队: a first secretary, a helper,
/// an agronomist and a contact department in each of the 152), working household by
/// household (精准扶贫, 一户一策) in every poor village that has not yet exited:
///
/// - Public-welfare posts (公益性岗位: forest rangers paid from ecological compensation,
///   road keepers, cleaners): up to `welfare_posts_per_village` in each such village,
///   given to registered poor households with labour, lowest income per person first.
///   A post pays `welfare_post_wage_yuan_per_year` to the household every year from the
///   budget (holders first, in household order); a post the budget cannot pay ends.
///   Posts are kept after the village exits (脱贫不脱政策).
/// - Household industry grants (到户产业扶持: piglets, poultry, seedlings and the
///   agronomist's advice): each registered poor household with labour in such a
///   village that has none yet receives one (lowest income per person first, within
///   what the budget leaves after the posts), costing `industry_grant_yuan_per_household`
///   once and earning `industry_gain_yuan_per_person_per_year` every year from then on.
///
/// Scenario: `programs.work_teams.*`.
public struct WorkTeams: YearlyProcess {
    public static let name = "work_teams"
    let poorVillage: [Bool]
    let posts: Int
    let wage: Float
    let grantCost: Double
    let grantGain: Float

    public init(world: SimulationWorld) {
        let p = world.scenario.parameters.programs.workTeams
        poorVillage = world.villages.map(\.isPoorVillage)
        posts = p.welfarePostsPerVillage
        wage = Float(p.welfarePostWageYuanPerYear)
        grantCost = p.industryGrantYuanPerHousehold
        grantGain = Float(p.industryGainYuanPerPersonPerYear)
    }

    /// - Complexity: O(households + candidates log candidates).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        let n = state.households.count
        // This year's wages of the posts held, from the budget.
        var held = [Int](repeating: 0, count: poorVillage.count)
        for i in 0..<n where state.households.flags[i].contains(.welfarePost) {
            if state.ledger.spend(.workTeams, year, Double(wage)) {
                state.households.programYuan[i] += wage
                held[Int(state.households.village[i])] += 1
            } else {
                state.households.flags[i].remove(.welfarePost)
            }
        }
        // New posts and grants in the poor villages that have not exited.
        let open = poorVillage.indices.map { poorVillage[$0] && state.villages.exitYear[$0] == 0 }
        let candidates = state.households.prioritized { t, i in
            let f = t.flags[i]
            guard f.contains(.poor), t.labourers[i] > 0, open[Int(t.village[i])],
                  !f.contains(.welfarePost) || !f.contains(.teamGrant) else { return nil }
            return t.netIncomeYuan(i) / Float(t.persons[i])
        }
        var outOfMoney = false
        for word in candidates {
            let i = PriorityOrder.index(word), v = Int(state.households.village[i])
            if !state.households.flags[i].contains(.welfarePost), held[v] < posts {
                guard state.ledger.spend(.workTeams, year, Double(wage)) else { outOfMoney = true; continue }
                held[v] += 1
                state.households.flags[i].insert(.welfarePost)
                state.households.programYuan[i] += wage
            }
        }
        let openVillages = open.indices.filter { open[$0] }
        if posts > 0 && !openVillages.isEmpty {
            let target = posts * openVillages.count, filled = openVillages.reduce(0) { $0 + min(held[$1], posts) }
            let binding: TargetBinding = filled >= target ? .none : outOfMoney ? .budget : .eligiblePool
            state.targets.record(TargetRecord(program: .workTeams, year: year, target: target, achieved: filled, unit: "welfare posts filled",
                                              binding: binding, note: binding == .budget ? "预算不足" : binding == .eligiblePool ? "有劳动力的贫困户不足" : ""))
        }
        for word in candidates {
            let i = PriorityOrder.index(word)
            guard !state.households.flags[i].contains(.teamGrant) else { continue }
            guard state.ledger.spend(.workTeams, year, grantCost) else { break }
            state.households.flags[i].insert(.teamGrant)
        }
        state.households.addProgramIncome(perPerson: grantGain, toHouseholdsWith: .teamGrant)
    }
}
