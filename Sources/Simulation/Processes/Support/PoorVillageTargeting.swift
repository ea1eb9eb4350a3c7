import Planning
/// 精准扶贫 targeting (`programs.poor_villages_first`): when on, programs serve the
/// registered poor households of poor villages that have not yet exited before any
/// others, keeping their own order within each group. Used by breeding, orchards,
/// jobs and housing.
struct PoorVillageTargeting: Sendable {
    let enabled: Bool
    let poorVillage: [Bool]

    /// Subtracted from a candidate's key (an income per person, well below this) to put
    /// the targeted households first.
    static let shift: Float = 1_000_000

    init(world: SimulationWorld) {
        enabled = world.scenario.parameters.programs.poorVillagesFirst
        poorVillage = world.villages.map(\.isPoorVillage)
    }

    /// For each village, the key shift of its households this year (0 everywhere when off).
    func shifts(_ state: borrowing SimulationState) -> [Float] {
        poorVillage.indices.map { enabled && poorVillage[$0] && state.villages.exitYear[$0] == 0 ? -Self.shift : 0 }
    }
}
