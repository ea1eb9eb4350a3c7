import GIS

/// County-wide price slumps for navel oranges and livestock, drawn from the county
/// stream; they scale this year's orchard and breeding gains. Scenario: `shocks.price_shocks.*`.
public struct PriceShock: YearlyProcess {
    public static let name = "price_shocks"
    let orangeProbability, orangeChange, livestockProbability, livestockChange: Double

    public init(world: SimulationWorld) {
        let p = world.scenario.parameters.shocks.priceShocks
        orangeProbability = p.orangeProbabilityPerYear
        orangeChange = p.orangeIncomeChangeFraction
        livestockProbability = p.livestockProbabilityPerYear
        livestockChange = p.livestockIncomeChangeFraction
    }

    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        state.orangePriceFactor = random.county.nextUnit() < orangeProbability ? Float(1 + orangeChange) : 1
        state.livestockPriceFactor = random.county.nextUnit() < livestockProbability ? Float(1 + livestockChange) : 1
    }
}
