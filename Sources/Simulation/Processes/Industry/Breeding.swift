import Planning

/// Standardized breeding bases: participants gain `gain_yuan_per_person_per_year`
/// (≈ 1,200 per the brief) each year, scaled by the livestock price. New participants
/// come from villages within reach of a breeding farm (mountain villages only, by
/// default), up to each farm's yearly intake and the budget. Scenario: `programs.breeding.*`.
public struct Breeding: YearlyProcess {
    public static let name = "breeding"
    let reach: FacilityReach
    let gain: Float
    let takeUp: Double
    let intake: Int
    let cost: Double
    let targeting: PoorVillageTargeting

    public init(world: SimulationWorld) {
        let p = world.scenario.parameters.programs.breeding
        let mountainOnly = p.mountainOnly
        let townships = Set(p.townships)
        reach = FacilityReach(world: world, kind: .breedingFarm, reachKilometres: p.reachKilometres) { v in
            (!mountainOnly || v.terrainUnit.isMountain) && (townships.isEmpty || townships.contains(v.townshipCode))
        }
        gain = Float(p.gainYuanPerPersonPerYear)
        takeUp = p.takeUpFraction
        intake = p.householdsPerFarmPerYear
        cost = p.costYuanPerHousehold
        targeting = PoorVillageTargeting(world: world)
    }

    /// - Complexity: O(households).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        Recruitment.recruit(&state, year: year, random: &random, reach: reach, flag: .breeding, takeUp: takeUp,
                            intakePerFacility: intake, program: .breeding, costPerHousehold: cost, targeting: targeting) { _, _ in }
        state.households.addProgramIncome(perPerson: gain * state.livestockPriceFactor, toHouseholdsWith: .breeding)
    }
}
