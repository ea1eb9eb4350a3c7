import Foundation
import GIS
import Testing
@testable import Planning

/// The county profile: every key checked, every problem reported at once with its place.
@Suite struct CountyProfileDecodingTests {
    /// The project's root (three levels above this file).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let linshuiPath = root + "/geodata/sources/county.yaml"

    static func linshuiText() throws -> String { try String(contentsOfFile: linshuiPath, encoding: .utf8) }

    static func problems(_ text: String) -> [Diagnostic] {
        do { _ = try CountyProfile.decode(text: text, file: "p.yaml"); return [] } catch let e as GISError { return e.diagnostics } catch { return [] }
    }

    @Test func theShippedProfileReadsWithoutProblems() throws {
        let p = try CountyProfile.load(path: Self.linshuiPath)
        #expect(p.county.code.count == 6)
        #expect(p.years.simulated.count == p.years.end - p.years.base)
        #expect(!p.terrain.units.isEmpty && !p.zones.list.isEmpty)
        #expect(p.calibration.contains { $0.figure == .countyExit })
    }

    @Test func anUnknownKeyIsReportedWithItsPlaceAndASuggestion() throws {
        let text = try Self.linshuiText().replacingOccurrences(of: "  name_en:", with: "  name_enn:")
        let d = Self.problems(text)
        let unknown = try #require(d.first { $0.message.contains("unknown key") })
        #expect(unknown.location.path == "county.name_enn")
        #expect(unknown.message.contains("did you mean \"name_en\""))
        #expect(unknown.location.line == 9)
        #expect(d.contains { $0.message.contains("missing key \"name_en\"") })
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() throws {
        var text = try Self.linshuiText()
        text = text.replacingOccurrences(of: "base: 2015", with: "base: 0x7DF")
        text = text.replacingOccurrences(of: "rural_incidence: 0.095", with: "rural_incidence: nan")
        text = text.replacingOccurrences(of: "kind: flood", with: "kind: floods")
        text = text.replacingOccurrences(of: "select: {zones: [二环山区]", with: "select: {zones: [二环山]")
        let d = Self.problems(text)
        #expect(d.contains { $0.location.path == "years.base" && $0.message.contains("an integer") })
        #expect(d.contains { $0.location.path == "poverty.rural_incidence" })
        #expect(d.contains { $0.location.path == "zones.list[1].kind" && $0.message.contains("did you mean \"flood\"") })
        #expect(d.contains { $0.location.path == "demonstration_lines.list[0].select.zones[0]" && $0.message.contains("unknown zone \"二环山\"") })
        #expect(d.allSatisfy { $0.file == "p.yaml" && ($0.location.line ?? 0) > 0 })
    }

    @Test func aDuplicateZoneAndADuplicateKeyAreRefused() throws {
        let text = try Self.linshuiText().replacingOccurrences(of: "    - name: 水淹区", with: "    - name: 二环山区")
        #expect(Self.problems(text).contains { $0.message.contains("zone \"二环山区\" is defined twice") })
        let dup = "county:\n  name_zh: a\n  name_zh: b\n"
        #expect(Self.problems(dup).contains { $0.message.contains("duplicate key \"name_zh\"") && $0.location.line == 3 })
    }

    @Test func aTargetOutsideTheProfileYearsIsRefused() throws {
        let text = try Self.linshuiText().replacingOccurrences(of: "    year: 2016\n    value: 16301", with: "    year: 2031\n    value: 16301")
        #expect(Self.problems(text).contains { $0.location.path == "calibration[2].year" && $0.message.contains("2015…2020") })
    }

    /// Found by the fuzz target `county` (Fuzz/crashes/county/end-year-not-a-number): an end
    /// year that is not a number (`20/20`) left an end before the base, and checking a
    /// calibration target's year against `base...end` trapped. Now both are reported.
    @Test func anEndYearThatIsNotANumberIsReportedNeverATrap() throws {
        let text = try Self.linshuiText().replacingOccurrences(of: "  end: 2020", with: "  end: 20/20")
        #expect(text != (try Self.linshuiText()))
        let d = Self.problems(text)
        #expect(d.contains { $0.location.path == "years.end" }, "\(d)")
        #expect(d.contains { $0.message.contains("expected end") }, "\(d)")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: Self.root + "/Fuzz/crashes/county")) ?? [] {
            let input = try String(contentsOfFile: Self.root + "/Fuzz/crashes/county/" + name, encoding: .utf8)
            _ = Self.problems(input)   // returns or throws GISError: no trap
        }
    }

    @Test func aMountainUnitNeedsItsRidgeAndATroughItsSide() throws {
        var text = try Self.linshuiText()
        text = text.replacingOccurrences(of: "{name: 华蓥山, kind: mountain, ridge: 华蓥山}", with: "{name: 华蓥山, kind: mountain}")
        text = text.replacingOccurrences(of: "between: [华蓥山, 铜锣山]", with: "between: [铜锣山]")
        let d = Self.problems(text)
        #expect(d.contains { $0.location.path == "terrain.units[0]" && $0.message.contains("names its ridge") })
        #expect(d.contains { $0.location.path == "terrain.units[1].between" && $0.message.contains("side") })
    }

    @Test func theCountyCodeMustBeSixDigitsInQuotes() throws {
        let text = try Self.linshuiText().replacingOccurrences(of: "code: \"511623\"", with: "code: 511623")
        // A plain 511623 is still the text "511623"; a wrong length is refused.
        #expect(Self.problems(text).isEmpty)
        let short = try Self.linshuiText().replacingOccurrences(of: "code: \"511623\"", with: "code: \"51162\"")
        #expect(Self.problems(short).contains { $0.location.path == "county.code" })
    }

    @Test func aMissingProfileNamesTheFileAndTheDocumentation() {
        #expect {
            try CountyProfile.load(directory: "/nonexistent-benkang")
        } throws: { e in
            "\(e)".contains("/nonexistent-benkang/county.yaml") && "\(e)".contains("The county profile")
        }
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-profile-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("county.yaml").path
        try (Data([0xEF, 0xBB, 0xBF]) + Data(try Self.linshuiText().utf8)).write(to: URL(fileURLWithPath: path))
        #expect(try CountyProfile.load(path: path).county.code == "511623")
    }

    @Test func everyKeyTheDecoderKnowsIsDocumented() throws {
        let readme = try String(contentsOfFile: Self.root + "/geodata/README.md", encoding: .utf8)
        let section = try #require(readme.range(of: "## The county profile")).upperBound
        let doc = String(readme[section...])
        let sample = try Self.linshuiText()
        let undocumented = CountyProfile.knownKeyPaths(readingSample: sample).filter { !doc.contains("`\($0)`") }.sorted()
        #expect(undocumented.isEmpty, "keys missing from geodata/README.md, The county profile: \(undocumented)")
    }
}
