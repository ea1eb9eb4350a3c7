import Foundation
import Testing
@testable import GeodataBuild

@Suite struct GeodataReviewTests {
    @Test func aRepeatedTownshipCodeIsReportedWithItsLine() throws {
        let folder = GeodataFixture.temporaryFolder("repeated-code")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "code,name,level,parent_code\n511623000000,邻水县,county,511600000000\n511623100000,鼎屏镇,town,511623000000\n511623100000,城北镇,town,511623000000\n"
            .write(toFile: folder + "/townships-2016.csv", atomically: true, encoding: .utf8)
        try "code,name,level,parent_code,parent_name\n,北街社区居委会,community,511623100000,鼎屏镇\n"
            .write(toFile: folder + "/villages-names.csv", atomically: true, encoding: .utf8)
        #expect {
            _ = try SourceTables.read(folder: folder, townshipsFile: "townships-2016.csv", villagesFile: "villages-names.csv")
        } throws: { error in
            "\(error)".contains("townships-2016.csv: line 4") && "\(error)".contains("511623100000")
        }
    }

    @Test func everyWrittenFileIsListed() throws {
        let f = try GeodataFixture.get()
        #expect(Set(f.report.files) == Set(GeodataBuilder.outputFiles))
    }
}
