import Planning

/// Yearly growth of each income source (`income_growth.*`), adjusted by the kind of the
/// terrain unit and a household's own variation.
public struct IncomeGrowthParameters: ScenarioSection {
    static let bySource = ScenarioKey.named("by_source_fraction_per_year", IncomeSource.allCases, [0.08, 0.17, 0.2, 0.08], -0.9...2,
        unit: "fraction per year", "Growth of each income source per year.")
    static let byTerrainKind = ScenarioKey.named("by_terrain_kind_fraction_per_year", TerrainKind.allCases, [0, 0, 0, 0], -0.9...2,
        unit: "fraction per year", "Added to every source's growth for households living in a terrain unit of this kind (the county profile's `terrain.units[].kind`).")
    static let householdSD = ScenarioKey<Double>.number("household_sd_fraction", 0.06, 0...1, unit: "fraction per year", "Standard deviation of a household's own yearly growth around the mean.")

    public static let schema = ScenarioField.section("income_growth", "Yearly growth of each income source, adjusted by the kind of terrain unit.", keys: [
        bySource, byTerrainKind, householdSD,
    ])

    /// Growth per year of each source, fraction.
    public var bySourceFractionPerYear: [IncomeSource: Double]
    /// Added growth per year by terrain kind, fraction.
    public var byTerrainKindFractionPerYear: [TerrainKind: Double]
    /// Standard deviation of a household's own growth, fraction per year.
    public var householdSDFraction: Double

    public init(_ r: ScenarioReader) {
        bySourceFractionPerYear = r[Self.bySource]
        byTerrainKindFractionPerYear = r[Self.byTerrainKind]
        householdSDFraction = r[Self.householdSD]
    }
}
