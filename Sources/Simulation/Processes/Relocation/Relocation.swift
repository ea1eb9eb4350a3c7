/// Ex-situ relocation (易地扶贫搬迁): carries out each year's moves.
///
/// Who moves, where to and when is decided by the strategy (`RelocationStrategy`, in
/// Sources/Simulation/Strategy): eligibility by zone and conditions, take-up, 同步搬迁
/// movers, the priority rule, the phasing limit, and the assignment method (nearest,
/// own township first, or optimized) within the sites' room and the year's budget.
/// This process records the strategy's plan, then for every planned move spends its
/// cost from the `relocation` budget (a move that no longer fits is dropped), moves the
/// household to its site (occupancy, location, `relocated`; the house is then safe and
/// hazard exposure ends), cuts farm income by `farm_income_loss_fraction_per_km` per km
/// between the site and the old land, and counts the flow. Wage income then comes from
/// jobs within reach of the site (the `jobs` process). Scenario: `programs.relocation.*`.
public struct Relocation: YearlyProcess {
    public static let name = "relocation"
    let world: SimulationWorld
    let farmLossPerKm: Double
    let strategy: RelocationStrategy

    public init(world: SimulationWorld) {
        self.world = world
        farmLossPerKm = world.scenario.parameters.programs.relocation.farmIncomeLossFractionPerKilometre
        strategy = RelocationStrategy(world: world)
    }

    /// - Complexity: O(households + eligible × sites).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        // Who moves where this year is the strategy's (Sources/Simulation/Strategy); the move's effects are here.
        let plan = strategy.plan(state: state, year: year, budgetYuan: state.ledger.remaining(.relocation, year), world: world)
        state.relocation.record(plan, year: year)
        for move in plan.moves {
            let i = move.household, v = Int(state.households.village[i]), persons = Int(state.households.persons[i])
            let s = move.site
            guard state.ledger.spend(.relocation, year, move.costYuan) else { continue }
            state.siteOccupancyPersons[s] += persons
            state.households.location[i] = Int32(s)
            state.households.flags[i].insert(.relocated)
            state.households.flags[i].remove(.unsafeHousing)
            let keep = max(0, 1 - farmLossPerKm * strategy.destinations.distanceKilometres[v][move.destination])
            state.households.farmYuan[i] *= Float(keep)
            let key = FlowKey(year: year, village: v, site: s)
            let old = state.flows[key] ?? (0, 0)
            state.flows[key] = (old.households + 1, old.persons + persons)
        }
    }
}
