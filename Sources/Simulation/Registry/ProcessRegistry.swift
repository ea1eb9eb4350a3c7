/// The processes of the model, by scenario name: the one place that names them all, so
/// that the engine (Sources/Simulation/Engine) knows only `YearlyProcess`.
public enum ProcessRegistry {
    public static let types: [any YearlyProcess.Type] = [
        IncomeGrowth.self, IllnessShock.self, DisasterShock.self, PriceShock.self, Relocation.self,
        Breeding.self, Orchards.self, Jobs.self, FollowUpSupport.self, Cooperatives.self, Tourism.self, WorkTeams.self,
        Settling.self, HomesteadReclamation.self, MinimumIncome.self, MedicalAssistance.self, HousingRenovation.self, Infrastructure.self,
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

extension SimulationRun {
    /// A run of the processes the scenario lists (`ProcessRegistry`), prepared once; the
    /// same `SimulationRun` may run many seeds, from many threads.
    public init(world: SimulationWorld) {
        self.init(world: world, processes: ProcessRegistry.make(world: world))
    }
}
