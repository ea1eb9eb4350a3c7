import Testing
@testable import Simulation

@Test func theSimulationModuleLinks() { _ = SimulationModule.self }
