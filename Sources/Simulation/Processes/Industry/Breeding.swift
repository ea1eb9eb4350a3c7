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
        let s = world.scenario
        let mountainOnly = s.bool("programs.breeding.mountain_only")
        let townships = Set(s.texts("programs.breeding.townships"))
        reach = FacilityReach(world: world, kind: .breedingFarm, reachKilometres: s.number("programs.breeding.reach_km")) { v in
            (!mountainOnly || v.terrainUnit.isMountain) && (townships.isEmpty || townships.contains(v.townshipCode))
        }
        gain = Float(s.number("programs.breeding.gain_yuan_per_person_per_year"))
        takeUp = s.number("programs.breeding.take_up_fraction")
        intake = s.integer("programs.breeding.households_per_farm_per_year")
        cost = s.number("programs.breeding.cost_yuan_per_household")
        targeting = PoorVillageTargeting(world: world)
    }

    /// - Complexity: O(households).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        Recruitment.recruit(&state, year: year, random: &random, reach: reach, flag: .breeding, takeUp: takeUp,
                            intakePerFacility: intake, program: "breeding", costPerHousehold: cost, targeting: targeting) { _, _ in }
        state.households.addProgramIncome(perPerson: gain * state.livestockPriceFactor, toHouseholdsWith: .breeding)
    }
}
