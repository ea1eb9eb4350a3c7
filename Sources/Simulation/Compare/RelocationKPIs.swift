import Planning

/// The key figures `benkang compare` reports for one run: relocation (who moved, how
/// far, where to, at what cost, with what income and jobs) beside the poverty figures.
public enum RelocationKPIs {
    /// Jobs within this distance of a new home count as within reach.
    public static let jobsReachKilometres = 10.0

    /// The figures of `result`, a run of `world`, in a fixed order.
    /// - Complexity: O(villages + flows × job sites + sites).
    public static func of(_ result: RunResult, world: SimulationWorld) -> [KeyFigure] {
        var out: [KeyFigure] = []
        let flows = result.flows
        let movedPersons = flows.reduce(0) { $0 + $1.persons }
        out.append(KeyFigure("relocated_persons", Double(movedPersons), .neither))
        out.append(KeyFigure("relocated_households", Double(flows.reduce(0) { $0 + $1.households }), .neither))
        out.append(KeyFigure("relocated_nonpoor_persons", Double(result.relocation.nonpoorMovedPersons), .neither))
        let cost = result.county.reduce(0) { $0 + $1.costYuan }
        let lifted = result.county.dropFirst().reduce(0) { $0 + $1.liftedOutPersons }
        out.append(KeyFigure("cost_yuan_total", cost, .lower))
        out.append(KeyFigure("cost_yuan_relocation", result.spentYuan["relocation"]?.values.reduce(0, +) ?? 0, .lower))
        out.append(KeyFigure("cost_yuan_per_person_lifted_out", lifted > 0 ? cost / Double(lifted) : 0, .lower))
        // The poor persons of every year up to the target year (the county profile's
        // county_exit calibration year, else the end year) and of the end year.
        let end = world.years.upperBound, target = targetYear(world)
        for y in Array(world.years.lowerBound...target) + (target < end ? [end] : []) {
            let poor = result.county.first { $0.year == y }?.poorPersons ?? 0
            out.append(KeyFigure("poor_persons_\(y)", Double(poor), .lower))
        }
        out.append(KeyFigure("villages_exited_by_\(target)", Double(result.county.first { $0.year == target }?.villagesExitedTotal ?? 0), .higher))
        out.append(KeyFigure("county_exit_year", Quantiles.year(result.countyExitYear), .lower))

        var distances: [(km: Double, persons: Int)] = []
        var own = 0, jobsPersons = 0.0
        let region = world.region
        for f in flows {
            guard let v = region.villageIndex[f.villageID], let s = region.siteIndex[f.siteID] else { continue }
            let village = region.villages[v], site = region.sites[s]
            distances.append((region.distanceKilometres(village: village, site: site), f.persons))
            if village.townshipCode == site.townshipCode { own += f.persons }
            jobsPersons += Double(jobsNear(site, in: region) * f.persons)
        }
        let mean = movedPersons > 0 ? distances.reduce(0) { $0 + $1.km * Double($1.persons) } / Double(movedPersons) : 0
        out.append(KeyFigure("distance_moved_km_mean", mean, .lower))
        out.append(KeyFigure("distance_moved_km_p90", weightedQuantile(distances, 0.9), .lower))
        out.append(KeyFigure("own_township_share", movedPersons > 0 ? Double(own) / Double(movedPersons) : 0, .higher))

        // Residents of the county profile's zones with `hazard: true` count as "still in hazard zones".
        var hazard = 0
        let hazardZones = world.region.zoneSet(where: \.hazard)
        if let last = result.villages.last {
            for (v, village) in world.villages.enumerated() where village.zones.intersects(hazardZones) {
                hazard += last[v].persons - last[v].relocatedPersons
            }
        }
        out.append(KeyFigure("hazard_zone_persons_\(end)", Double(hazard), .lower))
        var hazardPoor = 0
        if let last = result.villages.last {
            for (v, village) in world.villages.enumerated() where village.zones.intersects(hazardZones) {
                hazardPoor += last[v].poorPersons - last[v].relocatedPoorPersons
            }
        }
        out.append(KeyFigure("hazard_zone_poor_persons_\(end)", Double(hazardPoor), .lower))
        let destinations = DestinationCatalog(world: world)
        let capacity = destinations.sites.reduce(0) { $0 + world.sites[$1].capacityPersons }
        out.append(KeyFigure("site_occupancy_fraction", capacity > 0 ? Double(movedPersons) / Double(capacity) : 0, .neither))
        let log = result.relocation
        out.append(KeyFigure("income_yuan_per_person_\(end)_relocated",
                             log.relocatedPersons > 0 ? log.relocatedIncomeYuan / Double(log.relocatedPersons) : 0, .higher))
        out.append(KeyFigure("jobs_within_10km_of_new_home", movedPersons > 0 ? jobsPersons / Double(movedPersons) : 0, .higher))
        out.append(KeyFigure("assignment_objective_yuan_equivalent", Double(log.objective), .neither))
        out.append(KeyFigure("assignment_objective_yuan_equivalent_per_person_moved",
                             movedPersons > 0 ? Double(log.objective) / Double(movedPersons) : 0, .lower))
        out += settlementFigures(result, world: world, capacity: capacity)
        let unassigned = log.finalUnassigned
        for reason in UnassignedReason.allCases {
            out.append(KeyFigure("unassigned_persons_\(end)_\(reason.rawValue)", Double(unassigned[reason]?.persons ?? 0), .neither))
        }
        return out
    }

    /// 搬得出、稳得住、能致富: follow-up support, settling, the old land and the cost per
    /// person settled with the quota income netted (`SettlementYear`, summed over the years
    /// or at the end year).
    static func settlementFigures(_ result: RunResult, world: SimulationWorld, capacity: Int) -> [KeyFigure] {
        let end = world.years.upperBound
        let years = result.settlement, last = years.last ?? SettlementYear()
        func total(_ value: (SettlementYear) -> Double) -> Double { years.reduce(0) { $0 + value($1) } }
        func spent(_ p: Program) -> Double { result.spentYuan[p.rawValue]?.values.reduce(0, +) ?? 0 }
        var out: [KeyFigure] = []
        out.append(KeyFigure("relocated_persons_living_at_sites_\(end)", Double(last.relocated.persons), .higher))
        out.append(KeyFigure("site_occupied_fraction_\(end)", capacity > 0 ? Double(last.relocated.persons) / Double(capacity) : 0, .neither))
        out.append(KeyFigure("follow_up_posts_filled_\(end)", Double(last.workshopPosts + last.siteWelfarePosts), .neither))
        out.append(KeyFigure("trained_households_total", total { Double($0.trainedHouseholds) }, .neither))
        out.append(KeyFigure("cost_yuan_follow_up_support", spent(.followUpSupport), .lower))
        out.append(KeyFigure("employment_rate_relocated_with_labour_\(end)", last.employmentRate, .higher))
        out.append(KeyFigure("income_yuan_per_person_\(end)_comparable_stayers", last.stayerIncomeYuanPerPerson, .neither))
        out.append(KeyFigure("income_yuan_per_person_\(end)_relocated_ever_poor", last.relocatedEverPoorIncomeYuanPerPerson, .higher))
        out.append(KeyFigure("income_ratio_relocated_ever_poor_to_stayers_\(end)", last.incomeRatioToStayers, .higher))
        out.append(KeyFigure("relocated_poor_persons_\(end)", Double(last.relocatedPoorPersons), .lower))
        out.append(KeyFigure("moved_back_households_total", total { Double($0.movedBack.households) }, .lower))
        out.append(KeyFigure("moved_back_persons_total", total { Double($0.movedBack.persons) }, .lower))
        out.append(KeyFigure("fell_back_households_total", total { Double($0.fellBack.households) }, .lower))
        out.append(KeyFigure("demolished_households_total", total { Double($0.demolishedHouseholds) }, .neither))
        out.append(KeyFigure("reclaimed_mu_total", total(\.reclaimedMu), .higher))
        let quota = total(\.quotaIncomeYuan)
        out.append(KeyFigure("quota_income_yuan_total", quota, .higher))
        out.append(KeyFigure("cost_yuan_old_land", spent(.oldLand), .lower))
        out.append(KeyFigure("household_contribution_yuan_total", total(\.householdContributionYuan), .lower))
        let allCost = result.county.reduce(0) { $0 + $1.costYuan }
        out.append(KeyFigure("cost_yuan_total_net_of_quota", allCost - quota, .lower))
        let relocationCost = spent(.relocation) + spent(.followUpSupport) + spent(.oldLand) - quota
        out.append(KeyFigure("cost_yuan_relocation_net_of_quota", relocationCost, .lower))
        out.append(KeyFigure("cost_yuan_per_person_settled", last.relocated.persons > 0 ? relocationCost / Double(last.relocated.persons) : 0, .lower))
        return out
    }

    /// The year the plan aims the county's exit at: the year of the profile's
    /// `county_exit` calibration target, else the end year (within the simulated years).
    public static func targetYear(_ world: SimulationWorld) -> Int {
        let year = world.region.profile.calibration.first { $0.figure == .countyExit }?.year ?? world.years.upperBound
        return min(max(year, world.years.lowerBound), world.years.upperBound)
    }

    /// Jobs at the sites within `jobsReachKilometres` (a fixed 10 km, whatever the
    /// scenario's `jobs_reach_km`, so strategies compare on one yardstick) of `site`.
    static func jobsNear(_ site: Site, in region: Region) -> Int {
        DestinationCatalog.jobs(within: jobsReachKilometres, of: site, among: region.sites)
    }

    /// The person-weighted quantile `q` of distances (the smallest distance at which the
    /// cumulative persons reach q of the total); 0 when nobody moved.
    static func weightedQuantile(_ values: [(km: Double, persons: Int)], _ q: Double) -> Double {
        let total = values.reduce(0) { $0 + $1.persons }
        guard total > 0 else { return 0 }
        var cumulative = 0
        for v in values.sorted(by: { $0.km < $1.km }) {
            cumulative += v.persons
            if Double(cumulative) >= q * Double(total) { return v.km }
        }
        return values.map(\.km).max() ?? 0
    }
}
