/// The minimum-income guarantee (`programs.minimum_income.*`).
public struct MinimumIncomeParameters: ScenarioSection {
    static let standard = ScenarioKey<[Int: Double]>.yearNumbers("standard_yuan_per_person_by_year",
        unit: "yuan per person per year", "Income the guarantee tops up to (years not in the map: 0, the default: none).")
    static let alsoIll = ScenarioKey<Bool>.flag("also_ill_households", false, "Also cover poor households whose members are chronically ill.")
    static let budget = ScenarioKey<[Int: Double]>.budget()

    public static let schema = ScenarioField.section("minimum_income", "Minimum-income guarantee (低保兜底) for poor households without labour.", keys: [
        standard, alsoIll, budget,
    ])

    /// The standard by year, yuan per person per year.
    public var standardYuanPerPersonByYear: [Int: Double]
    public var alsoIllHouseholds: Bool
    public var budgetYuanByYear: [Int: Double]

    public init(_ r: ScenarioReader) {
        standardYuanPerPersonByYear = r[Self.standard]
        alsoIllHouseholds = r[Self.alsoIll]
        budgetYuanByYear = r[Self.budget]
    }
}
