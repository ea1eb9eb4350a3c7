/// Medical assistance (`programs.medical_assistance.*`).
public struct MedicalAssistanceParameters: ScenarioSection {
    static let reimbursed = ScenarioKey<Double>.fraction("reimbursed_fraction", 0.9, "Share of the out-of-pocket illness cost reimbursed.")
    static let budget = ScenarioKey<[Int: Double]>.budget()

    public static let schema = ScenarioField.section("medical_assistance", "Medical assistance (医疗救助) that offsets illness costs of poor households.", keys: [
        reimbursed, budget,
    ])

    public var reimbursedFraction: Double
    public var budgetYuanByYear: [Int: Double]

    public init(_ r: ScenarioReader) {
        reimbursedFraction = r[Self.reimbursed]
        budgetYuanByYear = r[Self.budget]
    }
}
