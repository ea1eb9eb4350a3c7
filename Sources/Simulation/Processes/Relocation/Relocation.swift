/// Ex-situ relocation (易地扶贫搬迁): carries out each year's moves.
///
/// Who moves, where to and when is decided by the strategy (`RelocationStrategy`, in
/// Sources/Simulation/Strategy): eligibility by zone and conditions, take-up, 同步搬迁
/// movers, the priority rule, the phasing limit, and the assignment method (nearest,
/// own township first, or optimized) within the sites' room and the year's budget.
/// This process records the strategy's plan, then for every planned move spends its
/// cost, less what the household pays itself (`household_contribution_*`), from the
/// `relocation` budget (a move that no longer fits is dropped), moves the household to
/// its site (occupancy, location, `relocated`, the year moved; the house is then safe
/// and hazard exposure ends), sets its farm income from its old land (`ContractedLand`:
/// farmed with a loss per km, rented out or in a cooperative), and counts the flow.
/// Wage income then comes from jobs within reach of the site (the `jobs` process) and
/// follow-up support (`follow_up_support`). Scenario: `programs.relocation.*`, `programs.old_land.*`.
public struct Relocation: YearlyProcess {
    public static let name = "relocation"
    let world: SimulationWorld
    let strategy: RelocationStrategy
    let land: ContractedLand
    let parameters: RelocationParameters

    public init(world: SimulationWorld) {
        self.world = world
        parameters = world.scenario.parameters.programs.relocation
        strategy = RelocationStrategy(world: world)
        land = ContractedLand(world: world)
    }

    /// - Complexity: O(households + eligible × sites).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        // Who moves where this year is the strategy's (Sources/Simulation/Strategy); the move's effects are here.
        let plan = strategy.plan(state: state, year: year, budgetYuan: state.ledger.remaining(.relocation, year), world: world)
        state.relocation.record(plan, year: year)
        var contributions = 0.0
        for move in plan.moves {
            let i = move.household, v = Int(state.households.village[i]), persons = Int(state.households.persons[i])
            let s = move.site
            let contribution = min(move.costYuan, parameters.householdContributionYuan(persons: persons))
            guard state.ledger.spend(.relocation, year, move.costYuan - contribution) else { continue }
            contributions += contribution
            state.siteOccupancyPersons[s] += persons
            state.households.location[i] = Int32(s)
            state.households.movedYear[i] = Int16(clamping: year)
            state.households.flags[i].insert(.relocated)
            state.households.flags[i].remove(.unsafeHousing)
            let farm = state.households.farmYuan[i]
            state.households.homeFarmYuan[i] = farm
            let after = land.income(farm: farm, persons: persons, village: v,
                                    km: strategy.destinations.distanceKilometres[v][move.destination],
                                    hasCooperative: state.villages.cooperatives[v] > 0,
                                    draw: random.unit(.landRent, year: 0, household: i))
            state.households.farmYuan[i] = after.yuan
            if after.earns { state.households.flags[i].insert(.landIncome) }
            let key = FlowKey(year: year, village: v, site: s)
            let old = state.flows[key] ?? (0, 0)
            state.flows[key] = (old.households + 1, old.persons + persons)
        }
        state.settlement[year, default: SettlementYear()].householdContributionYuan += contributions
    }
}
