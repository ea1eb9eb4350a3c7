import Planning

extension ScenarioSchema {
    static var programs: ScenarioField {
        .section("programs", "The four batches (四个一批) and the five projects, each within its budget.", [
            .flag("poor_villages_first", false,
                  "精准扶贫 targeting: breeding, orchards, jobs and housing serve the registered poor households of poor villages that have not yet exited before any others (each program's own order applies within each group)."),
            relocation, breeding, orchards, jobs, cooperatives, tourism, workTeams, minimumIncome, medicalAssistance, housing, infrastructure,
        ])
    }

    static var relocation: ScenarioField {
        .section("relocation", "Ex-situ relocation (易地扶贫搬迁) of households to resettlement sites.", [
            ScenarioField("eligible_zones", .list(of: .text(allowed: nil), reference: .zone),
                          .list([]), unit: "list of zone names",
                          "Households in villages of these zones (names of the county profile's `zones.list`) may move; zones listed first are served first."),
            .flag("poor_only", true, "Only registered poor households are eligible."),
            .fraction("take_up_fraction", 0.6, "Share of eligible households willing to move (drawn once per household)."),
            ScenarioField("site_kinds", .list(of: .text(allowed: SiteKind.allCases.filter(\.isResettlement).map(\.rawValue)), reference: nil),
                          .list(SiteKind.allCases.filter(\.isResettlement).map { .text($0.rawValue) }), unit: "list of site kinds",
                          "Kinds of resettlement site used."),
            .references("sites", .site, "If not empty, only these sites are used."),
            .flag("own_township_first", true, "Prefer the nearest site in the household's own township before any other."),
            .number("max_distance_km", 40, 0...500, unit: "km", "Sites farther than this from the village are not used."),
            .number("farm_income_loss_fraction_per_km", 0.04, 0...1, unit: "fraction per km", "Farm income lost per km between the site and the old land."),
            .budget([200_000_000, 250_000_000, 250_000_000, 150_000_000, 100_000_000]),
        ] + relocationStrategy)
    }

    static var breeding: ScenarioField {
        .section("breeding", "Standardized breeding bases in the mountains.", [
            .number("gain_yuan_per_person_per_year", 1200, 0...1e5, unit: "yuan per person per year", "Income gain of a participating household member."),
            .number("reach_km", 15, 0...500, unit: "km", "Villages within this distance of a breeding farm take part."),
            .flag("mountain_only", true, "Only villages in the three mountain terrain units take part."),
            .references("townships", .township, "If not empty, only villages of these townships take part."),
            .integer("households_per_farm_per_year", 400, 0...Int.max, unit: "households per farm per year", "New participants each farm can take in a year."),
            .fraction("take_up_fraction", 0.5, "Share of eligible poor households with labour that join."),
            .number("cost_yuan_per_household", 5000, 0...1e7, unit: "yuan per household", "Start-up support per joining household."),
            .budget([10_000_000, 10_000_000, 10_000_000, 8_000_000, 8_000_000]),
        ])
    }

    static var orchards: ScenarioField {
        .section("orchards", "Navel-orange and fruit orchards, paying only after a maturity lag.", [
            .number("gain_yuan_per_person_per_year", 900, 0...1e5, unit: "yuan per person per year", "Income gain once the orchard bears fruit."),
            .integer("maturity_lag_years", 3, 0...20, unit: "years", "Years between planting and the first gain."),
            .number("reach_km", 8, 0...500, unit: "km", "Villages within this distance of an orange park take part."),
            .fraction("take_up_fraction", 0.3, "Share of eligible poor households with labour that plant."),
            .number("cost_yuan_per_household", 4000, 0...1e7, unit: "yuan per household", "Seedlings and support per planting household."),
            .budget([6_000_000, 6_000_000, 6_000_000, 4_000_000, 4_000_000]),
        ])
    }

    static var jobs: ScenarioField {
        .section("jobs", "Jobs at the development zone, the cooperation park and the towns.", [
            .number("wage_yuan_per_year", 24000, 0...1e6, unit: "yuan per worker per year", "Wage of a job taken by a poor household's labourer."),
            .fraction("new_hire_fraction_of_jobs_per_year", 0.02, "Share of a site's jobs open to poor labourers each year."),
            .number("distance_decay_km", 10, 0.1...500, unit: "km", "Take-up falls by e for every this many km from home to the job."),
            .number("max_distance_km", 40, 0...500, unit: "km", "Jobs farther than this from home are not taken."),
            .fraction("take_up_fraction", 0.5, "Take-up of a job at zero distance."),
            .number("training_cost_yuan_per_worker", 2000, 0...1e6, unit: "yuan per worker", "Training and placement cost per hire."),
            .budget([3_000_000, 3_000_000, 3_000_000, 3_000_000, 3_000_000]),
        ])
    }

    static var cooperatives: ScenarioField {
        .section("cooperatives", "Farmer cooperatives in poor villages, paying dividends and giving the village collective income.", [
            .integer("new_per_year", 22, 0...Int.max, unit: "cooperatives per year", "Cooperatives founded each year (in poor villages, most poor first)."),
            .integer("members_per_cooperative", 40, 0...Int.max, unit: "households", "Poor households joining each cooperative."),
            .number("dividend_yuan_per_person_per_year", 300, 0...1e5, unit: "yuan per person per year", "Dividend paid to members."),
            .number("collective_income_yuan_per_cooperative_per_year", 20_000, 0...1e9, unit: "yuan per year", "Collective income a cooperative gives its village (资产收益)."),
            .number("cost_yuan_per_cooperative", 200_000, 0...1e9, unit: "yuan per cooperative", "Founding support."),
            .budget([5_000_000, 5_000_000, 5_000_000, 5_000_000, 5_000_000]),
        ])
    }

    static var tourism: ScenarioField {
        .section("tourism", "Rural tourism in designated poor villages.", [
            ScenarioField("villages_by_year", .yearMap(of: .integer(0...Int.max), years: ScenarioField.mapYears),
                          .map([15, 30, 38, 44, 50].enumerated().map { ScenarioEntry(String(2016 + $0), .integer($1)) }),
                          unit: "poor villages (cumulative)", "Poor villages designated as tourism spots by each year (years not in the map: none new)."),
            .references("villages", .village, "Villages designated first, in this order; the rest are chosen by proximity to tourism lines and spots."),
            .number("income_yuan_per_person_per_year", 1500, 0...1e5, unit: "yuan per person per year", "Income of a participant in the first year of designation."),
            .number("visitor_growth_fraction_per_year", 0.15, -1...5, unit: "fraction per year", "Growth of visitors (and income) per year since designation."),
            .number("line_bonus_fraction", 0.5, 0...10, unit: "fraction", "Extra income in villages on a tourism line (`tourism: true` in lines.geojson)."),
            .number("spot_decay_km", 10, 0.1...500, unit: "km", "Income halves towards 0.5× with distance to the nearest tourism spot on this scale."),
            .fraction("participation_fraction", 0.35, "Share of a designated village's households that take part (poor first)."),
            .number("cost_yuan_per_village", 1_000_000, 0...1e10, unit: "yuan per village", "Investment per designated village."),
            .budget([15_000_000, 15_000_000, 8_000_000, 6_000_000, 6_000_000]),
        ])
    }

    static var workTeams: ScenarioField {
        .section("work_teams", "Resident work teams in the poor villages (驻村工作队, first secretary, helper, agronomist, contact department): public-welfare posts and household industry grants for registered poor households of poor villages not yet exited.", [
            .integer("welfare_posts_per_village", 16, 0...Int.max, unit: "posts per poor village",
                     "Public-welfare posts (forest rangers, road keepers, cleaners) a work team fills in its village, for poor households with labour, lowest income first; kept after exit while the budget pays them."),
            .number("welfare_post_wage_yuan_per_year", 4800, 0...1e6, unit: "yuan per post per year", "Pay of a post, to the household, each year from the budget."),
            .number("industry_grant_yuan_per_household", 3000, 0...1e7, unit: "yuan per household", "One-time household industry grant (到户产业扶持) to each poor household with labour, lowest income first."),
            .number("industry_gain_yuan_per_person_per_year", 500, 0...1e5, unit: "yuan per person per year", "Income gain of a grant household member every year from the grant on."),
            .budget([5_000_000, 30_000_000, 20_000_000, 15_000_000, 15_000_000]),
        ])
    }

    static var minimumIncome: ScenarioField {
        .section("minimum_income", "Minimum-income guarantee (低保兜底) for poor households without labour.", [
            .yearNumbers("standard_yuan_per_person_by_year", ScenarioField.defaultYears, [3000, 3300, 3600, 3900, 4200],
                         unit: "yuan per person per year", "Income the guarantee tops up to (years not in the map: 0)."),
            .flag("also_ill_households", false, "Also cover poor households whose members are chronically ill."),
            .budget([30_000_000, 35_000_000, 40_000_000, 45_000_000, 50_000_000]),
        ])
    }

    static var medicalAssistance: ScenarioField {
        .section("medical_assistance", "Medical assistance (医疗救助) that offsets illness costs of poor households.", [
            .fraction("reimbursed_fraction", 0.9, "Share of the out-of-pocket illness cost reimbursed."),
            .budget([18_700_000, 22_000_000, 24_000_000, 25_000_000, 25_000_000]),
        ])
    }

    static var housing: ScenarioField {
        .section("housing", "Renovation of dilapidated houses (危房改造) of poor households.", [
            .number("cost_yuan_per_household", 25_000, 0...1e7, unit: "yuan per household", "Renovation cost."),
            .choice("priority", "closest_to_exit", ["closest_to_exit", "poorest_first"],
                    "Who is served first: households whose income already clears the line, or the lowest incomes."),
            .budget([60_000_000, 60_000_000, 40_000_000, 20_000_000, 20_000_000]),
        ])
    }

    static var infrastructure: ScenarioField {
        .section("infrastructure", "Village infrastructure for village exit (一低五有): road, water, power, broadband, clinic, cultural room, collective income; and the township facilities of county exit (一低三有).", [
            .named("cost_yuan", VillageItem.allCases.map(\.rawValue), [2_000_000, 1_500_000, 200_000, 150_000, 300_000, 200_000, 100_000], 0...1e10,
                   unit: "yuan per village", "Cost of building each missing item in a village (water: the brief's 55 clean-water projects, 500 million yuan, shared by about six villages each)."),
            .named("township_facility_cost_yuan", TownshipFacility.allCases.map(\.rawValue), [0, 0, 0], 0...1e10,
                   unit: "yuan per township",
                   "Cost of building a township facility of the county exit rule (一低三有) that a township lacks: central school, health centre, public service centre. Built after the villages' water and power and before their other items, the townships with the most registered poor persons first."),
            .fraction("collective_income_return_fraction", 0.1, "Yearly collective income from the collective_income investment, as a fraction of its cost."),
            .budget([30_000_000, 80_000_000, 80_000_000, 30_000_000, 20_000_000]),
        ])
    }
}

/// The village-exit items the infrastructure program builds.
public enum VillageItem: String, CaseIterable, Sendable {
    case road, water, power, broadband, clinic
    case cultureRoom = "culture_room"
    case collectiveIncome = "collective_income"
}
