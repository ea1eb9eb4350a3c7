/// Farmer cooperatives in poor villages (`programs.cooperatives.*`).
public struct CooperativeParameters: ScenarioSection {
    static let newPerYear = ScenarioKey<Int>.integer("new_per_year", 22, 0...100_000, unit: "cooperatives per year", "Cooperatives founded each year (in poor villages, most poor first).")
    static let members = ScenarioKey<Int>.integer("members_per_cooperative", 40, 0...100_000, unit: "households", "Poor households joining each cooperative.")
    static let dividend = ScenarioKey<Double>.number("dividend_yuan_per_person_per_year", 300, 0...1e5, unit: "yuan per person per year", "Dividend paid to members.")
    static let collectiveIncome = ScenarioKey<Double>.number("collective_income_yuan_per_cooperative_per_year", 20_000, 0...1e9, unit: "yuan per year", "Collective income a cooperative gives its village (资产收益).")
    static let cost = ScenarioKey<Double>.number("cost_yuan_per_cooperative", 200_000, 0...1e9, unit: "yuan per cooperative", "Founding support.")
    static let budget = ScenarioKey<[Int: Double]>.budget()

    public static let schema = ScenarioField.section("cooperatives", "Farmer cooperatives in poor villages, paying dividends and giving the village collective income.", keys: [
        newPerYear, members, dividend, collectiveIncome, cost, budget,
    ])

    public var newPerYear: Int
    public var membersPerCooperative: Int
    public var dividendYuanPerPersonPerYear: Double
    public var collectiveIncomeYuanPerCooperativePerYear: Double
    public var costYuanPerCooperative: Double
    public var budgetYuanByYear: [Int: Double]

    public init(_ r: ScenarioReader) {
        newPerYear = r[Self.newPerYear]
        membersPerCooperative = r[Self.members]
        dividendYuanPerPersonPerYear = r[Self.dividend]
        collectiveIncomeYuanPerCooperativePerYear = r[Self.collectiveIncome]
        costYuanPerCooperative = r[Self.cost]
        budgetYuanByYear = r[Self.budget]
    }
}
