import Foundation
import GIS
import Testing
@testable import Planning

/// Hostile or malformed county profiles: refused with one clear message, never a hang.
@Suite struct CountyProfileInputProblemTests {
    static func problems(_ text: String) -> [Diagnostic] {
        CountyProfileDecodingTests.problems(text)
    }

    @Test func billionLaughsIsRefusedAtTheAlias() throws {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = Array("abcdefghi")
        for k in 1..<names.count {
            text += "\(names[k]): &\(names[k]) [\(Array(repeating: "*\(names[k - 1])", count: 9).joined(separator: ","))]\n"
        }
        text += "? *i\n: 1\n"
        let d = Self.problems(text)
        #expect(d.count == 1)
        #expect(d.first?.message.contains("alias *") == true)
        #expect((d.first?.location.line ?? 0) > 0)
    }

    @Test func aRepeatedTopLevelKeyIsNamedAtItsSecondPlace() throws {
        let text = try CountyProfileDecodingTests.linshuiText() + "years:\n  base: 2015\n"
        let d = Self.problems(text)
        #expect(d.count == 1)
        let first = try #require(d.first)
        #expect(first.message.contains("duplicate key \"years\""))
        #expect(first.location.line == text.split(separator: "\n", omittingEmptySubsequences: false).count - 2)
        #expect(!first.description.contains("\n"))
    }

    @Test func aByteOrderMarkIsAcceptedInTheFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bom-profile-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("county.yaml").path
        try Data([0xEF, 0xBB, 0xBF] + Array(try CountyProfileDecodingTests.linshuiText().utf8)).write(to: URL(fileURLWithPath: path))
        let p = try CountyProfile.load(path: path)
        #expect(p.county.code.count == 6)
    }

    @Test(arguments: ["0x7DF", "0x1p11", "inf", ".inf", "nan", "2015.0", "99999999999999999999"])
    func aNonDecimalIntegerIsRefused(_ spelling: String) throws {
        let text = try CountyProfileDecodingTests.linshuiText().replacingOccurrences(of: "base: 2015", with: "base: \(spelling)")
        #expect(Self.problems(text).contains { $0.location.path == "years.base" })
    }

    @Test(arguments: ["0x1p-3", "0x0", ".nan", "inf", "-.inf", "1e999"])
    func aNonDecimalNumberIsRefused(_ spelling: String) throws {
        let text = try CountyProfileDecodingTests.linshuiText().replacingOccurrences(of: "rural_incidence: 0.095", with: "rural_incidence: \(spelling)")
        #expect(Self.problems(text).contains { $0.location.path == "poverty.rural_incidence" })
    }
}
