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

    public init(world: SimulationWorld) {
        self.world = world
        eligibility = RelocationEligibility(world: world)
        sites = ResettlementSites(world: world)
        assignment = NearestSiteAssignment(world: world, sites: sites)
        farmLossPerKm = world.scenario.number("programs.relocation.farm_income_loss_fraction_per_km")
    }

    /// - Complexity: O(households + eligible × sites).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        var candidates: [(rank: Int, income: Float, i: Int)] = []
        let t = state.households
        for i in 0..<t.count where eligibility.isEligible(i, in: t) {
            candidates.append((eligibility.zoneRank[Int(t.village[i])]!, t.netIncomeYuan(i) / Float(t.persons[i]), i))
        }
        candidates.sort { ($0.rank, $0.income, $0.i) < ($1.rank, $1.income, $1.i) }
        for c in candidates {
            let i = c.i, v = Int(state.households.village[i]), persons = Int(state.households.persons[i])
            guard let k = assignment.choose(village: v, persons: persons, sites: sites, world: world,
                                            occupancy: state.siteOccupancyPersons) else { continue }
            let s = sites.sites[k]
            guard state.ledger.spend("relocation", year, Double(persons) * world.sites[s].costYuanPerPerson) else { continue }
            state.siteOccupancyPersons[s] += persons
            state.households.location[i] = Int32(s)
            state.households.flags[i].insert(.relocated)
            state.households.flags[i].remove(.unsafeHousing)
            let keep = max(0, 1 - farmLossPerKm * sites.distanceKilometres[v][k])
            state.households.farmYuan[i] *= Float(keep)
            let key = FlowKey(year: year, village: v, site: s)
            let old = state.flows[key] ?? (0, 0)
            state.flows[key] = (old.households + 1, old.persons + persons)
        }
    }
}
