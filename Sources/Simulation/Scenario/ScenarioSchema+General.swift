import Planning

extension ScenarioSchema {
    /// The yearly processes by their scenario names, in the default (documented) order.
    public static let processNames = [
        "income_growth", "illness", "disasters", "price_shocks", "relocation", "breeding", "orchards",
        "jobs", "cooperatives", "tourism", "work_teams", "minimum_income", "medical_assistance", "housing", "infrastructure",
    ]

    static var general: [ScenarioField] {
        [
            ScenarioField("name", .text(allowed: nil), .text("baseline"), unit: "text", "A short name shown in reports."),
            ScenarioField("description", .text(allowed: nil), .text(""), unit: "text", "What the scenario assumes, in a sentence or two."),
            .integer("seed", 2015, 0...Int.max, unit: "integer", "Seed of every random stream (one stream per run and village)."),
            .integer("runs", 1, 1...100_000, unit: "runs", "Ensemble size when the command line gives no --runs."),
            .yearNumbers("poverty_line_yuan_per_person", 2014...2020,
                         [2800, 2855, 2952, 2952, 2995, 3218, 4000], unit: "yuan per person per year",
                         "National rural poverty line by year (current prices). Every year from the county profile's base year to its end year needs one. 2017 and 2018 are the commonly cited values, not verified from a reachable source."),
            ScenarioField("poverty_line_assumed_years", .list(of: .integer(ScenarioField.mapYears), reference: nil),
                          .list([.integer(2017), .integer(2018)]), unit: "list of years",
                          "The years whose poverty line is an assumption rather than a verified published figure; marked in the outputs."),
            .flag("calibration", false,
                  "The scenario is meant to reproduce the county's reported figures: simulate and compare print its calibration against the county profile's targets (calibrate always does)."),
            ScenarioField("processes", .list(of: .text(allowed: processNames), reference: nil),
                          .list(processNames.map { .text($0) }), unit: "list of process names",
                          "The yearly processes to run, in order. Leave one out to switch it off."),
        ]
    }

    static var households: ScenarioField {
        .section("households", "How households are synthesized from the village attributes of the base year.", [
            .fraction("poor_income_min_fraction_of_line", 0.45, "Lowest base-year income of a poor household, as a fraction of the base year's line."),
            .fraction("poor_income_max_fraction_of_line", 0.99, "Highest base-year income of a poor household, as a fraction of the base year's line."),
            .number("nonpoor_income_min_fraction_of_line", 1.2, 1...5, unit: "fraction of the base year's line", "Lowest base-year income of a non-poor household, as a multiple of the base year's line."),
            .number("nonpoor_income_sigma", 0.5, 0...3, unit: "log-normal sigma", "Spread of non-poor incomes (log-normal), rescaled to the village mean."),
            .number("labourers_per_person", 0.55, 0...1, unit: "labourers per person", "Expected working-age labourers per household member."),
            .fraction("poor_without_labour_fraction", 0.2, "Share of poor households without labour (elderly, disabled)."),
            .fraction("chronic_illness_fraction_poor", 0.42, "Share of poor households with chronic illness or disability in the base year."),
            .fraction("chronic_illness_fraction_nonpoor", 0.08, "Share of non-poor households with chronic illness or disability in the base year."),
            .fraction("unsafe_housing_fraction_poor", 0.3, "Share of poor households in unsafe (dilapidated) housing in the base year."),
            .fraction("unsafe_housing_fraction_nonpoor", 0.02, "Share of non-poor households in unsafe housing in the base year."),
            .named("income_share_poor", IncomeSource.allCases.map(\.rawValue), [0.45, 0.2, 0.2, 0.15], 0...1,
                   unit: "fraction of income", "Base-year income of poor households by source (normalised to sum to 1)."),
            .named("income_share_nonpoor", IncomeSource.allCases.map(\.rawValue), [0.3, 0.3, 0.35, 0.05], 0...1,
                   unit: "fraction of income", "Base-year income of non-poor households by source (normalised to sum to 1)."),
        ])
    }

    static var incomeGrowth: ScenarioField {
        .section("income_growth", "Yearly growth of each income source, adjusted by the kind of terrain unit.", [
            .named("by_source_fraction_per_year", IncomeSource.allCases.map(\.rawValue), [0.08, 0.17, 0.2, 0.08], -0.9...2,
                   unit: "fraction per year", "Growth of each income source per year."),
            .named("by_terrain_kind_fraction_per_year", TerrainKind.allCases.map(\.rawValue), [0, 0, 0, 0], -0.9...2,
                   unit: "fraction per year", "Added to every source's growth for households living in a terrain unit of this kind (the county profile's `terrain.units[].kind`)."),
            .number("household_sd_fraction", 0.06, 0...1, unit: "fraction per year", "Standard deviation of a household's own yearly growth around the mean."),
        ])
    }

    static var shocks: ScenarioField {
        .section("shocks", "Shocks that push households into or back into poverty.", [
            .section("illness", "Illness and disability: the leading cause of poverty.", [
                .fraction("onset_probability_per_year", 0.05, "Chance a healthy household falls ill in a year."),
                .fraction("recovery_probability_per_year", 0.15, "Chance an ill household recovers in a year."),
                .number("cost_yuan_per_household_per_year", 2500, 0...1e6, unit: "yuan per household per year", "Out-of-pocket cost of illness before medical assistance."),
            ]),
            .section("disasters", "Floods, drought and subsidence in the zones of the county profile with `disasters: true`.", [
                .fraction("probability_per_year", 0.04, "Chance a village in a zone with `disasters: true` is hit in a year."),
                .fraction("farm_income_loss_fraction", 0.3, "Share of farm income lost that year by households still living there."),
                .fraction("housing_damage_fraction", 0.05, "Share of the village's households whose house becomes unsafe."),
            ]),
            .section("price_shocks", "County-wide price shocks for navel oranges and livestock.", [
                .fraction("orange_probability_per_year", 0.15, "Chance of an orange price slump in a year."),
                .number("orange_income_change_fraction", -0.3, -1...1, unit: "fraction", "Change in orchard gains in a slump year."),
                .fraction("livestock_probability_per_year", 0.15, "Chance of a livestock price slump in a year."),
                .number("livestock_income_change_fraction", -0.25, -1...1, unit: "fraction", "Change in breeding gains in a slump year."),
            ]),
        ])
    }

    static var exitRules: ScenarioField {
        .section("exit_rules", "When households (一超六有), villages (一低五有) and the county exit.", [
            .number("household_income_margin_fraction", 0.0, 0...1, unit: "fraction", "Income must be at least the line × (1 + margin) (\"steadily above\")."),
            .flag("require_safe_housing", true, "A household exits only with safe housing (三保障)."),
            .flag("require_medical_cover", true, "An ill household exits only with medical assistance (三保障)."),
            ScenarioField("village_incidence_below_fraction", .number(0...1), .unset, unit: "fraction (0…1), or null",
                          "What-if override: a poor village exits when its incidence is below this and it has road, clinic, cultural room, broadband and collective income. Not set (null): the county profile's `exit_rules.village_incidence_below` applies."),
            ScenarioField("county_incidence_below_fraction", .number(0...1), .unset, unit: "fraction (0…1), or null",
                          "What-if override: the county meets its exit rule when rural incidence is below this and every township has the profile's `county_township_facilities`. Not set (null): the county profile's `exit_rules.county_incidence_below` applies."),
        ])
    }
}
