import Foundation
import Testing
import GIS

@Suite struct CRSDescriptionTests {
    @Test func aProjectedAndAGeographicCRSAreToldApartWithTheirCodes() throws {
        let gk = try CRSDescription("EPSG:4545")
        #expect(!gk.isGeographic)
        #expect(gk.epsgCode == 4545)
        #expect(gk.ogcURN == "urn:ogc:def:crs:EPSG::4545")
        #expect(gk.wkt(.wkt1ESRI)?.hasPrefix("PROJCS[\"CGCS2000_3_Degree_GK_CM_108E\"") == true)
        #expect(gk.wkt(.wkt1GDAL)?.contains("AUTHORITY[\"EPSG\",\"4545\"]") == true)
        let cgcs = try CRSDescription("EPSG:4490")
        #expect(cgcs.isGeographic && cgcs.epsgCode == 4490)
        #expect(cgcs.wkt(.wkt1GDAL)?.hasPrefix("GEOGCS[\"China Geodetic Coordinate System 2000\"") == true)
        #expect(try CRSDescription("OGC:CRS84").isGeographic)
    }

    @Test func aCodeIsKeptFromWKTAndAnUnknownDefinitionHasNone() throws {
        let utm = try CRSDescription("+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs")
        #expect(!utm.isGeographic)
        // WKT carrying its ID keeps the code.
        let wkt = try #require(try CRSDescription("EPSG:32648").wkt(.wkt2))
        #expect(try CRSDescription(wkt).epsgCode == 32648)
        let odd = try CRSDescription("+proj=tmerc +lon_0=107.3 +ellps=GRS80 +units=m")
        #expect(odd.epsgCode == nil && odd.ogcURN == nil)
        #expect(odd.wkt(.wkt1ESRI) != nil)
    }

    @Test func anUnknownCRSIsAProjError() {
        #expect(throws: ProjError.self) { try CRSDescription("EPSG:999999") }
    }
}

@Suite struct RasterPRJTests {
    @Test func theWKTOfTheCRSIsWrittenBesideTheRaster() throws {
        #expect(RasterGrid.prjPath(forRaster: "geodata/dem.asc") == "geodata/dem.prj")
        #expect(RasterGrid.prjPath(forRaster: "a.b/dem") == "a.b/dem.prj")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-prj-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let grid = try RasterGrid.readESRIASCII("ncols 2\nnrows 1\nxllcorner 400000\nyllcorner 3350000\ncellsize 100\n1 2\n")
        try grid.writeESRIASCII(to: dir + "/dem.asc", crs: "EPSG:4545")
        let prj = try String(contentsOfFile: dir + "/dem.prj", encoding: .utf8)
        #expect(prj.hasPrefix("PROJCS[\"CGCS2000_3_Degree_GK_CM_108E\""))
        #expect(throws: ProjError.self) { try grid.writeESRIASCII(to: dir + "/bad.asc", crs: "EPSG:999999") }
        #expect(!FileManager.default.fileExists(atPath: dir + "/bad.asc"), "nothing is written for an unknown CRS")
    }
}
