/// The exit rules' parameters (`exit_rules.*`): the household margin, the 三保障 the
/// household rule asks for, and the what-if overrides of the county profile's thresholds.
public struct ExitRuleParameters: ScenarioSection {
    static let householdIncomeMargin = ScenarioKey<Double>.number(
        "household_income_margin_fraction", 0.0, 0...1, unit: "fraction",
        "Income must be at least the line × (1 + margin) (\"steadily above\").")
    static let requireSafeHousing = ScenarioKey<Bool>.flag("require_safe_housing", true, "A household exits only with safe housing (三保障).")
    static let requireMedicalCover = ScenarioKey<Bool>.flag("require_medical_cover", true, "An ill household exits only with medical assistance (三保障).")
    static let villageIncidenceBelow = ScenarioKey<Double?>.optionalNumber(
        "village_incidence_below_fraction", 0...1, unit: "fraction (0…1), or null",
        "What-if override: a poor village exits when its incidence is below this and it has road, clinic, cultural room, broadband and collective income. Not set (null): the county profile's `exit_rules.village_incidence_below` applies.")
    static let countyIncidenceBelow = ScenarioKey<Double?>.optionalNumber(
        "county_incidence_below_fraction", 0...1, unit: "fraction (0…1), or null",
        "What-if override: the county meets its exit rule when rural incidence is below this and every township has the profile's `county_township_facilities`. Not set (null): the county profile's `exit_rules.county_incidence_below` applies.")

    public static let schema = ScenarioField.section("exit_rules", "When households (一超六有), villages (一低五有) and the county exit.", keys: [
        householdIncomeMargin, requireSafeHousing, requireMedicalCover, villageIncidenceBelow, countyIncidenceBelow,
    ])

    /// Income must be at least the line × (1 + this), fraction.
    public var householdIncomeMarginFraction: Double
    public var requireSafeHousing: Bool
    public var requireMedicalCover: Bool
    /// The scenario's village threshold (nil: the profile's applies), fraction.
    public var villageIncidenceBelowFraction: Double?
    /// The scenario's county threshold (nil: the profile's applies), fraction.
    public var countyIncidenceBelowFraction: Double?

    public init(_ r: ScenarioReader) {
        householdIncomeMarginFraction = r[Self.householdIncomeMargin]
        requireSafeHousing = r[Self.requireSafeHousing]
        requireMedicalCover = r[Self.requireMedicalCover]
        villageIncidenceBelowFraction = r[Self.villageIncidenceBelow]
        countyIncidenceBelowFraction = r[Self.countyIncidenceBelow]
    }

    /// The key paths of the two overrides (for the comments of `scenario.resolved.yaml`).
    static let villageKeyPath = schema.name + "." + villageIncidenceBelow.name
    static let countyKeyPath = schema.name + "." + countyIncidenceBelow.name
}
