/// Renovation of dilapidated houses (`programs.housing.*`).
public struct HousingParameters: ScenarioSection {
    /// Who is served first.
    public enum Priority: String, CaseIterable, Sendable {
        case closestToExit = "closest_to_exit", poorestFirst = "poorest_first"
    }

    static let cost = ScenarioKey<Double>.number("cost_yuan_per_household", 25_000, 0...1e7, unit: "yuan per household", "Renovation cost.")
    static let priority = ScenarioKey<Priority>.choice("priority", .closestToExit,
        "Who is served first: households whose income already clears the line, or the lowest incomes.")
    static let budget = ScenarioKey<[Int: Double]>.budget()

    public static let schema = ScenarioField.section("housing", "Renovation of dilapidated houses (危房改造) of poor households.", keys: [
        cost, priority, budget,
    ])

    public var costYuanPerHousehold: Double
    public var priority: Priority
    public var budgetYuanByYear: [Int: Double]

    public init(_ r: ScenarioReader) {
        costYuanPerHousehold = r[Self.cost]
        priority = r[Self.priority]
        budgetYuanByYear = r[Self.budget]
    }
}
