import Foundation
import Testing

/// `benkang export`: every GeoPackage written is opened with GDAL's ogrinfo, the reader
/// of QGIS, and checked for layers, feature counts, CRS, field types and Chinese text.
@Suite(.serialized) struct ExportCommandTests {
    static let geodataLayers = ["contours", "county", "lines", "neighbours", "roads", "sites", "strategy",
                                "terrain", "townships", "villages", "zones"]

    /// `ogrinfo -so FILE LAYER`'s feature count.
    static func featureCount(_ file: String, _ layer: String) throws -> Int? {
        let text = try OGRInfo.run(["-so", file, layer])
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Feature Count: ") }) else { return nil }
        return Int(line.dropFirst("Feature Count: ".count))
    }

    /// The number of data rows of a CSV file.
    static func csvRows(_ path: String) throws -> Int {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count - 1
    }

    @Test func theGeodataFolderBecomesOneLayerPerFileInCGCS2000WithChineseColumns() throws {
        let dir = try GISCommandTests.temporaryDirectory()
        let out = dir.appendingPathComponent("geodata.gpkg").path
        let r = try CLI.run(["export", "geodata", "-o", out])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let listing = try OGRInfo.run([out])
        for (i, layer) in Self.geodataLayers.enumerated() { #expect(listing.contains("\(i + 1): \(layer)"), "\(layer)") }
        #expect(listing.contains("12: layer_styles (None)"))
        #expect(!listing.contains("13:"))
        #expect(try Self.featureCount(out, "villages") == 522)
        #expect(try Self.featureCount(out, "townships") == 45)
        #expect(try Self.featureCount(out, "sites") == 75)
        let villages = try OGRInfo.run(["-so", out, "villages"])
        #expect(villages.contains("ID[\"EPSG\",4490]]"))
        #expect(villages.contains("Geometry: Multi Polygon"))
        #expect(villages.contains("人口: Integer64"))
        #expect(villages.contains("贫困村: Integer(Boolean)"))
        #expect(villages.contains("坡度_度: Real"))
        #expect(villages.contains("乡镇代码: String"))
        #expect(villages.contains("IDENTIFIER=行政村"))
        let one = try OGRInfo.run([out, "-sql", "SELECT 名称, 乡镇名称, 所在区域 FROM villages WHERE 编号 = '511623100000-013'"])
        #expect(one.contains("名称 (String) = 北外村"))
        #expect(one.contains("乡镇名称 (String) = 鼎屏镇"))
        let styles = try OGRInfo.run([out, "-sql", "SELECT f_table_name FROM layer_styles WHERE useAsDefault = 1"])
        for layer in ["townships", "villages", "zones", "sites"] { #expect(styles.contains("= \(layer)"), "\(layer) style") }
        // The same inputs give the same bytes.
        let again = dir.appendingPathComponent("again.gpkg").path
        #expect(try CLI.run(["export", "geodata", "-o", again]).status == 0)
        #expect(FileManager.default.contents(atPath: out) == FileManager.default.contents(atPath: again))
    }

    @Test func aRunFolderAddsItsVillagesTheYearlyTableAndTheFlowsInEPSG4545() throws {
        let dir = try GISCommandTests.temporaryDirectory()
        let run = dir.appendingPathComponent("baseline").path
        let sim = try CLI.run(["simulate", "scenarios/baseline.yaml", "--out", run])
        #expect(sim.status == 0, "stderr: \(sim.stderr)")
        let out = dir.appendingPathComponent("baseline.gpkg").path
        let r = try CLI.run(["export", run, "-o", out, "--crs", "EPSG:4545"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("14 layers"))
        let listing = try OGRInfo.run([out])
        #expect(listing.contains("12: run_villages (Multi Polygon)"))
        #expect(listing.contains("13: flows (Line String)"))
        #expect(listing.contains("14: village_years (None)"))
        #expect(try Self.featureCount(out, "village_years") == Self.csvRows(run + "/villages.csv"))
        #expect(try Self.featureCount(out, "flows") == Self.csvRows(run + "/flows.csv"))
        #expect(try Self.featureCount(out, "run_villages") == 475)
        let flows = try OGRInfo.run(["-so", out, "flows"])
        #expect(flows.contains("ID[\"EPSG\",4545]]"))
        #expect(flows.contains("搬迁距离_公里: Real"))
        #expect(flows.contains("迁出村名: String"))
        #expect(flows.contains("安置点名称: String"))
        let years = try OGRInfo.run(["-so", out, "village_years"])
        #expect(years.contains("乡镇代码: String") && years.contains("乡镇名称: String") && years.contains("贫困发生率: Real"))
        let north = try OGRInfo.run([out, "-sql", "SELECT 村名, 乡镇名称 FROM village_years WHERE 村编号 = '511623100000-013' AND 年份 = 2015"])
        #expect(north.contains("村名 (String) = 北外村") && north.contains("乡镇名称 (String) = 鼎屏镇"))
    }

    @Test func badUsageBadCRSAndAnUnwritableOutputGetTheirExitStatus() throws {
        let dir = try GISCommandTests.temporaryDirectory()
        #expect(try CLI.run(["export", "geodata", "-o", dir.appendingPathComponent("x.shp").path]).status == 64)
        let badCRS = try CLI.run(["export", "geodata", "-o", dir.appendingPathComponent("x.gpkg").path, "--crs", "EPSG:999999"])
        #expect(badCRS.status == 65 && badCRS.stderr.contains("--crs EPSG:999999"))
        let unwritable = try CLI.run(["export", "geodata", "-o", dir.path + "/no/such/folder/x.gpkg"])
        #expect(unwritable.status == 73, "stderr: \(unwritable.stderr)")
        #expect(unwritable.stderr.contains("no/such/folder/x.gpkg"))
        #expect(!unwritable.stderr.contains(".tmp-"))
        let notGeodata = try CLI.run(["export", dir.path, "-o", dir.appendingPathComponent("y.gpkg").path])
        #expect(notGeodata.status == 65)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty, "nothing partial is left")
    }

    @Test func shapefilesOpenInGDALWithTheirCRSTypesAndChineseTextInUTF8AndGBK() throws {
        let dir = try GISCommandTests.temporaryDirectory()
        let out = dir.appendingPathComponent("shp").path
        let r = try CLI.run(["export", "geodata", "--format", "shp", "-o", out, "--crs", "EPSG:4545"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let listing = try OGRInfo.run([out])
        // terrain mixes points, lines and areas: three Shapefiles.
        for layer in Self.geodataLayers where layer != "terrain" { #expect(listing.contains(": \(layer) ("), "\(layer)") }
        for part in ["terrain_point (Point)", "terrain_line (Line String)", "terrain_polygon (Polygon)"] {
            #expect(listing.contains(part))
        }
        #expect(try Self.featureCount(out, "villages") == 522)
        let villages = try OGRInfo.run(["-so", out, "villages"])
        #expect(villages.contains("ID[\"EPSG\",4545]]"), "the .prj (ESRI WKT) is identified as EPSG:4545")
        #expect(villages.contains("population: Integer"))
        #expect(villages.contains("slope_deg: Real"))
        #expect(villages.contains("township_c: String (12.0)"))
        #expect(villages.contains("poor_villa: Integer (1.0)"))
        let north = try OGRInfo.run(["-q", out, "villages", "-where", "id = '511623100000-013'"])
        #expect(north.contains("name (String) = 北外村"))
        #expect(north.contains("zones (String) = "), "the zones list joined into text")
        #expect(try String(contentsOfFile: out + "/villages.cpg", encoding: .utf8) == "UTF-8\n")
        let table = try String(contentsOfFile: out + "/fields.csv", encoding: .utf8)
        #expect(table.contains("villages,income_per,2015年人均纯收入_元,income_per_capita_2015,N,5,0"))
        #expect(FileManager.default.fileExists(atPath: out + "/villages.qml"))

        // GBK with Chinese names, replacing the earlier export.
        let gbk = try CLI.run(["export", "geodata", "--format", "shp", "--encoding", "gbk", "--field-names", "zh", "-o", out])
        #expect(gbk.status == 0, "stderr: \(gbk.stderr)")
        #expect(try String(contentsOfFile: out + "/villages.cpg", encoding: .utf8) == "936\n")
        let dbf = try #require(FileManager.default.contents(atPath: out + "/villages.dbf"))
        #expect(dbf.range(of: Data([0xB1, 0xB1, 0xCD, 0xE2, 0xB4, 0xE5])) != nil, "北外村 in GBK")
        #expect(dbf.range(of: Data("北外村".utf8)) == nil)
        let all = try OGRInfo.run(["-q", out, "villages"])
        #expect(all.contains("名称 (String) = 北外村"), "GDAL decodes the GBK text and names")
        #expect(try OGRInfo.run(["-so", out, "villages"]).contains("ID[\"EPSG\",4545]]") == false)
        #expect(try OGRInfo.run(["-so", out, "villages"]).contains("ID[\"EPSG\",4490]]"), "default CRS CGCS2000")
    }

    @Test func aRunFolderAsShapefilesHasTheYearlyTableAsADBFAlone() throws {
        let dir = try GISCommandTests.temporaryDirectory()
        let run = dir.appendingPathComponent("run").path
        #expect(try CLI.run(["simulate", "scenarios/baseline.yaml", "--out", run]).status == 0)
        let out = dir.appendingPathComponent("shp").path
        let r = try CLI.run(["export", run, "--format", "shp", "-o", out])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out + "/village_years.shp"))
        #expect(try Self.featureCount(out, "village_years") == Self.csvRows(run + "/villages.csv"))
        #expect(try Self.featureCount(out, "flows") == Self.csvRows(run + "/flows.csv"))
        let years = try OGRInfo.run(["-q", out, "village_years", "-where", "village_id = '511623100000-013' AND year = 2015"])
        #expect(years.contains("village_na (String) = 北外村") && years.contains("township_n (String) = 鼎屏镇"))
        // A flow naming a village the geodata lacks, and a short row: each named with its line.
        let flows = run + "/flows.csv"
        let lines = try Self.csvRows(flows) + 1
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: flows))
        handle.seekToEndOfFile()
        handle.write(Data("2017,511623999999-001,site-county-seat,1,3,无名村,无名镇,县城安置点\r\n2017,511623100000-013\r\n".utf8))
        try handle.close()
        let bad = try CLI.run(["export", run, "-o", dir.appendingPathComponent("bad.gpkg").path])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("flows.csv: line \(lines + 1):") && bad.stderr.contains("511623999999-001"), "\(bad.stderr)")
        #expect(bad.stderr.contains("flows.csv: line \(lines + 2):") && bad.stderr.contains("expected 8 fields"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("bad.gpkg").path))
        // A folder that is not an earlier export is never replaced.
        let foreign = try CLI.run(["export", "geodata", "--format", "shp", "-o", run])
        #expect(foreign.status == 73 && foreign.stderr.contains("not an earlier"))
        #expect(FileManager.default.fileExists(atPath: run + "/summary.json"))
    }

    @Test func geodataBuildWritesTheShippedQGISStylesBesideTheLayers() throws {
        let dir = try GISCommandTests.temporaryDirectory()
        let out = dir.appendingPathComponent("geodata").path
        let r = try CLI.run(["geodata", "build", "--out", out])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let styled = ["contours", "county", "lines", "neighbours", "roads", "sites", "townships", "villages", "zones"]
        #expect(r.stdout.contains("QGIS styles: " + styled.map { $0 + ".qml" }.joined(separator: ", ")))
        for stem in styled {
            let built = FileManager.default.contents(atPath: out + "/\(stem).qml")
            let shipped = FileManager.default.contents(atPath: CLI.packageRoot.path + "/geodata/\(stem).qml")
            #expect(built != nil && built == shipped, "geodata/\(stem).qml is stale: run benkang geodata build")
        }
        let villages = try String(contentsOfFile: out + "/villages.qml", encoding: .utf8)
        #expect(villages.contains("filter=\"&quot;poor_village&quot;\""))
        #expect(villages.contains("name=\"贫困村\""), "Chinese alias of poor_village")
    }

    @Test func validateAndInfoReadEveryLayerOfAGeoPackageFromBenkangOrGDAL() throws {
        let dir = try GISCommandTests.temporaryDirectory()
        let ours = dir.appendingPathComponent("gk.gpkg").path
        #expect(try CLI.run(["export", "geodata", "-o", ours, "--crs", "EPSG:4545"]).status == 0)
        let valid = try CLI.run(["validate", ours])
        #expect(valid.status == 0, "stderr: \(valid.stderr)")
        #expect(valid.stdout.contains("gk.gpkg (layer villages): valid (522 features, EPSG:4545)"))
        #expect(valid.stdout.split(separator: "\n").count == Self.geodataLayers.count)
        // Measured from EPSG:4545 back through lon/lat: the same area as the GeoJSON.
        let info = try CLI.run(["info", ours])
        let json = try CLI.run(["info", "geodata/townships.geojson"])
        #expect(info.status == 0 && json.status == 0)
        let area = try #require(json.stdout.split(separator: "\n").first { $0.contains("area:") })
        #expect(info.stdout.contains("gk.gpkg (layer townships)\n"))
        #expect(info.stdout.contains(String(area)))

        // A GeoPackage GDAL wrote, with a layer named in Chinese and an invalid polygon.
        let bowtie = dir.appendingPathComponent("bowtie.geojson").path
        try #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"名称":"蝴蝶"},"geometry":{"type":"Polygon","coordinates":[[[107,30],[107.1,30.1],[107.1,30],[107,30.1],[107,30]]]}}]}"#
            .write(toFile: bowtie, atomically: true, encoding: .utf8)
        let gdal = dir.appendingPathComponent("gdal.gpkg").path
        _ = try OGRInfo.run(["-f", "GPKG", gdal, "geodata/townships.geojson", "-nln", "乡镇"], tool: "ogr2ogr")
        _ = try OGRInfo.run(["-update", gdal, bowtie, "-nln", "bowtie"], tool: "ogr2ogr")
        let r = try CLI.run(["validate", gdal])
        #expect(r.status == 65)
        #expect(r.stdout.contains("gdal.gpkg (layer 乡镇): valid (45 features, EPSG:4326)"))
        #expect(r.stderr.contains("gdal.gpkg (layer bowtie): feature 0") && r.stderr.contains("invalid Polygon"), "\(r.stderr)")
        let broken = dir.appendingPathComponent("broken.gpkg").path
        try Data(Array("SQLite format 3".utf8) + [0] + [UInt8](repeating: 7, count: 300)).write(to: URL(fileURLWithPath: broken))
        let b = try CLI.run(["info", broken])
        #expect(b.status == 65 && b.stderr.contains("broken.gpkg: error: cannot read the GeoPackage"))
    }

    @Test func validateAndInfoReadShapefilesFromBenkangOrGDALInUTF8OrGBK() throws {
        let dir = try GISCommandTests.temporaryDirectory()
        let out = dir.appendingPathComponent("shp").path
        #expect(try CLI.run(["export", "geodata", "--format", "shp", "--encoding", "gbk", "--field-names", "zh",
                             "--crs", "EPSG:4545", "-o", out]).status == 0)
        let valid = try CLI.run(["validate", out + "/townships.shp", out + "/terrain_point.shp"])
        #expect(valid.status == 0, "stderr: \(valid.stderr)")
        #expect(valid.stdout.contains("townships.shp (layer townships): valid (45 features, EPSG:4545)"))
        let info = try CLI.run(["info", out + "/townships.shp"])
        let json = try CLI.run(["info", "geodata/townships.geojson"])
        let area = try #require(json.stdout.split(separator: "\n").first { $0.contains("area:") })
        #expect(info.stdout.contains(String(area)), "the same area after the .shp round trip through EPSG:4545")
        #expect(info.stdout.contains("名称"), "GBK field names decoded")

        // GDAL's Shapefile: an invalid polygon is reported, a hole stays a hole.
        let holed = dir.appendingPathComponent("holed.geojson").path
        try #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"名称":"环"},"geometry":{"type":"Polygon","coordinates":[[[107,30],[107.2,30],[107.2,30.2],[107,30.2],[107,30]],[[107.05,30.05],[107.05,30.1],[107.1,30.1],[107.1,30.05],[107.05,30.05]]]}},{"type":"Feature","properties":{"名称":"蝴蝶"},"geometry":{"type":"Polygon","coordinates":[[[107,30],[107.1,30.1],[107.1,30],[107,30.1],[107,30]]]}}]}"#
            .write(toFile: holed, atomically: true, encoding: .utf8)
        let gdal = dir.appendingPathComponent("gdal.shp").path
        _ = try OGRInfo.run(["-f", "ESRI Shapefile", gdal, holed], tool: "ogr2ogr")
        let r = try CLI.run(["validate", gdal])
        #expect(r.status == 65)
        #expect(r.stderr.contains("gdal.shp (layer gdal): feature 1") && r.stderr.contains("invalid Polygon"), "\(r.stderr)")
        #expect(!r.stderr.contains("feature 0"), "the ring with its hole is valid")
        let summary = try CLI.run(["info", gdal])
        #expect(summary.stdout.contains("Polygon 2"))
    }
}
