import Testing
@testable import Planning

@Test func thePlanningModuleLinks() { _ = PlanningModule.self }
