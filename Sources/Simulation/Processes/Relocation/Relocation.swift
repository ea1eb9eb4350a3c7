/// Ex-situ relocation (易地扶贫搬迁): eligible households move to resettlement sites
/// within the year's budget and the sites' capacities. Priority: the zone listed first
/// in `eligible_zones`, then the lowest income per person, then household order. A
/// household that does not fit (no site with room, or the money left) waits a year.
///
/// After the move the house is safe, hazard exposure ends, and farm income falls by
/// `farm_income_loss_fraction_per_km` per km between the site and the old land; wage
/// income then comes from jobs within reach of the site (the `jobs` process).
/// Scenario: `programs.relocation.*`.
public struct Relocation: YearlyProcess {
    public static let name = "relocation"
    let world: SimulationWorld
    let eligibility: RelocationEligibility
    let sites: ResettlementSites
    let assignment: NearestSiteAssignment
    let farmLossPerKm: Double
    let strategy: RelocationStrategy

    public init(world: SimulationWorld) {
        self.world = world
        eligibility = RelocationEligibility(world: world)
        sites = ResettlementSites(world: world)
        assignment = NearestSiteAssignment(world: world, sites: sites)
        farmLossPerKm = world.scenario.number("programs.relocation.farm_income_loss_fraction_per_km")
        strategy = RelocationStrategy(world: world)
    }

    /// - Complexity: O(households + eligible × sites).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        // Who moves where this year is the strategy's (Sources/Simulation/Strategy); the move's effects are here.
        let plan = strategy.plan(state: state, year: year, budgetYuan: state.ledger.remaining("relocation", year), world: world)
        state.relocation.record(plan, year: year)
        for move in plan.moves {
            let i = move.household, v = Int(state.households.village[i]), persons = Int(state.households.persons[i])
            let s = move.site
            guard state.ledger.spend("relocation", year, move.costYuan) else { continue }
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
