import Planning

/// Ex-situ relocation (`programs.relocation.*`): who may move (zones, conditions,
/// take-up), where to (site kinds, sites, distance, cost), how households are placed
/// (priority, assignment, weights) and when (budget, phasing). Read by the relocation
/// process, its strategy, household synthesis (take-up) and tourism (income kept).
public struct RelocationParameters: ScenarioSection {
    /// Who moves first within a year's budget.
    public enum Priority: String, CaseIterable, Sendable {
        case hazardFirst = "hazard_first", poorestFirst = "poorest_first", remotestFirst = "remotest_first"
    }
    /// How movers are placed.
    public enum Assignment: String, CaseIterable, Sendable {
        case nearest
        case ownTownshipFirst = "own_township_first"
        case optimized
    }

    static let resettlementKinds = SiteKind.allCases.filter(\.isResettlement)

    static let eligibleZones = ScenarioKey<[String]>.references("eligible_zones", .zone, unit: "list of zone names",
        "Households in villages of these zones (names of the county profile's `zones.list`) may move; zones listed first are served first.")
    static let poorOnly = ScenarioKey<Bool>.flag("poor_only", true, "Only registered poor households are eligible.")
    static let takeUp = ScenarioKey<Double>.fraction("take_up_fraction", 0.6, "Share of eligible households willing to move (drawn once per household).")
    static let siteKinds = ScenarioKey<[String]>.names("site_kinds", allowed: resettlementKinds.map(\.rawValue), resettlementKinds.map(\.rawValue),
        unit: "list of site kinds", "Kinds of resettlement site used.")
    static let sites = ScenarioKey<[String]>.references("sites", .site, "If not empty, only these sites are used (each a resettlement site of the `site_kinds` with capacity).")
    static let ownTownshipFirst = ScenarioKey<Bool>.flag("own_township_first", true, "Prefer the nearest site in the household's own township before any other.")
    static let maxDistance = ScenarioKey<Double>.number("max_distance_km", 40, 0...500, unit: "km", "Sites farther than this from the village are not used.")
    static let farmLossPerKm = ScenarioKey<Double>.number("farm_income_loss_fraction_per_km", 0.04, 0...1, unit: "fraction per km", "Farm income lost per km between the site and the old land.")
    static let budget = ScenarioKey<[Int: Double]>.budget()
    static let mandatoryZones = ScenarioKey<[String]>.references("mandatory_zones", .zone, unit: "list of zone names",
        "Of the eligible zones, those whose villages qualify without the `conditions` (typically the hazard zones); each must be one of `eligible_zones`.")
    static let nonpoorTakeUp = ScenarioKey<Double>.fraction("nonpoor_take_up_fraction", 0, "同步搬迁: share of the willing non-poor households of a qualifying village that move with the poor (counted separately).")
    static let priority = ScenarioKey<Priority>.choice("priority", .hazardFirst,
        "Who moves first within a year's budget: hazard zones in the order listed, then lowest income; lowest income; farthest from a road.")
    static let assignment = ScenarioKey<Assignment>.choice("assignment", .nearest,
        "nearest site with room (own township first when `own_township_first`); own township first; or optimized (exact min-cost flow).")
    static let keepVillagesTogether = ScenarioKey<Bool>.flag("keep_villages_together", false, "Optimized assignment: a village's movers of a year go to one site.")
    static let kNearestSites = ScenarioKey<Int>.integer("k_nearest_sites", 0, 0...10_000, unit: "sites", "Optimized assignment: consider only each village's k nearest allowed sites (0 = all).")
    static let jobsReach = ScenarioKey<Double>.number("jobs_reach_km", 10, 0...500, unit: "km", "Jobs within this distance of a site count as within reach.")
    static let constructionArea = ScenarioKey<Double>.number("construction_m2_per_person", 25, 0...25, unit: "m² per person", "Floor area built per person (policy maximum 25 m²); a site's `cost_per_person_yuan` is for 25 m².")
    static let subsidyByKind = ScenarioKey.named("subsidy_yuan_per_person_by_kind", resettlementKinds, [0, 0, 0, 0], 0...1e7, unit: "yuan per person",
        "Moving and housing subsidy per person on top of construction, by site kind.")
    static let capacityByKind = ScenarioKey.named("capacity_persons_per_year_by_kind", resettlementKinds, [1e7, 1e7, 1e7, 1e7], 0...1e7, unit: "persons per site per year",
        "Persons a site of each kind can take in one year (construction pace; the default 10,000,000 sets no limit).")
    static let dispersed = ScenarioKey<Bool>.flag("dispersed", false, "分散安置: households buy or build existing housing near the allowed sites with a subsidy instead of new construction (no yearly construction limit; the sites' capacity still applies).")
    static let dispersedSubsidy = ScenarioKey<Double>.number("dispersed_subsidy_yuan_per_person", 20_000, 0...1e7, unit: "yuan per person", "Housing subsidy per person when `dispersed`.")
    static let tourismIncomeKept = ScenarioKey<Double>.number("tourism_income_kept_within_km", 0, 0...500, unit: "km",
        "After the move: tourism participants keep their tourism income when their site is at most this far from home (0 = it is lost).")
    static let contributionPerPerson = ScenarioKey<Double>.number("household_contribution_yuan_per_person", 0, 0...1e6, unit: "yuan per person",
        "What a moving household pays itself towards its new home, per person (from savings or a loan, not from the year's income); the public cost of the move is that much lower.")
    static let contributionCap = ScenarioKey<Double>.number("household_contribution_cap_yuan_per_household", 0, 0...1e7, unit: "yuan per household",
        "The most a household pays itself (0: no cap besides the per-person amount).")
    static let maxPersonsByYear = ScenarioKey<[Int: Double]>.yearNumbers("max_persons_by_year", unit: "persons per year",
        "Phasing: persons moved at most each year (besides the budget; years not in the map, and the default: no limit).")

    public static let schema = ScenarioField.section("relocation", "Ex-situ relocation (易地扶贫搬迁) of households to resettlement sites.", keys: [
        eligibleZones, poorOnly, takeUp, siteKinds, sites, ownTownshipFirst, maxDistance, farmLossPerKm, budget,
        mandatoryZones, RelocationConditions.schema, nonpoorTakeUp, priority, assignment, keepVillagesTogether, kNearestSites,
        AssignmentWeightParameters.schema, jobsReach, constructionArea, subsidyByKind, capacityByKind, dispersed, dispersedSubsidy,
        tourismIncomeKept, maxPersonsByYear, contributionPerPerson, contributionCap, SettlingParameters.schema,
    ])

    /// Zone names, served first to last under `hazard_first`.
    public var eligibleZones: [String]
    public var poorOnly: Bool
    /// Share of households willing to move (drawn at synthesis).
    public var takeUpFraction: Double
    public var siteKinds: [SiteKind]
    /// Site ids (empty: every site of the kinds).
    public var sites: [String]
    public var ownTownshipFirst: Bool
    public var maxDistanceKilometres: Double
    public var farmIncomeLossFractionPerKilometre: Double
    public var budgetYuanByYear: [Int: Double]
    /// Zone names (each one of `eligibleZones`).
    public var mandatoryZones: [String]
    public var conditions: RelocationConditions
    public var nonpoorTakeUpFraction: Double
    public var priority: Priority
    public var assignment: Assignment
    public var keepVillagesTogether: Bool
    public var kNearestSites: Int
    public var weights: AssignmentWeightParameters
    public var jobsReachKilometres: Double
    public var constructionSquareMetresPerPerson: Double
    public var subsidyYuanPerPersonByKind: [SiteKind: Double]
    public var capacityPersonsPerYearByKind: [SiteKind: Double]
    public var dispersed: Bool
    public var dispersedSubsidyYuanPerPerson: Double
    public var tourismIncomeKeptWithinKilometres: Double
    /// Persons moved at most by year (a year not in the map: no limit).
    public var maxPersonsByYear: [Int: Double]
    public var householdContributionYuanPerPerson: Double
    /// 0: no cap.
    public var householdContributionCapYuanPerHousehold: Double
    public var settling: SettlingParameters

    /// What a household of `persons` pays itself towards its new home, yuan.
    public func householdContributionYuan(persons: Int) -> Double {
        let full = householdContributionYuanPerPerson * Double(persons)
        return householdContributionCapYuanPerHousehold > 0 ? min(full, householdContributionCapYuanPerHousehold) : full
    }

    public init(_ r: ScenarioReader) throws {
        eligibleZones = r[Self.eligibleZones]
        mandatoryZones = r[Self.mandatoryZones]
        poorOnly = r[Self.poorOnly]
        takeUpFraction = r[Self.takeUp]
        siteKinds = r[Self.siteKinds].compactMap(SiteKind.init(rawValue:))
        sites = r[Self.sites]
        ownTownshipFirst = r[Self.ownTownshipFirst]
        maxDistanceKilometres = r[Self.maxDistance]
        farmIncomeLossFractionPerKilometre = r[Self.farmLossPerKm]
        budgetYuanByYear = r[Self.budget]
        conditions = try r.section(RelocationConditions.self)
        nonpoorTakeUpFraction = r[Self.nonpoorTakeUp]
        priority = r[Self.priority]
        assignment = r[Self.assignment]
        keepVillagesTogether = r[Self.keepVillagesTogether]
        kNearestSites = r[Self.kNearestSites]
        weights = try r.section(AssignmentWeightParameters.self)
        jobsReachKilometres = r[Self.jobsReach]
        constructionSquareMetresPerPerson = r[Self.constructionArea]
        subsidyYuanPerPersonByKind = r[Self.subsidyByKind]
        capacityPersonsPerYearByKind = r[Self.capacityByKind]
        dispersed = r[Self.dispersed]
        dispersedSubsidyYuanPerPerson = r[Self.dispersedSubsidy]
        tourismIncomeKeptWithinKilometres = r[Self.tourismIncomeKept]
        maxPersonsByYear = r[Self.maxPersonsByYear]
        householdContributionYuanPerPerson = r[Self.contributionPerPerson]
        householdContributionCapYuanPerHousehold = r[Self.contributionCap]
        settling = try r.section(SettlingParameters.self)
    }

    /// Run after the zone and site names were found in the region.
    /// - Throws: `ScenarioError` at a mandatory zone that is not an eligible zone, or at
    ///   a listed site that relocation cannot use: not a resettlement site, of a kind not
    ///   in `site_kinds`, or without capacity (either would otherwise switch relocation
    ///   off for those villages or altogether without a word).
    public func check(in region: Region, _ r: ScenarioReader) throws {
        for (i, zone) in mandatoryZones.enumerated() where !eligibleZones.contains(zone) {
            let listed = eligibleZones.isEmpty ? "none" : eligibleZones.map { "\"\($0)\"" }.joined(separator: ", ")
            throw r.error(Self.mandatoryZones, item: "[\(i)]",
                          "\"\(zone)\" is not one of \(r.path(Self.eligibleZones)) (\(listed)): a mandatory zone must be eligible, else its villages never move")
        }
        for (i, id) in sites.enumerated() {
            guard let k = region.siteIndex[id] else { continue }
            let site = region.sites[k]
            let problem: String? =
                !site.kind.isResettlement ? "is a \(site.kind.rawValue), not a resettlement site (\(Self.resettlementKinds.map(\.rawValue).joined(separator: ", ")))"
                : !siteKinds.contains(site.kind) ? "is a \(site.kind.rawValue), a kind not in \(r.path(Self.siteKinds)) (\(siteKinds.map(\.rawValue).joined(separator: ", ")))"
                : site.capacityPersons <= 0 ? "has no capacity (capacity_persons \(site.capacityPersons) in sites.geojson)"
                : nil
            if let problem {
                throw r.error(Self.sites, item: "[\(i)]", "site \"\(id)\" \(problem): relocation cannot use it")
            }
        }
    }
}

/// The conditions a village of a non-mandatory eligible zone must meet (`programs.relocation.conditions.*`).
public struct RelocationConditions: ScenarioSection {
    static let minElevation = ScenarioKey<Double>.number("min_elevation_m", 0, 0...5000, unit: "metres", "Village elevation at least this.")
    static let minSlope = ScenarioKey<Double>.number("min_slope_deg", 0, 0...90, unit: "degrees", "Village slope at least this.")
    static let minRoadDistance = ScenarioKey<Double>.number("min_road_distance_km", 0, 0...500, unit: "km", "Village at least this far from a road.")
    static let maxPopulation = ScenarioKey<Int>.integer("max_village_population_persons", 1_000_000, 0...100_000_000, unit: "persons", "Village population at most this (small, scattered villages).")

    public static let schema = ScenarioField.section("conditions", "In the other eligible zones a village qualifies only when it meets every condition.", keys: [
        minElevation, minSlope, minRoadDistance, maxPopulation,
    ])

    public var minElevationMetres, minSlopeDegrees, minRoadDistanceKilometres: Double
    public var maxVillagePopulationPersons: Int

    public init(_ r: ScenarioReader) {
        minElevationMetres = r[Self.minElevation]
        minSlopeDegrees = r[Self.minSlope]
        minRoadDistanceKilometres = r[Self.minRoadDistance]
        maxVillagePopulationPersons = r[Self.maxPopulation]
    }
}

/// The weights of the optimized assignment's objective (`programs.relocation.weights.*`), per person moved.
public struct AssignmentWeightParameters: ScenarioSection {
    static let distance = ScenarioKey<Double>.number("distance_yuan_per_km", 500, 0...1e7, unit: "yuan per person per km", "Weight of the distance moved.")
    static let farmland = ScenarioKey<Double>.number("farmland_yuan_per_mu", 3000, 0...1e7, unit: "yuan per mu", "Weight of the old farmland (mu per person) whose use is lost with distance.")
    static let costWeight = ScenarioKey<Double>.fraction("cost_weight_fraction", 1, "Weight of the money spent per person (construction and subsidy).")
    static let noJob = ScenarioKey<Double>.number("no_job_yuan_per_person", 30_000, 0...1e8, unit: "yuan per person", "Weight of a site without jobs within reach (scaled by the share of jobs missing).")
    static let fullJobAccess = ScenarioKey<Int>.integer("full_job_access_jobs", 5_000, 1...100_000_000, unit: "jobs", "Jobs within reach of a site at which the lack-of-jobs term is zero.")

    public static let schema = ScenarioField.section("weights", "Optimized assignment: the cost minimized, per person moved, in yuan-equivalents.", keys: [
        distance, farmland, costWeight, noJob, fullJobAccess,
    ])

    public var distanceYuanPerKilometre, farmlandYuanPerMu, costWeightFraction, noJobYuanPerPerson: Double
    public var fullJobAccessJobs: Int

    public init(_ r: ScenarioReader) {
        distanceYuanPerKilometre = r[Self.distance]
        farmlandYuanPerMu = r[Self.farmland]
        costWeightFraction = r[Self.costWeight]
        noJobYuanPerPerson = r[Self.noJob]
        fullJobAccessJobs = r[Self.fullJobAccess]
    }
}
