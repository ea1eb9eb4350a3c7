import Testing
@testable import GeodataBuild

@Test func theGeodataBuildModuleLinks() { _ = GeodataBuildModule.self }
