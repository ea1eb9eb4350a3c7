import Planning

/// Rural tourism in designated poor villages (`programs.tourism.*`).
public struct TourismParameters: ScenarioSection {
    /// At most this many villages by a year (any county has fewer; the region bounds it further).
    static let maxVillages = 100_000
    static let villagesByYear = ScenarioKey<[Int: Int]>.yearIntegers("villages_by_year", 0...maxVillages,
        unit: "poor villages (cumulative)", "Poor villages designated as tourism spots by each year (years not in the map: none new; the default: none). Cumulative: a year's target is at least the earlier years', and at most the number of poor villages and listed villages.")
    static let villages = ScenarioKey<[String]>.references("villages", .village, "Villages (村, not 社区) designated first, in this order; the rest are chosen by proximity to tourism lines and spots.")
    static let income = ScenarioKey<Double>.number("income_yuan_per_person_per_year", 1500, 0...1e5, unit: "yuan per person per year", "Income of a participant in the first year of designation.")
    static let visitorGrowth = ScenarioKey<Double>.number("visitor_growth_fraction_per_year", 0.15, -1...5, unit: "fraction per year", "Growth of visitors (and income) per year since designation.")
    static let lineBonus = ScenarioKey<Double>.number("line_bonus_fraction", 0.5, 0...10, unit: "fraction", "Extra income in villages on a tourism line (`tourism: true` in lines.geojson).")
    static let spotDecay = ScenarioKey<Double>.number("spot_decay_km", 10, 0.1...500, unit: "km", "Income halves towards 0.5× with distance to the nearest tourism spot on this scale.")
    static let participation = ScenarioKey<Double>.fraction("participation_fraction", 0.35, "Share of a designated village's households that take part (poor first).")
    static let cost = ScenarioKey<Double>.number("cost_yuan_per_village", 1_000_000, 0...1e10, unit: "yuan per village", "Investment per designated village.")
    static let budget = ScenarioKey<[Int: Double]>.budget()

    public static let schema = ScenarioField.section("tourism", "Rural tourism in designated poor villages.", keys: [
        villagesByYear, villages, income, visitorGrowth, lineBonus, spotDecay, participation, cost, budget,
    ])

    /// Villages designated by each year (cumulative, non-decreasing).
    public var villagesByYear: [Int: Int]
    /// Village ids designated first.
    public var villages: [String]
    public var incomeYuanPerPersonPerYear: Double
    public var visitorGrowthFractionPerYear: Double
    public var lineBonusFraction: Double
    public var spotDecayKilometres: Double
    public var participationFraction: Double
    public var costYuanPerVillage: Double
    public var budgetYuanByYear: [Int: Double]

    /// - Throws: `ScenarioError` at the year whose target is below an earlier year's.
    public init(_ r: ScenarioReader) throws {
        villagesByYear = r[Self.villagesByYear]
        var earlier: (year: Int, target: Int)?
        for year in villagesByYear.keys.sorted() {
            let target = villagesByYear[year]!
            if let e = earlier, target < e.target {
                throw r.error(Self.villagesByYear, item: ".\(year)",
                              "expected at least \(e.target) (the target of \(e.year)): the targets are cumulative (a designated village stays one), found \(target)")
            }
            earlier = (year, target)
        }
        villages = r[Self.villages]
        incomeYuanPerPersonPerYear = r[Self.income]
        visitorGrowthFractionPerYear = r[Self.visitorGrowth]
        lineBonusFraction = r[Self.lineBonus]
        spotDecayKilometres = r[Self.spotDecay]
        participationFraction = r[Self.participation]
        costYuanPerVillage = r[Self.cost]
        budgetYuanByYear = r[Self.budget]
    }

    /// - Throws: `ScenarioError` at a listed 社区 (only villages, 村, are designated), or at
    ///   a year whose target is more than the villages that can be designated (the poor
    ///   villages and the listed ones).
    public func check(in region: Region, _ r: ScenarioReader) throws {
        for (i, id) in villages.enumerated() {
            guard let v = region.villageIndex[id].map({ region.villages[$0] }), !v.isRural else { continue }
            throw r.error(Self.villages, item: "[\(i)]",
                          "\"\(id)\" (\(v.name)) is a \(v.kind), not a village (村): only villages are designated as tourism villages")
        }
        let eligible = Set(region.ruralVillages.filter(\.isPoorVillage).map(\.id)).union(villages).count
        for year in villagesByYear.keys.sorted() where villagesByYear[year]! > eligible {
            throw r.error(Self.villagesByYear, item: ".\(year)",
                          "expected at most \(eligible) (the region's poor villages and the listed villages, the villages that can be designated), found \(villagesByYear[year]!)")
        }
    }
}
