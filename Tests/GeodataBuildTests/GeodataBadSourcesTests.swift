import Foundation
import GIS
import Testing
@testable import GeodataBuild

/// Broken sources never crash the builder: each class of mistake in a copy of the
/// shipped sources is an error naming the file (and line), and all of them are reported.
@Suite struct GeodataBadSourcesTests {
    /// A copy of geodata/sources changed by `change`, built; the error text ("" when built).
    func buildError(_ label: String, _ change: (String) throws -> Void) throws -> String {
        let copy = try temporaryCopy(of: GeodataFixture.sources, label: "bad-\(label)")
        let out = GeodataFixture.temporaryFolder("bad-\(label)-out")
        defer { try? FileManager.default.removeItem(atPath: copy); try? FileManager.default.removeItem(atPath: out) }
        try change(copy)
        do { _ = try GeodataFixture.build(into: out, sources: copy); return "" } catch let e as GISError {
            #expect(!e.isOutputFailure, "a source problem is a data error (65), not an output failure")
            return e.description
        }
    }

    static func lines(_ folder: String, _ file: String) throws -> [String] {
        // The shipped lists end their lines in CRLF (one Character in Swift).
        try String(contentsOfFile: folder + "/" + file, encoding: .utf8).components(separatedBy: "\r\n")
    }

    static func write(_ lines: [String], _ folder: String, _ file: String) throws {
        try lines.joined(separator: "\r\n").write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
    }

    static let villages = "villages-names.csv", townships = "townships-2016.csv"

    @Test func aHeaderOnlyVillageListIsAnErrorAtLine1() throws {
        let e = try buildError("header-only") { try Self.write([try Self.lines($0, Self.villages)[0], ""], $0, Self.villages) }
        #expect(e.contains("villages-names.csv: line 1: error: expected at least one row after the header"), "\(e)")
    }

    @Test func aOneRowVillageListNamesEveryTownshipLeftWithoutVillages() throws {
        let e = try buildError("one-row") { try Self.write(Array(try Self.lines($0, Self.villages).prefix(2)) + [""], $0, Self.villages) }
        #expect(e.contains("township 城北镇 (511623101000, line 4 of"), "\(e)")
        #expect(e.contains("has no village or community"))
        #expect(e.components(separatedBy: "has no village or community").count - 1 >= 40, "every township is named, not the first")
    }

    @Test func aListOfOnly社区IsAnError() throws {
        let e = try buildError("only-community") { folder in
            let all = try Self.lines(folder, Self.villages)
            try Self.write([all[0]] + all.dropFirst().filter { $0.contains(",community,") } + [""], folder, Self.villages)
        }
        #expect(e.contains("every row is a community (社区)"), "\(e)")
    }

    @Test func carriageReturnLineEndsReadLikeNewlines() throws {
        let e = try buildError("cr-only") { folder in
            let text = try String(contentsOfFile: folder + "/" + Self.villages, encoding: .utf8)
            #expect(text.contains("\r\n"))
            try text.replacingOccurrences(of: "\r\n", with: "\r").write(toFile: folder + "/" + Self.villages, atomically: true, encoding: .utf8)
        }
        #expect(e == "", "a CR-only file is read as its lines: \(e)")
    }

    @Test func anEmptyCountyGeometryIsAnErrorNamingTheFeature() throws {
        let e = try buildError("empty-county") { folder in
            let path = folder + "/linshui-county-511623.geojson"
            try #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[]}}]}"#
                .write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(e.contains("linshui-county-511623.geojson: feature 0, geometry: error"), "\(e)")
    }

    @Test func aSelfIntersectingCountyIsAnErrorNotAGeometryFailure() throws {
        let e = try buildError("bow-tie-county") { folder in
            try #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[106.8,30.1],[107.2,30.5],[107.2,30.1],[106.8,30.5],[106.8,30.1]]]}}]}"#
                .write(toFile: folder + "/linshui-county-511623.geojson", atomically: true, encoding: .utf8)
        }
        #expect(e.contains("linshui-county-511623.geojson: feature 0, geometry: error: not a valid polygon: Self-intersection at 107.0, 30.3"), "\(e)")
    }

    @Test func aTownshipListWithoutTheCountyRowIsAnError() throws {
        let e = try buildError("no-county") { folder in
            try Self.write(try Self.lines(folder, Self.townships).filter { !$0.contains(",county,") }, folder, Self.townships)
        }
        #expect(e.contains("townships-2016.csv: error: no row of level county"), "\(e)")
    }

    @Test func twoCountyRowsAreAnErrorNamingBothLines() throws {
        let e = try buildError("two-counties") { folder in
            let all = try Self.lines(folder, Self.townships)
            try Self.write(all.dropLast() + [all[1].replacingOccurrences(of: "511623000000", with: "511623999000"), ""], folder, Self.townships)
        }
        #expect(e.contains("2 rows of level county (lines 2, 48)"), "\(e)")
    }

    @Test func emptyNamesAndNonASCIIDigitsAreReportedInBothListsAtOnce() throws {
        let e = try buildError("names-digits") { folder in
            var t = try Self.lines(folder, Self.townships)
            t[3] = t[3].replacingOccurrences(of: ",城北镇,", with: ",,")
            t[4] = t[4].replacingOccurrences(of: "511623102000", with: "５11623102000")
            try Self.write(t, folder, Self.townships)
            var v = try Self.lines(folder, Self.villages)
            let cells = v[5].split(separator: ",", omittingEmptySubsequences: false)
            v[5] = ([cells[0], " "] + cells.dropFirst(2)).joined(separator: ",")
            try Self.write(v, folder, Self.villages)
        }
        #expect(e.contains("townships-2016.csv: 4:14: error: empty name"), "\(e)")
        #expect(e.contains("townships-2016.csv: 5:1: error: expected a 12-digit code of ASCII digits 0–9, found \"５11623102000\""), "\(e)")
        #expect(e.contains("villages-names.csv: 6:2: error: empty name"), "the village list is checked too: \(e)")
    }

    @Test func aTownshipWithoutVillagesIsNamed() throws {
        let e = try buildError("no-villages") { folder in
            try Self.write(try Self.lines(folder, Self.villages).filter { !$0.contains(",511623225000,") }, folder, Self.villages)
        }
        #expect(e.contains("township 同石乡 (511623225000, line 47 of"), "\(e)")
    }

    @Test func aRepeatedTownshipIsAnErrorNotAGeometryFailure() throws {
        let e = try buildError("duplicate-township") { folder in
            let t = try Self.lines(folder, Self.townships)
            try Self.write(t.dropLast() + [t[2].replacingOccurrences(of: "511623100000", with: "511623299000"), ""], folder, Self.townships)
            var v = try Self.lines(folder, Self.villages)
            v.insert(try #require(v.first { $0.contains(",village,511623100000") }).replacingOccurrences(of: "511623100000", with: "511623299000"), at: v.count - 1)
            try Self.write(v, folder, Self.villages)
        }
        #expect(e.contains("townships-2016.csv: 48:14: error: township name 鼎屏镇 repeats line 3"), "\(e)")
        #expect(!e.contains("GEOS"))
    }

    @Test func anUnknownPlanningCRSIsAnErrorNamingTheProfile() throws {
        let e = try buildError("crs") { folder in
            let text = try String(contentsOfFile: folder + "/county.yaml", encoding: .utf8)
            try text.replacingOccurrences(of: "planning: EPSG:4545", with: "planning: EPSG:99999").write(toFile: folder + "/county.yaml", atomically: true, encoding: .utf8)
        }
        #expect(e.contains("county.yaml: error: crs.planning EPSG:99999"), "\(e)")
    }

    @Test func profileTotalsTheVillagesCannotHoldNameTheProfile() throws {
        // One township with one 村 and no 社区: the profile's urban population has nowhere to live.
        let e = try buildError("one-village") { folder in
            let t = try Self.lines(folder, Self.townships)
            try Self.write(Array(t.prefix(3)) + [""], folder, Self.townships)
            let v = try Self.lines(folder, Self.villages)
            try Self.write([v[0], try #require(v.first { $0.contains(",village,511623100000") }), ""], folder, Self.villages)
        }
        #expect(e.contains("county.yaml: error: poverty:"), "\(e)")
    }

    @Test func aSingleVillageAllocationNeverTrapsOnTheLargestRemainder() throws {
        #expect(try LargestRemainder.allocate(5, weights: [1]) == [5])
        #expect(try LargestRemainder.allocate(0, weights: []) == [])
        #expect(throws: GISError.self) { try LargestRemainder.allocate(5, weights: []) }
        #expect(throws: GISError.self) { try LargestRemainder.allocate(5, weights: [1], caps: [2]) }
    }
}
