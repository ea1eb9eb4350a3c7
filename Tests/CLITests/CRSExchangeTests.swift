import Foundation
import Testing

/// GeoJSON in CGCS2000 (EPSG:4490) and projected GeoJSON, as planners get them from
/// government data and from `benkang project`.
@Suite struct CRSExchangeTests {
    static func tagged(_ urn: String?, coordinates: [(Double, Double)]) -> String {
        let crs = urn.map { #""crs":{"type":"name","properties":{"name":"\#($0)"}},"# } ?? ""
        let features = coordinates.enumerated().map { i, p in
            #"{"type":"Feature","properties":{"name":"北外村\#(i)"},"geometry":{"type":"Point","coordinates":[\#(p.0),\#(p.1)]}}"#
        }
        return #"{"type":"FeatureCollection",\#(crs)"features":[\#(features.joined(separator: ","))]}"#
    }

    @Test func aCGCS2000FileIsValidAndProjectedToAFileGDALReadsAsEPSG4545() throws {
        let dir = try GISCommandTests.temporaryDirectory()
        let file = dir.appendingPathComponent("cgcs2000.geojson").path
        try Self.tagged("urn:ogc:def:crs:EPSG::4490", coordinates: [(106.9, 30.3), (107.0, 30.4)])
            .write(toFile: file, atomically: true, encoding: .utf8)
        let valid = try CLI.run(["validate", file])
        #expect(valid.status == 0, "stderr: \(valid.stderr)")
        #expect(valid.stderr.contains("differ by a few centimetres"))
        let info = try CLI.run(["info", file])
        #expect(info.status == 0, "stderr: \(info.stderr)")

        let out = dir.appendingPathComponent("gk.geojson").path
        for from in [["--from", "EPSG:4490"], []] {
            let r = try CLI.run(["project"] + from + ["--to", "EPSG:4545", file, "-o", out])
            #expect(r.status == 0, "stderr: \(r.stderr)")
            let text = try String(contentsOfFile: out, encoding: .utf8)
            #expect(text.contains(#""crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4545"}}"#))
        }
        let gdal = try OGRInfo.run(["-so", "-al", out])
        #expect(gdal.contains("ID[\"EPSG\",4545]"))
        #expect(gdal.contains("Feature Count: 2"))

        // Back to lon/lat: no crs member (RFC 7946).
        let back = dir.appendingPathComponent("back.geojson").path
        let r = try CLI.run(["project", "--from", "EPSG:4545", "--to", "EPSG:4490", out, "-o", back])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(try !String(contentsOfFile: back, encoding: .utf8).contains("\"crs\""))
        // Without --from, the projected file's crs member says where to transform from.
        let auto = dir.appendingPathComponent("auto.geojson").path
        let a = try CLI.run(["project", "--to", "EPSG:4490", "--precision", "6", out, "-o", auto])
        #expect(a.status == 0, "stderr: \(a.stderr)")
        #expect(a.stderr.contains("positions are in EPSG:4545"))
        #expect(try String(contentsOfFile: auto, encoding: .utf8).contains("[106.9,30.3]"))
    }

    @Test func aProjectedFileGivesOneClearLineInEveryReadingCommand() throws {
        let dir = try GISCommandTests.temporaryDirectory()
        let points = (0..<1001).map { (400000.0 + Double($0), 3353793.0) }
        let tagged = dir.appendingPathComponent("tagged.geojson").path
        let bare = dir.appendingPathComponent("bare.geojson").path
        try Self.tagged("urn:ogc:def:crs:EPSG::4545", coordinates: points).write(toFile: tagged, atomically: true, encoding: .utf8)
        try Self.tagged(nil, coordinates: points).write(toFile: bare, atomically: true, encoding: .utf8)
        for command in ["info", "validate"] {
            let t = try CLI.run([command, "--quiet", tagged].filter { command == "validate" || $0 != "--quiet" })
            #expect(t.status == 65)
            let lines = t.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(command): \(t.stderr.prefix(400))")
            #expect(t.stderr.contains("this file is in EPSG:4545"))
            #expect(t.stderr.contains("benkang project --from EPSG:4545 --to EPSG:4490"))
            let b = try CLI.run([command, "--quiet", bare].filter { command == "validate" || $0 != "--quiet" })
            #expect(b.status == 65)
            #expect(b.stderr.split(separator: "\n").count == 1, "\(command): \(b.stderr.prefix(400))")
            #expect(b.stderr.contains("look like metres of a projected CRS"))
            #expect(b.stderr.contains("1000 more positions"))
        }
    }

    @Test func aGeoPackageOrShapefileGivenAsGeoJSONIsNamedWithTheConversion() throws {
        let dir = try GISCommandTests.temporaryDirectory()
        let gpkg = dir.appendingPathComponent("plan.gpkg").path
        try Data(Array("SQLite format 3".utf8) + [0] + [UInt8](repeating: 0, count: 200)).write(to: URL(fileURLWithPath: gpkg))
        let shp = dir.appendingPathComponent("村.shp").path
        try Data([0x00, 0x00, 0x27, 0x0A] + [UInt8](repeating: 0, count: 200)).write(to: URL(fileURLWithPath: shp))
        for (file, what) in [(gpkg, "this is a GeoPackage"), (shp, "this is a Shapefile")] {
            // validate and info read GeoPackages and Shapefiles themselves (ExportCommandTests);
            // project reads GeoJSON only.
            for command in [["project", "--to", "EPSG:4545"]] {
                let r = try CLI.run(command + [file])
                #expect(r.status == 65)
                #expect(r.stderr.contains(what), "\(r.stderr)")
                #expect(r.stderr.contains("ogr2ogr -f GeoJSON"))
                #expect(!r.stderr.contains("syntax"))
            }
        }
    }
}

/// GDAL's `ogrinfo`, the reader QGIS uses, run on what Benkang writes. `make test`
/// installs it (apt `gdal-bin`) when missing; without it these tests fail, saying so.
enum OGRInfo {
    static var path: String? {
        for dir in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"] {
            let candidate = dir + "/ogrinfo"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String { "ogrinfo (GDAL) is not installed: run `make test-deps` (apt gdal-bin)" }
    }

    /// The standard output of `ogrinfo ARGS` (or of another GDAL `tool` beside it, such as
    /// `ogr2ogr`); throws when it is missing or fails.
    static func run(_ arguments: [String], tool: String = "ogrinfo") throws -> String {
        guard let path else { throw Missing() }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(tool)
        p.arguments = arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: o, as: UTF8.self)
        guard p.terminationStatus == 0 else {
            throw GDALFailure(description: "ogrinfo \(arguments.joined(separator: " ")) failed: "
                              + String(decoding: e, as: UTF8.self))
        }
        return text + String(decoding: e, as: UTF8.self)
    }

    struct GDALFailure: Error, CustomStringConvertible { var description: String }
}
