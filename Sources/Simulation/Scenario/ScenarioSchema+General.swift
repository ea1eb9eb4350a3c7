extension ScenarioSchema {
    /// The yearly processes by their scenario names, in the default (documented) order.
    public static let processNames = [
        "income_growth", "illness", "disasters", "price_shocks", "relocation", "breeding", "orchards",
        "jobs", "cooperatives", "tourism", "work_teams", "minimum_income", "medical_assistance", "housing", "infrastructure",
    ]
}
