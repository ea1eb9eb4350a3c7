extension ScenarioSchema {
    /// The yearly processes by their scenario names, in the default (documented) order.
    public static let processNames = [
        "income_growth", "illness", "disasters", "price_shocks", "relocation", "breeding", "orchards",
        "jobs", "follow_up_support", "cooperatives", "tourism", "work_teams", "settling", "homestead_reclamation",
        "minimum_income", "medical_assistance", "housing", "infrastructure",
    ]
}
