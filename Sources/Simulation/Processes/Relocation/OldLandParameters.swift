import Planning

/// The old land of relocated households (`programs.old_land.*`): the contracted land they
/// keep (farmed from the site when close, else rented out, 土地流转, or put into the
/// village's cooperative), and the demolition of the old house and reclamation of the
/// homestead (拆旧复垦) whose construction-land quota (城乡建设用地增减挂钩节余指标) is sold.
public struct OldLandParameters: ScenarioSection {
    static let keepLand = ScenarioKey<Bool>.flag("keep_contracted_land", false,
        "Relocated households keep their contracted land: within `farm_within_km` of the site they farm it (with `farm_income_loss_fraction_per_km`) or rent it out if the rent pays more; beyond, they rent it out or put it in a cooperative. Off: farm income only falls by `programs.relocation.farm_income_loss_fraction_per_km` per km.")
    static let farmWithin = ScenarioKey<Double>.number("farm_within_km", 5, 0...500, unit: "km", "Farthest site-to-village distance at which the household still farms its own land.")
    static let rent = ScenarioKey<Double>.number("rent_yuan_per_mu_per_year", 0, 0...1e5, unit: "yuan per mu per year", "Rent of contracted land rented out (土地流转).")
    static let rentOut = ScenarioKey<Double>.fraction("rent_out_fraction", 0, "Share of the households not farming their land who find a tenant (a fixed draw per household); the others' land lies idle.")
    static let cooperativeRent = ScenarioKey<Double>.number("cooperative_yuan_per_mu_per_year", 0, 0...1e5, unit: "yuan per mu per year",
        "Income per mu of land put into a cooperative (入股), for households of villages with a cooperative at the time of the move (always placed).")
    static let homestead = ScenarioKey<Double>.number("homestead_mu_per_household", 0, 0...10, unit: "mu per household", "Homestead (宅基地) land of a relocated household's old house.")
    static let demolition = ScenarioKey<Double>.fraction("demolition_fraction", 0, "Share of relocated households whose old house is demolished and homestead reclaimed (a fixed draw per household).")
    static let demolitionDelay = ScenarioKey<Int>.integer("demolition_delay_years", 1, 0...20, unit: "years", "Years from the move to the demolition and reclamation.")
    static let reclamationCost = ScenarioKey<Double>.number("reclamation_cost_yuan_per_mu", 0, 0...1e7, unit: "yuan per mu", "Cost of demolition and reclamation, from the budget (a homestead the year's budget cannot pay waits for the next year).")
    static let quotaShare = ScenarioKey<Double>.fraction("quota_fraction_of_reclaimed", 0,
        "Share of the reclaimed mu that becomes saleable construction-land quota (节余指标: the reclaimed land less the construction land the sites use).")
    static let quotaPrice = ScenarioKey<Double>.number("quota_price_yuan_per_mu", 0, 0...1e8, unit: "yuan per mu", "Price of the quota sold (增减挂钩节余指标交易).")
    static let quotaDelay = ScenarioKey<Int>.integer("quota_sale_delay_years", 1, 0...20, unit: "years", "Years from the reclamation to the sale of its quota (sales after the end year are not counted).")
    static let budget = ScenarioKey<[Int: Double]>.budget()

    public static let schema = ScenarioField.section("old_land",
        "The old land of relocated households: contracted land kept (farmed, rented out, cooperative), old houses demolished and homesteads reclaimed (拆旧复垦), the quota sold (城乡建设用地增减挂钩).", keys: [
        keepLand, farmWithin, rent, rentOut, cooperativeRent, homestead, demolition, demolitionDelay, reclamationCost, quotaShare, quotaPrice, quotaDelay, budget,
    ])

    public var keepContractedLand: Bool
    public var farmWithinKilometres: Double
    public var rentYuanPerMuPerYear: Double
    public var rentOutFraction: Double
    public var cooperativeYuanPerMuPerYear: Double
    public var homesteadMuPerHousehold: Double
    public var demolitionFraction: Double
    public var demolitionDelayYears: Int
    public var reclamationCostYuanPerMu: Double
    public var quotaFractionOfReclaimed: Double
    public var quotaPriceYuanPerMu: Double
    public var quotaSaleDelayYears: Int
    public var budgetYuanByYear: [Int: Double]

    public init(_ r: ScenarioReader) {
        keepContractedLand = r[Self.keepLand]
        farmWithinKilometres = r[Self.farmWithin]
        rentYuanPerMuPerYear = r[Self.rent]
        rentOutFraction = r[Self.rentOut]
        cooperativeYuanPerMuPerYear = r[Self.cooperativeRent]
        homesteadMuPerHousehold = r[Self.homestead]
        demolitionFraction = r[Self.demolition]
        demolitionDelayYears = r[Self.demolitionDelay]
        reclamationCostYuanPerMu = r[Self.reclamationCost]
        quotaFractionOfReclaimed = r[Self.quotaShare]
        quotaPriceYuanPerMu = r[Self.quotaPrice]
        quotaSaleDelayYears = r[Self.quotaDelay]
        budgetYuanByYear = r[Self.budget]
    }
}
