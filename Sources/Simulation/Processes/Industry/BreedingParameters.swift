/// Standardized breeding bases (`programs.breeding.*`).
public struct BreedingParameters: ScenarioSection {
    static let gain = ScenarioKey<Double>.number("gain_yuan_per_person_per_year", 1200, 0...1e5, unit: "yuan per person per year", "Income gain of a participating household member.")
    static let reach = ScenarioKey<Double>.number("reach_km", 15, 0...500, unit: "km", "Villages within this distance of a breeding farm take part.")
    static let mountainOnly = ScenarioKey<Bool>.flag("mountain_only", true, "Only villages in the three mountain terrain units take part.")
    static let townships = ScenarioKey<[String]>.references("townships", .township, "If not empty, only villages of these townships take part.")
    static let intake = ScenarioKey<Int>.integer("households_per_farm_per_year", 400, 0...1_000_000, unit: "households per farm per year", "New participants each farm can take in a year.")
    static let takeUp = ScenarioKey<Double>.fraction("take_up_fraction", 0.5, "Share of eligible poor households with labour that join.")
    static let cost = ScenarioKey<Double>.number("cost_yuan_per_household", 5000, 0...1e7, unit: "yuan per household", "Start-up support per joining household.")
    static let budget = ScenarioKey<[Int: Double]>.budget()

    public static let schema = ScenarioField.section("breeding", "Standardized breeding bases in the mountains.", keys: [
        gain, reach, mountainOnly, townships, intake, takeUp, cost, budget,
    ])

    public var gainYuanPerPersonPerYear: Double
    public var reachKilometres: Double
    public var mountainOnly: Bool
    /// Township codes (empty: every township).
    public var townships: [String]
    public var householdsPerFarmPerYear: Int
    public var takeUpFraction: Double
    public var costYuanPerHousehold: Double
    public var budgetYuanByYear: [Int: Double]

    public init(_ r: ScenarioReader) {
        gainYuanPerPersonPerYear = r[Self.gain]
        reachKilometres = r[Self.reach]
        mountainOnly = r[Self.mountainOnly]
        townships = r[Self.townships]
        householdsPerFarmPerYear = r[Self.intake]
        takeUpFraction = r[Self.takeUp]
        costYuanPerHousehold = r[Self.cost]
        budgetYuanByYear = r[Self.budget]
    }
}
