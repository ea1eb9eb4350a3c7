import Planning

/// Orchards (navel oranges): households within reach of an orange park plant, and gain
/// `gain_yuan_per_person_per_year` (scaled by the orange price) once
/// `maturity_lag_years` have passed. Scenario: `programs.orchards.*`.
public struct Orchards: YearlyProcess {
    public static let name = "orchards"
    let reach: FacilityReach
    let gain: Float
    let lag: Int
    let takeUp: Double
    let cost: Double
    let targeting: PoorVillageTargeting

    public init(world: SimulationWorld) {
        let p = world.scenario.parameters.programs.orchards
        reach = FacilityReach(world: world, kind: .orangePark, reachKilometres: p.reachKilometres) { _ in true }
        gain = Float(p.gainYuanPerPersonPerYear)
        lag = p.maturityLagYears
        takeUp = p.takeUpFraction
        cost = p.costYuanPerHousehold
        targeting = PoorVillageTargeting(world: world)
    }

    /// - Complexity: O(households).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        Recruitment.recruit(&state, year: year, random: &random, reach: reach, flag: .orchard, takeUp: takeUp,
                            intakePerFacility: Int.max, program: .orchards, costPerHousehold: cost, targeting: targeting) { st, i in
            st.households.orchardYear[i] = Int16(year)
        }
        state.households.addProgramIncome(perPerson: gain * state.orangePriceFactor, toHouseholdsWith: .orchard, plantedBy: year - lag)
    }
}
