import Planning

/// Demolition of the old house and reclamation of the homestead (拆旧复垦), and the sale
/// of the construction-land quota it frees (城乡建设用地增减挂钩节余指标).
///
/// `demolition_delay_years` after its move, a household still living at its site
/// whose fixed draw is below `demolition_fraction` has its old house demolished and its
/// `homestead_mu_per_household` reclaimed, at `reclamation_cost_yuan_per_mu` from the
/// `old_land` budget (in table order; a homestead the year's budget cannot pay waits).
/// The reclaimed mu × `quota_fraction_of_reclaimed` become quota, sold
/// `quota_sale_delay_years` later at `quota_price_yuan_per_mu` (sales after the end year
/// are not counted), so the quota income never exceeds the reclaimed land's quota × price.
/// Scenario: `programs.old_land.*`.
public struct HomesteadReclamation: YearlyProcess {
    public static let name = "homestead_reclamation"
    let p: OldLandParameters

    public init(world: SimulationWorld) {
        p = world.scenario.parameters.programs.oldLand
    }

    /// - Complexity: O(households).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        var log = state.settlement[year] ?? SettlementYear()
        if p.demolitionFraction > 0 && p.homesteadMuPerHousehold > 0 {
            let cost = p.reclamationCostYuanPerMu * p.homesteadMuPerHousehold
            for i in 0..<state.households.count where state.households.location[i] >= 0 {
                let f = state.households.flags[i]
                guard !f.contains(.homesteadReclaimed), Int(state.households.movedYear[i]) + p.demolitionDelayYears <= year,
                      random.unit(.demolition, year: 0, household: i) < p.demolitionFraction else { continue }
                guard state.ledger.spend(.oldLand, year, cost) else { break }
                state.households.flags[i].insert(.homesteadReclaimed)
                log.demolishedHouseholds += 1
                log.reclaimedMu += p.homesteadMuPerHousehold
            }
        }
        log.quotaMu = log.reclaimedMu * p.quotaFractionOfReclaimed
        let sold = state.settlement[year - p.quotaSaleDelayYears].map(\.quotaMu) ?? 0
        let soldNow = p.quotaSaleDelayYears == 0 ? log.quotaMu : sold
        log.quotaSoldMu = soldNow
        log.quotaIncomeYuan = soldNow * p.quotaPriceYuanPerMu
        state.settlement[year] = log
    }
}
