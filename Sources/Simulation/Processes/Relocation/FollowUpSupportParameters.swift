import Planning

/// Follow-up support at the resettlement sites (后续扶持, `programs.follow_up_support.*`):
/// poverty-alleviation workshops (扶贫车间) and public-welfare posts for relocated
/// households with labour, and skills training, within the program's budget.
public struct FollowUpSupportParameters: ScenarioSection {
    static let kinds = SiteKind.allCases.filter(\.isResettlement)

    static let workshopPosts = ScenarioKey.named("workshop_posts_per_site_by_kind", kinds, [0, 0, 0, 0], 0...1e6, unit: "posts per site",
        "Posts in poverty-alleviation workshops (扶贫车间) at each resettlement site of the kind, for relocated households with labour and no member employed (poor first, then lowest income per person).")
    static let welfarePosts = ScenarioKey.named("welfare_posts_per_site_by_kind", kinds, [0, 0, 0, 0], 0...1e6, unit: "posts per site",
        "Public-welfare posts (cleaners, guards, property keepers) at each resettlement site of the kind, filled after its workshop posts, same order.")
    static let workshopWage = ScenarioKey<Double>.number("workshop_wage_yuan_per_year", 12_000, 0...1e6, unit: "yuan per post per year",
        "Pay of a workshop post to the household, paid by the workshop (not from the budget).")
    static let workshopSubsidy = ScenarioKey<Double>.number("workshop_subsidy_yuan_per_post_per_year", 2_000, 0...1e6, unit: "yuan per post per year",
        "Public subsidy to the workshop for each post filled, each year from the budget; a post the budget cannot pay ends.")
    static let welfareWage = ScenarioKey<Double>.number("welfare_post_wage_yuan_per_year", 4_800, 0...1e6, unit: "yuan per post per year",
        "Pay of a site public-welfare post to the household, each year from the budget; a post the budget cannot pay ends.")
    static let trainingShare = ScenarioKey<Double>.fraction("training_fraction", 0,
        "Share of relocated households with labour whose member takes the skills training (技能培训) in the year of the move (a fixed draw per household).")
    static let trainingCost = ScenarioKey<Double>.number("training_cost_yuan_per_household", 1_500, 0...1e6, unit: "yuan per household",
        "One-time cost of the training, from the budget.")
    static let trainingGain = ScenarioKey<Double>.number("training_gain_yuan_per_household_per_year", 2_000, 0...1e6, unit: "yuan per household per year",
        "Income gain of a trained household every year it lives at its site.")
    static let budget = ScenarioKey<[Int: Double]>.budget()

    public static let schema = ScenarioField.section("follow_up_support",
        "Follow-up support at the resettlement sites (后续扶持): workshops, public-welfare posts and skills training for relocated households (the program's rule of thumb: at least one person employed per relocated household with labour).", keys: [
        workshopPosts, welfarePosts, workshopWage, workshopSubsidy, welfareWage, trainingShare, trainingCost, trainingGain, budget,
    ])

    public var workshopPostsPerSiteByKind: [SiteKind: Double]
    public var welfarePostsPerSiteByKind: [SiteKind: Double]
    public var workshopWageYuanPerYear: Double
    public var workshopSubsidyYuanPerPostPerYear: Double
    public var welfarePostWageYuanPerYear: Double
    public var trainingFraction: Double
    public var trainingCostYuanPerHousehold: Double
    public var trainingGainYuanPerHouseholdPerYear: Double
    public var budgetYuanByYear: [Int: Double]

    public init(_ r: ScenarioReader) {
        workshopPostsPerSiteByKind = r[Self.workshopPosts]
        welfarePostsPerSiteByKind = r[Self.welfarePosts]
        workshopWageYuanPerYear = r[Self.workshopWage]
        workshopSubsidyYuanPerPostPerYear = r[Self.workshopSubsidy]
        welfarePostWageYuanPerYear = r[Self.welfareWage]
        trainingFraction = r[Self.trainingShare]
        trainingCostYuanPerHousehold = r[Self.trainingCost]
        trainingGainYuanPerHouseholdPerYear = r[Self.trainingGain]
        budgetYuanByYear = r[Self.budget]
    }
}
