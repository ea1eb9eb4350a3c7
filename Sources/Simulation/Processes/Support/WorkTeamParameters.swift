/// The resident work teams of the poor villages (`programs.work_teams.*`).
public struct WorkTeamParameters: ScenarioSection {
    static let posts = ScenarioKey<Int>.integer("welfare_posts_per_village", 16, 0...100_000, unit: "posts per poor village",
        "Public-welfare posts (forest rangers, road keepers, cleaners) a work team fills in its village, for poor households with labour, lowest income first; kept after exit while the budget pays them.")
    static let wage = ScenarioKey<Double>.number("welfare_post_wage_yuan_per_year", 4800, 0...1e6, unit: "yuan per post per year", "Pay of a post, to the household, each year from the budget.")
    static let grant = ScenarioKey<Double>.number("industry_grant_yuan_per_household", 3000, 0...1e7, unit: "yuan per household", "One-time household industry grant (到户产业扶持) to each poor household with labour, lowest income first.")
    static let gain = ScenarioKey<Double>.number("industry_gain_yuan_per_person_per_year", 500, 0...1e5, unit: "yuan per person per year", "Income gain of a grant household member every year from the grant on.")
    static let budget = ScenarioKey<[Int: Double]>.budget()

    public static let schema = ScenarioField.section("work_teams", "Resident work teams in the poor villages (驻村工作队, first secretary, helper, agronomist, contact department): public-welfare posts and household industry grants for registered poor households of poor villages not yet exited.", keys: [
        posts, wage, grant, gain, budget,
    ])

    public var welfarePostsPerVillage: Int
    public var welfarePostWageYuanPerYear: Double
    public var industryGrantYuanPerHousehold: Double
    public var industryGainYuanPerPersonPerYear: Double
    public var budgetYuanByYear: [Int: Double]

    public init(_ r: ScenarioReader) {
        welfarePostsPerVillage = r[Self.posts]
        welfarePostWageYuanPerYear = r[Self.wage]
        industryGrantYuanPerHousehold = r[Self.grant]
        industryGainYuanPerPersonPerYear = r[Self.gain]
        budgetYuanByYear = r[Self.budget]
    }
}
