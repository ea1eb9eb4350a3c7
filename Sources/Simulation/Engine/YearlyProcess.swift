/// One yearly process of the model (income growth, a shock, a program). Processes run
/// in the order the scenario lists them; each is found by the name it has there.
public protocol YearlyProcess: Sendable {
    /// The process's name in the scenario's `processes` list.
    static var name: String { get }
    /// Reads the process's parameters from the scenario.
    init(world: SimulationWorld)
    /// Applies the process to every village for `year`, drawing from each village's stream.
    func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams)
}

/// The processes known to the engine, by scenario name.
public enum ProcessRegistry {
    public static let types: [any YearlyProcess.Type] = [
        IncomeGrowth.self, IllnessShock.self, DisasterShock.self, PriceShock.self, Relocation.self,
        Breeding.self, Orchards.self, Jobs.self, Cooperatives.self, Tourism.self, WorkTeams.self,
        MinimumIncome.self, MedicalAssistance.self, HousingRenovation.self, Infrastructure.self,
    ]

    /// The processes named by the scenario, in its order.
    public static func make(world: SimulationWorld) -> [any YearlyProcess] {
        world.scenario.processNames.map { name in
            guard let type = types.first(where: { $0.name == name }) else {
                preconditionFailure("process \(name) is in the schema but not registered")
            }
            return type.init(world: world)
        }
    }
}
