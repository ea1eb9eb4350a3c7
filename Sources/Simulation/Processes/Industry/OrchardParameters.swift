/// Navel-orange and fruit orchards (`programs.orchards.*`).
public struct OrchardParameters: ScenarioSection {
    static let gain = ScenarioKey<Double>.number("gain_yuan_per_person_per_year", 900, 0...1e5, unit: "yuan per person per year", "Income gain once the orchard bears fruit.")
    static let lag = ScenarioKey<Int>.integer("maturity_lag_years", 3, 0...20, unit: "years", "Years between planting and the first gain.")
    static let reach = ScenarioKey<Double>.number("reach_km", 8, 0...500, unit: "km", "Villages within this distance of an orange park take part.")
    static let takeUp = ScenarioKey<Double>.fraction("take_up_fraction", 0.3, "Share of eligible poor households with labour that plant.")
    static let cost = ScenarioKey<Double>.number("cost_yuan_per_household", 4000, 0...1e7, unit: "yuan per household", "Seedlings and support per planting household.")
    static let budget = ScenarioKey<[Int: Double]>.budget()

    public static let schema = ScenarioField.section("orchards", "Navel-orange and fruit orchards, paying only after a maturity lag.", keys: [
        gain, lag, reach, takeUp, cost, budget,
    ])

    public var gainYuanPerPersonPerYear: Double
    public var maturityLagYears: Int
    public var reachKilometres: Double
    public var takeUpFraction: Double
    public var costYuanPerHousehold: Double
    public var budgetYuanByYear: [Int: Double]

    public init(_ r: ScenarioReader) {
        gainYuanPerPersonPerYear = r[Self.gain]
        maturityLagYears = r[Self.lag]
        reachKilometres = r[Self.reach]
        takeUpFraction = r[Self.takeUp]
        costYuanPerHousehold = r[Self.cost]
        budgetYuanByYear = r[Self.budget]
    }
}
