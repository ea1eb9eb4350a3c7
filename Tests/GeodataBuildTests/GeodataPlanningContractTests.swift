import Testing
import GIS
import Planning
@testable import GeodataBuild

@Suite struct GeodataPlanningContractTests {
    @Test func thePlanningModuleLoadsTheBuiltLayersWithTheSchemaChecked() throws {
        let f = try GeodataFixture.get()
        let region = try Region.load(geodataDirectory: f.folder)
        #expect(region.townships.count == 45)
        #expect(region.villages.count == 522)
        #expect(region.lines.count == 6)
        #expect(region.sites.count == f.layers["sites.geojson"]!.features.count)
    }

    @Test func theShippedGeodataLoadsIntoThePlanningModule() throws {
        let region = try Region.load(geodataDirectory: GeodataFixture.packageRoot + "/geodata")
        #expect(region.villages.filter(\.isPoorVillage).count == 152)
    }
}
