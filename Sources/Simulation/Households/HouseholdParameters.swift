/// How households are synthesized from the village attributes of the base year
/// (`households.*`): income ranges as fractions of the base year's line, labour,
/// illness, housing, and the income shares by source.
public struct HouseholdParameters: ScenarioSection {
    static let poorIncomeMin = ScenarioKey<Double>.fraction("poor_income_min_fraction_of_line", 0.45, "Lowest base-year income of a poor household, as a fraction of the base year's line (at most `poor_income_max_fraction_of_line`).")
    static let poorIncomeMax = ScenarioKey<Double>.fraction("poor_income_max_fraction_of_line", 0.99, "Highest base-year income of a poor household, as a fraction of the base year's line.")
    static let nonpoorIncomeMin = ScenarioKey<Double>.number("nonpoor_income_min_fraction_of_line", 1.2, 1...5, unit: "fraction of the base year's line", "Lowest base-year income of a non-poor household, as a multiple of the base year's line.")
    static let nonpoorIncomeSigma = ScenarioKey<Double>.number("nonpoor_income_sigma", 0.5, 0...3, unit: "log-normal sigma", "Spread of non-poor incomes (log-normal), rescaled to the village mean.")
    static let labourersPerPerson = ScenarioKey<Double>.number("labourers_per_person", 0.55, 0...1, unit: "labourers per person", "Expected working-age labourers per household member.")
    static let poorWithoutLabour = ScenarioKey<Double>.fraction("poor_without_labour_fraction", 0.2, "Share of poor households without labour (elderly, disabled).")
    static let illnessPoor = ScenarioKey<Double>.fraction("chronic_illness_fraction_poor", 0.42, "Share of poor households with chronic illness or disability in the base year.")
    static let illnessNonpoor = ScenarioKey<Double>.fraction("chronic_illness_fraction_nonpoor", 0.08, "Share of non-poor households with chronic illness or disability in the base year.")
    static let unsafeHousingPoor = ScenarioKey<Double>.fraction("unsafe_housing_fraction_poor", 0.3, "Share of poor households in unsafe (dilapidated) housing in the base year.")
    static let unsafeHousingNonpoor = ScenarioKey<Double>.fraction("unsafe_housing_fraction_nonpoor", 0.02, "Share of non-poor households in unsafe housing in the base year.")
    static let incomeSharePoor = ScenarioKey.named("income_share_poor", IncomeSource.allCases, [0.45, 0.2, 0.2, 0.15], 0...1,
        unit: "fraction of income", "Base-year income of poor households by source (normalised to sum to 1; not all 0).")
    static let incomeShareNonpoor = ScenarioKey.named("income_share_nonpoor", IncomeSource.allCases, [0.3, 0.3, 0.35, 0.05], 0...1,
        unit: "fraction of income", "Base-year income of non-poor households by source (normalised to sum to 1; not all 0).")

    public static let schema = ScenarioField.section("households", "How households are synthesized from the village attributes of the base year.", keys: [
        poorIncomeMin, poorIncomeMax, nonpoorIncomeMin, nonpoorIncomeSigma, labourersPerPerson, poorWithoutLabour,
        illnessPoor, illnessNonpoor, unsafeHousingPoor, unsafeHousingNonpoor, incomeSharePoor, incomeShareNonpoor,
    ])

    /// Poor households' base-year income per person, as fractions of the base year's line (min ≤ max).
    public var poorIncomeMinFractionOfLine, poorIncomeMaxFractionOfLine: Double
    /// Non-poor households' income floor, as a multiple of the base year's line.
    public var nonpoorIncomeMinFractionOfLine: Double
    public var nonpoorIncomeSigma: Double
    public var labourersPerPerson: Double
    public var poorWithoutLabourFraction: Double
    public var chronicIllnessFractionPoor, chronicIllnessFractionNonpoor: Double
    public var unsafeHousingFractionPoor, unsafeHousingFractionNonpoor: Double
    /// Income shares by source, in `IncomeSource.allCases` order, summing to 1.
    public var incomeSharePoor, incomeShareNonpoor: [Double]

    /// - Throws: `ScenarioError` when the poor income minimum is above the maximum, or a
    ///   source share map is all 0.
    public init(_ r: ScenarioReader) throws {
        poorIncomeMinFractionOfLine = r[Self.poorIncomeMin]
        poorIncomeMaxFractionOfLine = r[Self.poorIncomeMax]
        if poorIncomeMinFractionOfLine > poorIncomeMaxFractionOfLine {
            let p = r.path(Self.poorIncomeMin)
            throw r.error(Self.poorIncomeMax, "expected at least \(p) (\(ScenarioYAML.format(poorIncomeMinFractionOfLine))), found \(ScenarioYAML.format(poorIncomeMaxFractionOfLine)): the lowest poor income is above the highest")
        }
        nonpoorIncomeMinFractionOfLine = r[Self.nonpoorIncomeMin]
        nonpoorIncomeSigma = r[Self.nonpoorIncomeSigma]
        labourersPerPerson = r[Self.labourersPerPerson]
        poorWithoutLabourFraction = r[Self.poorWithoutLabour]
        chronicIllnessFractionPoor = r[Self.illnessPoor]
        chronicIllnessFractionNonpoor = r[Self.illnessNonpoor]
        unsafeHousingFractionPoor = r[Self.unsafeHousingPoor]
        unsafeHousingFractionNonpoor = r[Self.unsafeHousingNonpoor]
        func shares(_ key: ScenarioKey<[IncomeSource: Double]>) throws -> [Double] {
            let m = r[key]
            let raw = IncomeSource.allCases.map { m[$0] ?? 0 }
            let total = raw.reduce(0, +)
            guard total > 0 else {
                throw r.error(key, "expected at least one share above 0 (the shares are normalised to sum to 1), found every share 0")
            }
            return raw.map { $0 / total }
        }
        incomeSharePoor = try shares(Self.incomeSharePoor)
        incomeShareNonpoor = try shares(Self.incomeShareNonpoor)
    }
}

/// The income sources of a household, in the order of the household columns.
public enum IncomeSource: String, CaseIterable, Sendable {
    case farming, localWages = "local_wages", remittances, transfers
}
