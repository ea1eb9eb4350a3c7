import Planning

/// Village infrastructure and the township facilities (`programs.infrastructure.*`).
public struct InfrastructureParameters: ScenarioSection {
    static let cost = ScenarioKey.named("cost_yuan", VillageItem.allCases, [2_000_000, 1_500_000, 200_000, 150_000, 300_000, 200_000, 100_000], 0...1e10,
        unit: "yuan per village", "Cost of building each missing item in a village (water: the brief's 55 clean-water projects, 500 million yuan, shared by about six villages each).")
    static let facilityCost = ScenarioKey.named("township_facility_cost_yuan", TownshipFacility.allCases, [0, 0, 0], 0...1e10,
        unit: "yuan per township",
        "Cost of building a township facility of the county exit rule (一低三有) that a township lacks: central school, health centre, public service centre. Built after the villages' water and power and before their other items, the townships with the most registered poor persons first.")
    static let collectiveReturn = ScenarioKey<Double>.fraction("collective_income_return_fraction", 0.1, "Yearly collective income from the collective_income investment, as a fraction of its cost.")
    static let budget = ScenarioKey<[Int: Double]>.budget()

    public static let schema = ScenarioField.section("infrastructure", "Village infrastructure for village exit (一低五有): road, water, power, broadband, clinic, cultural room, collective income; and the township facilities of county exit (一低三有).", keys: [
        cost, facilityCost, collectiveReturn, budget,
    ])

    /// Cost of each item in a village, yuan.
    public var costYuan: [VillageItem: Double]
    /// Cost of each township facility, yuan per township.
    public var townshipFacilityCostYuan: [TownshipFacility: Double]
    public var collectiveIncomeReturnFraction: Double
    public var budgetYuanByYear: [Int: Double]

    public init(_ r: ScenarioReader) {
        costYuan = r[Self.cost]
        townshipFacilityCostYuan = r[Self.facilityCost]
        collectiveIncomeReturnFraction = r[Self.collectiveReturn]
        budgetYuanByYear = r[Self.budget]
    }
}

/// The village-exit items the infrastructure program builds.
public enum VillageItem: String, CaseIterable, Sendable {
    case road, water, power, broadband, clinic
    case cultureRoom = "culture_room"
    case collectiveIncome = "collective_income"
}
