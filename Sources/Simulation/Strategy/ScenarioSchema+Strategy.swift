import Planning

extension ScenarioSchema {
    /// The names of the relocation assignment methods.
    public static let assignmentMethods = ["nearest", "own_township_first", "optimized"]
    /// The names of the relocation priority rules.
    public static let relocationPriorities = ["hazard_first", "poorest_first", "remotest_first"]

    /// The strategy keys of `programs.relocation` (who moves, where to, when): eligibility
    /// rules, destinations, the assignment method and its weights, and phasing.
    static var relocationStrategy: [ScenarioField] {
        let kinds = SiteKind.allCases.filter(\.isResettlement).map(\.rawValue)
        return [
            ScenarioField("mandatory_zones", .list(of: .text(allowed: nil), reference: .zone),
                          .list([]), unit: "list of zone names",
                          "Of the eligible zones, those whose villages qualify without the `conditions` (typically the hazard zones)."),
            .section("conditions", "In the other eligible zones a village qualifies only when it meets every condition.", [
                .number("min_elevation_m", 0, 0...5000, unit: "metres", "Village elevation at least this."),
                .number("min_slope_deg", 0, 0...90, unit: "degrees", "Village slope at least this."),
                .number("min_road_distance_km", 0, 0...500, unit: "km", "Village at least this far from a road."),
                .integer("max_village_population_persons", 1_000_000, 0...Int.max, unit: "persons", "Village population at most this (small, scattered villages)."),
            ]),
            .fraction("nonpoor_take_up_fraction", 0, "同步搬迁: share of the willing non-poor households of a qualifying village that move with the poor (counted separately)."),
            .choice("priority", "hazard_first", relocationPriorities,
                    "Who moves first within a year's budget: hazard zones in the order listed, then lowest income; lowest income; farthest from a road."),
            .choice("assignment", "nearest", assignmentMethods,
                    "nearest site with room (own township first when `own_township_first`); own township first; or optimized (exact min-cost flow)."),
            .flag("keep_villages_together", false, "Optimized assignment: a village's movers of a year go to one site."),
            .integer("k_nearest_sites", 0, 0...10_000, unit: "sites", "Optimized assignment: consider only each village's k nearest allowed sites (0 = all)."),
            .section("weights", "Optimized assignment: the cost minimized, per person moved, in yuan-equivalents.", [
                .number("distance_yuan_per_km", 500, 0...1e7, unit: "yuan per person per km", "Weight of the distance moved."),
                .number("farmland_yuan_per_mu", 3000, 0...1e7, unit: "yuan per mu", "Weight of the old farmland (mu per person) whose use is lost with distance."),
                .fraction("cost_weight_fraction", 1, "Weight of the money spent per person (construction and subsidy)."),
                .number("no_job_yuan_per_person", 30_000, 0...1e8, unit: "yuan per person", "Weight of a site without jobs within reach (scaled by the share of jobs missing)."),
                .integer("full_job_access_jobs", 5_000, 1...Int.max, unit: "jobs", "Jobs within reach of a site at which the lack-of-jobs term is zero."),
            ]),
            .number("jobs_reach_km", 10, 0...500, unit: "km", "Jobs within this distance of a site count as within reach."),
            .number("construction_m2_per_person", 25, 0...25, unit: "m² per person", "Floor area built per person (policy maximum 25 m²); a site's `cost_per_person_yuan` is for 25 m²."),
            .named("subsidy_yuan_per_person_by_kind", kinds, [0, 0, 0, 0], 0...1e7, unit: "yuan per person",
                   "Moving and housing subsidy per person on top of construction, by site kind."),
            .named("capacity_persons_per_year_by_kind", kinds, [1e7, 1e7, 1e7, 1e7], 0...1e7, unit: "persons per site per year",
                   "Persons a site of each kind can take in one year (construction pace; the default 10,000,000 sets no limit)."),
            .flag("dispersed", false, "分散安置: households buy or build existing housing near the allowed sites with a subsidy instead of new construction (no yearly construction limit; the sites' capacity still applies)."),
            .number("dispersed_subsidy_yuan_per_person", 20_000, 0...1e7, unit: "yuan per person", "Housing subsidy per person when `dispersed`."),
            .number("tourism_income_kept_within_km", 0, 0...500, unit: "km",
                    "After the move: tourism participants keep their tourism income when their site is at most this far from home (0 = it is lost)."),
            .yearNumbers("max_persons_by_year", ScenarioField.defaultYears, [1e7, 1e7, 1e7, 1e7, 1e7], unit: "persons per year",
                         "Phasing: persons moved at most each year (besides the budget; years not in the map: no limit)."),
        ]
    }
}
