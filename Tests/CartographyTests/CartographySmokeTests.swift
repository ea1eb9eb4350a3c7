import Testing
@testable import Cartography

@Test func theCartographyModuleLinks() { _ = CartographyModule.self }
