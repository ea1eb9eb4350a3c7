import GIS

/// County-wide price slumps for navel oranges and livestock, drawn from the county
/// stream; they scale this year's orchard and breeding gains. Scenario: `shocks.price_shocks.*`.
public struct PriceShock: YearlyProcess {
    public static let name = "price_shocks"
    let orangeProbability, orangeChange, livestockProbability, livestockChange: Double

    public init(world: SimulationWorld) {
        let s = world.scenario
        orangeProbability = s.number("shocks.price_shocks.orange_probability_per_year")
        orangeChange = s.number("shocks.price_shocks.orange_income_change_fraction")
        livestockProbability = s.number("shocks.price_shocks.livestock_probability_per_year")
        livestockChange = s.number("shocks.price_shocks.livestock_income_change_fraction")
    }

    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        state.orangePriceFactor = random.county.nextUnit() < orangeProbability ? Float(1 + orangeChange) : 1
        state.livestockPriceFactor = random.county.nextUnit() < livestockProbability ? Float(1 + livestockChange) : 1
    }
}
