import Foundation
import Testing

/// End-to-end tests of `benkang info`, `validate` and `project` on the shipped data.
@Suite struct GISCommandTests {
    static let county = "geodata/county.geojson"

    /// A fresh temporary directory for one test's files.
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("benkang-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func theRealCountyBoundaryIsValid() throws {
        let r = try CLI.run(["validate", Self.county])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("valid"))
    }

    @Test func infoReportsTheCountyAreaOfAbout1914SquareKilometres() throws {
        let r = try CLI.run(["info", Self.county])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let line = try #require(r.stdout.split(separator: "\n").first { $0.contains("area:") })
        let number = line.split(separator: " ").first { Double($0.replacingOccurrences(of: ",", with: "")) != nil }
        let km2 = try #require(number.flatMap { Double($0.replacingOccurrences(of: ",", with: "")) })
        #expect(abs(km2 - 1914) < 10, "area line: \(line)")
        #expect(r.stdout.contains("MultiPolygon 1"))
    }

    @Test func aBrokenFileIsReportedWithItsFeatureAndExitStatus65() throws {
        let dir = try Self.temporaryDirectory()
        let file = dir.appendingPathComponent("broken.geojson").path
        let text = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","id":"ok","properties":{},"geometry":{"type":"Point","coordinates":[107,30]}},
        {"type":"Feature","id":"bad","properties":{},"geometry":{"type":"Polygon","coordinates":[[[107,30],[107.1,30],[107.1,30.1]]]}}
        ]}
        """
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["validate", file])
        #expect(r.status == 65)
        #expect(r.stderr.contains("broken.geojson"))
        #expect(r.stderr.contains("feature 1"))
        #expect(r.stderr.contains("bad"))
        #expect(!r.stderr.contains("Fatal error"))
    }

    @Test func aSelfIntersectingPolygonIsRepairedByFix() throws {
        let dir = try Self.temporaryDirectory()
        let file = dir.appendingPathComponent("bowtie.geojson").path
        let out = dir.appendingPathComponent("fixed.geojson").path
        let text = """
        {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"bow tie"},"geometry":
        {"type":"Polygon","coordinates":[[[107,30],[107.1,30.1],[107.1,30],[107,30.1],[107,30]]]}}]}
        """
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let before = try CLI.run(["validate", file])
        #expect(before.status == 65)
        #expect(before.stderr.lowercased().contains("self-intersection"))
        let fixed = try CLI.run(["validate", "--fix", file, "-o", out])
        #expect(fixed.status == 0, "stderr: \(fixed.stderr)")
        let after = try CLI.run(["validate", out])
        #expect(after.status == 0, "stderr: \(after.stderr)")
        #expect(after.stdout.contains("valid"))
    }

    @Test func projectTransformsPlainLinesToThePlanningCRS() throws {
        let r = try CLI.run(["project", "--from", "EPSG:4326", "--to", "EPSG:4545", "--lines"],
                            stdin: Data("107.0 30.3\n".utf8))
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout == "403802.836 3353793.458\n")
    }

    @Test func projectWritesAFileAndRefusesToOverwriteItsInput() throws {
        let dir = try Self.temporaryDirectory()
        let out = dir.appendingPathComponent("county-4545.geojson").path
        let r = try CLI.run(["project", "--to", "EPSG:4545", Self.county, "-o", out])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let back = try CLI.run(["project", "--from", "EPSG:4545", "--to", "EPSG:4326", out, "-o", out])
        #expect(back.status != 0)
        #expect(back.stderr.contains("never overwrites"))
        let info = try CLI.run(["info", "--crs", "EPSG:4545", Self.county])
        #expect(info.status == 0)
    }

    @Test func anUnknownCRSIsAnErrorInPROJsOwnWordsAndLeavesNoOutput() throws {
        let dir = try Self.temporaryDirectory()
        let out = dir.appendingPathComponent("never.geojson").path
        let r = try CLI.run(["project", "--to", "EPSG:999999", Self.county, "-o", out])
        #expect(r.status != 0)
        #expect(!r.stderr.contains("Unknown error"))
        #expect(r.stderr.contains("999999"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aMissingFileIsNamedInTheError() throws {
        let r = try CLI.run(["info", "no/such/file.geojson"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("no/such/file.geojson"))
        #expect(r.stderr.contains("no such file"))
    }
}

/// The review's edge cases: none of them may crash or corrupt the output.
@Suite struct GISCommandEdgeCaseTests {
    @Test func linesEndingInCRLFAreReadAndHugeValuesDoNotCrash() throws {
        let r = try CLI.run(["project", "--from", "EPSG:4545", "--to", "EPSG:4326", "--lines"],
                            stdin: Data("403802.836 3353793.458\r\n403802.836 3353793.458\r\n".utf8))
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count == 2)
        #expect(r.stdout.hasPrefix("106.999999996 30.300000002"))
        let huge = try CLI.run(["project", "--from", "EPSG:4545", "--to", "EPSG:4545", "--lines"], stdin: Data("1e300 5\n".utf8))
        #expect(!huge.stderr.contains("Fatal error"))
    }

    @Test func aPointPROJCannotTransformIsADataErrorNamingTheLine() throws {
        let r = try CLI.run(["project", "--to", "EPSG:4545", "--lines"], stdin: Data("107 30\n107 100\n".utf8))
        #expect(r.status == 65)
        #expect(r.stderr.contains("2:1"))
    }

    @Test func fixingABareGeometryToStdoutWritesOnlyThatGeometry() throws {
        let dir = try GISCommandTests.temporaryDirectory()
        let file = dir.appendingPathComponent("bowtie.geojson").path
        try #"{"type":"Polygon","coordinates":[[[107,30],[107.1,30.1],[107.1,30],[107,30.1],[107,30]]]}"#
            .write(toFile: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["validate", "--fix", file, "-o", "-"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(json?["type"] as? String == "MultiPolygon")
        #expect(r.stdout.hasSuffix("\n"))
    }
}

@Suite struct ProjectLegacyCRSTests {
    @Test func aProjectedFileWithALegacyCRSMemberNamingTheSourceCRSIsReprojected() throws {
        let dir = try GISCommandTests.temporaryDirectory()
        let file = dir.appendingPathComponent("projected.geojson").path
        try #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4545"}},"features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[403802.836,3353793.458]}}]}"#
            .write(toFile: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["project", "--from", "EPSG:4545", "--to", "EPSG:4326", "--precision", "6", file])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("[107,30.3]"))
        #expect(!r.stdout.contains("\"crs\""))
        let other = try CLI.run(["project", "--from", "EPSG:32648", "--to", "EPSG:4326", file])
        #expect(other.status == 65)
    }
}
