/// One yearly process of the model (income growth, a shock, a program). Processes run
/// in the order the scenario lists them; each is found by the name it has there
/// (the registry in Sources/Simulation/Registry: the engine names no process).
public protocol YearlyProcess: Sendable {
    /// The process's name in the scenario's `processes` list.
    static var name: String { get }
    /// Prepares the process from its parameters (`world.scenario.parameters`) and the world.
    init(world: SimulationWorld)
    /// Applies the process to every village for `year`, drawing from each village's stream.
    func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams)
}
