import Foundation
import Testing
@testable import GeodataBuild

/// The build's report: it lists every file the build writes.
@Suite struct GeodataReportTests {
    @Test func everyWrittenFileIsListed() throws {
        let f = try GeodataFixture.get()
        #expect(Set(f.report.files) == Set(GeodataBuilder.outputFiles))
    }
}
