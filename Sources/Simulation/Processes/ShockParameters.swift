/// The shocks that push households into or back into poverty (`shocks.*`).
public struct ShockParameters: ScenarioSection {
    public static let schema = ScenarioField.section("shocks", "Shocks that push households into or back into poverty.", keys: [
        IllnessParameters.schema, DisasterParameters.schema, PriceShockParameters.schema,
    ])

    public var illness: IllnessParameters
    public var disasters: DisasterParameters
    public var priceShocks: PriceShockParameters

    public init(_ r: ScenarioReader) throws {
        illness = try r.section(IllnessParameters.self)
        disasters = try r.section(DisasterParameters.self)
        priceShocks = try r.section(PriceShockParameters.self)
    }
}

/// Illness and disability (`shocks.illness.*`).
public struct IllnessParameters: ScenarioSection {
    static let onset = ScenarioKey<Double>.fraction("onset_probability_per_year", 0.05, "Chance a healthy household falls ill in a year.")
    static let recovery = ScenarioKey<Double>.fraction("recovery_probability_per_year", 0.15, "Chance an ill household recovers in a year.")
    static let cost = ScenarioKey<Double>.number("cost_yuan_per_household_per_year", 2500, 0...1e6, unit: "yuan per household per year", "Out-of-pocket cost of illness before medical assistance.")

    public static let schema = ScenarioField.section("illness", "Illness and disability: the leading cause of poverty.", keys: [onset, recovery, cost])

    public var onsetProbabilityPerYear, recoveryProbabilityPerYear: Double
    /// Yuan per ill household per year.
    public var costYuanPerHouseholdPerYear: Double

    public init(_ r: ScenarioReader) {
        onsetProbabilityPerYear = r[Self.onset]
        recoveryProbabilityPerYear = r[Self.recovery]
        costYuanPerHouseholdPerYear = r[Self.cost]
    }
}

/// Disasters in the zones with `disasters: true` (`shocks.disasters.*`).
public struct DisasterParameters: ScenarioSection {
    static let probability = ScenarioKey<Double>.fraction("probability_per_year", 0.04, "Chance a village in a zone with `disasters: true` is hit in a year.")
    static let farmLoss = ScenarioKey<Double>.fraction("farm_income_loss_fraction", 0.3, "Share of farm income lost that year by households still living there.")
    static let housingDamage = ScenarioKey<Double>.fraction("housing_damage_fraction", 0.05, "Share of the village's households whose house becomes unsafe.")

    public static let schema = ScenarioField.section("disasters", "Floods, drought and subsidence in the zones of the county profile with `disasters: true`.", keys: [
        probability, farmLoss, housingDamage,
    ])

    public var probabilityPerYear, farmIncomeLossFraction, housingDamageFraction: Double

    public init(_ r: ScenarioReader) {
        probabilityPerYear = r[Self.probability]
        farmIncomeLossFraction = r[Self.farmLoss]
        housingDamageFraction = r[Self.housingDamage]
    }
}

/// County-wide price slumps (`shocks.price_shocks.*`).
public struct PriceShockParameters: ScenarioSection {
    static let orangeProbability = ScenarioKey<Double>.fraction("orange_probability_per_year", 0.15, "Chance of an orange price slump in a year.")
    static let orangeChange = ScenarioKey<Double>.number("orange_income_change_fraction", -0.3, -1...1, unit: "fraction", "Change in orchard gains in a slump year.")
    static let livestockProbability = ScenarioKey<Double>.fraction("livestock_probability_per_year", 0.15, "Chance of a livestock price slump in a year.")
    static let livestockChange = ScenarioKey<Double>.number("livestock_income_change_fraction", -0.25, -1...1, unit: "fraction", "Change in breeding gains in a slump year.")

    public static let schema = ScenarioField.section("price_shocks", "County-wide price shocks for navel oranges and livestock.", keys: [
        orangeProbability, orangeChange, livestockProbability, livestockChange,
    ])

    public var orangeProbabilityPerYear, orangeIncomeChangeFraction: Double
    public var livestockProbabilityPerYear, livestockIncomeChangeFraction: Double

    public init(_ r: ScenarioReader) {
        orangeProbabilityPerYear = r[Self.orangeProbability]
        orangeIncomeChangeFraction = r[Self.orangeChange]
        livestockProbabilityPerYear = r[Self.livestockProbability]
        livestockIncomeChangeFraction = r[Self.livestockChange]
    }
}
