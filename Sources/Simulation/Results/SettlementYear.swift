import Planning

/// What happened to the relocated households and their old land in one year
/// (搬得出、稳得住、能致富): follow-up support, settling, reclamation and quota, and the
/// year-end tallies of the relocated households against comparable stayers.
public struct SettlementYear: Hashable, Sendable, Codable {
    // Follow-up support (the follow_up_support process).
    /// Workshop and site public-welfare posts held at year end.
    public var workshopPosts = 0
    public var siteWelfarePosts = 0
    /// Money spent on the posts this year (workshop subsidies and welfare wages), yuan.
    public var postCostYuan = 0.0
    /// Households trained this year and what it cost, yuan.
    public var trainedHouseholds = 0
    public var trainingCostYuan = 0.0
    // Settling (the settling process).
    public var movedBack = HouseholdCount()
    public var fellBack = HouseholdCount()
    // The old land (relocation and homestead_reclamation).
    /// Households whose old house was demolished and homestead reclaimed this year.
    public var demolishedHouseholds = 0
    public var reclaimedMu = 0.0
    /// Saleable quota created this year (reclaimed mu × quota share), mu.
    public var quotaMu = 0.0
    /// Quota sold this year and its income, mu and yuan.
    public var quotaSoldMu = 0.0
    public var quotaIncomeYuan = 0.0
    /// What the households moved this year paid themselves towards their new homes, yuan.
    public var householdContributionYuan = 0.0
    // Year-end tallies (SimulationRun).
    /// Households and persons living at a site.
    public var relocated = HouseholdCount()
    /// Of these, households with labour, and those with a member employed.
    public var withLabourHouseholds = 0
    public var employedWithLabourHouseholds = 0
    /// Net income of the households living at a site, yuan.
    public var relocatedIncomeYuan = 0.0
    /// Of these, the households that were ever registered poor (建档立卡, the comparison with
    /// the stayers leaves out the 同步搬迁 movers): persons and net income, yuan.
    public var relocatedEverPoorPersons = 0
    public var relocatedEverPoorIncomeYuan = 0.0
    /// Registered poor persons living at a site.
    public var relocatedPoorPersons = 0
    /// Comparable stayers: ever-poor households of the villages the strategy draws from
    /// that never moved: persons and net income, yuan.
    public var stayerPersons = 0
    public var stayerIncomeYuan = 0.0

    public init() {}

    /// Employed share of the relocated households with labour (0 when there are none).
    public var employmentRate: Double {
        withLabourHouseholds > 0 ? Double(employedWithLabourHouseholds) / Double(withLabourHouseholds) : 0
    }
    public var relocatedIncomeYuanPerPerson: Double { relocated.persons > 0 ? relocatedIncomeYuan / Double(relocated.persons) : 0 }
    public var relocatedEverPoorIncomeYuanPerPerson: Double {
        relocatedEverPoorPersons > 0 ? relocatedEverPoorIncomeYuan / Double(relocatedEverPoorPersons) : 0
    }
    /// 能致富: income per person of the ever-poor relocated over that of the comparable stayers (0 without stayers).
    public var incomeRatioToStayers: Double {
        stayerIncomeYuanPerPerson > 0 ? relocatedEverPoorIncomeYuanPerPerson / stayerIncomeYuanPerPerson : 0
    }
    public var stayerIncomeYuanPerPerson: Double { stayerPersons > 0 ? stayerIncomeYuan / Double(stayerPersons) : 0 }
}
