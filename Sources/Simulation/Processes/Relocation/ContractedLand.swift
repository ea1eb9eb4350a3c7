import Planning

/// What a relocated household's contracted land earns after the move (`programs.old_land.*`).
///
/// Without `keep_contracted_land`, farm income falls by `farm_income_loss_fraction_per_km`
/// per km from the site to the old land. With it, the household keeps the land: within
/// `farm_within_km` it farms it (with that loss) or rents it out if the rent pays more;
/// farther, it puts it into its village's cooperative when the village has one at the
/// time of the move, else it rents it out with `rent_out_fraction` (a fixed draw per
/// household), else the land lies idle. Its mu are the village's farmland per person ×
/// the household's persons.
struct ContractedLand: Sendable {
    let keep: Bool
    let lossPerKm: Double
    let farmWithin: Double
    let rent, cooperativeRent, rentOut: Double
    /// Farmland mu per person of each simulated village.
    let muPerPerson: [Double]

    init(world: SimulationWorld) {
        let p = world.scenario.parameters.programs.oldLand
        keep = p.keepContractedLand
        lossPerKm = world.scenario.parameters.programs.relocation.farmIncomeLossFractionPerKilometre
        farmWithin = p.farmWithinKilometres
        rent = p.rentYuanPerMuPerYear
        cooperativeRent = p.cooperativeYuanPerMuPerYear
        rentOut = p.rentOutFraction
        muPerPerson = world.villages.map { $0.populationPersons > 0 ? $0.farmlandMu / Double($0.populationPersons) : 0 }
    }

    /// The household's farm income after the move, yuan per year, and whether the land earns anything.
    /// - Parameters: farm: its farm income at home; km: site to village; draw: its fixed uniform draw.
    func income(farm: Float, persons: Int, village v: Int, km: Double, hasCooperative: Bool, draw: Double) -> (yuan: Float, earns: Bool) {
        let farmed = farm * Float(max(0, 1 - lossPerKm * km))
        guard keep else { return (farmed, false) }
        let mu = muPerPerson[v] * Double(persons)
        let rented: Float = hasCooperative ? Float(cooperativeRent * mu) : draw < rentOut ? Float(rent * mu) : 0
        let yuan = km <= farmWithin ? max(farmed, rented) : rented
        return (yuan, yuan > 0)
    }
}
