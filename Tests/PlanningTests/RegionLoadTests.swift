import Foundation
import GIS
import Testing
@testable import Planning

/// `Region.load` decodes the layers and sets up PROJ side by side: the region and the
/// errors must be those of one thread doing it all in order.
@Suite struct RegionLoadTests {
    static let geodata = RegionDecodeTests.root + "/geodata"

    /// The shipped folder through `load` (two threads) and through `decode` of layers read one by one.
    @Test func theRegionIsTheSameAsTheLayersDecodedInOrder() throws {
        let loaded = try Region.load(geodataDirectory: Self.geodata)
        func layer(_ name: String) throws -> RegionLayer {
            RegionLayer(file: Self.geodata + "/" + name, features: try GeoJSONFile.read(path: Self.geodata + "/" + name).object.asFeatureCollection)
        }
        let fresh = try Region.decode(profile: try CountyProfile.load(path: Self.geodata + "/county.yaml"),
                                      townships: try layer("townships.geojson"), villages: try layer("villages.geojson"),
                                      sites: try layer("sites.geojson"), lines: try layer("lines.geojson"))
        #expect(loaded.villages.count > 100 && loaded.sites.count > 5)
        #expect(loaded.villages.map(\.id) == fresh.villages.map(\.id))
        #expect(loaded.villages.map(\.planningPosition.x) == fresh.villages.map(\.planningPosition.x))
        #expect(loaded.villages.map(\.planningPosition.y) == fresh.villages.map(\.planningPosition.y))
        #expect(loaded.sites.map(\.planningPosition.x) == fresh.sites.map(\.planningPosition.x))
        #expect(loaded.townships.map(\.code) == fresh.townships.map(\.code))
        #expect(loaded.lines.map(\.name) == fresh.lines.map(\.name))
        #expect(loaded.profile.file == fresh.profile.file)
    }

    /// A copy of the shipped folder without its build stamp, with `edit` applied.
    static func copy(_ edit: (String) throws -> Void) throws -> String {
        let dir = NSTemporaryDirectory() + "benkang-region-load-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for name in ["county.yaml"] + Region.requiredLayerFiles {
            try FileManager.default.copyItem(atPath: geodata + "/" + name, toPath: dir + "/" + name)
        }
        try edit(dir)
        return dir
    }

    static func message(_ body: () throws -> Region) -> String {
        do { _ = try body(); return "" } catch { return "\(error)" }
    }

    /// A broken layer and a CRS PROJ does not know: the layer is reported, as when the
    /// layers were read before PROJ was set up.
    @Test func aBrokenLayerIsReportedBeforeAnUnknownCRS() throws {
        let dir = try Self.copy { dir in
            let profile = try String(contentsOfFile: dir + "/county.yaml", encoding: .utf8)
            #expect(profile.contains("EPSG:4545"))
            try profile.replacingOccurrences(of: "EPSG:4545", with: "EPSG:999999")
                .write(toFile: dir + "/county.yaml", atomically: true, encoding: .utf8)
            try "{\"type\": \"FeatureCollection\", \"features\": [".write(toFile: dir + "/sites.geojson", atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let text = Self.message { try Region.load(geodataDirectory: dir) }
        #expect(text.contains("sites.geojson"), "\(text)")
        #expect(!text.contains("999999"), "\(text)")
    }

    /// Only the CRS is wrong: its error names the profile and `crs.planning`.
    @Test func anUnknownCRSAloneIsReportedWithTheProfile() throws {
        let dir = try Self.copy { dir in
            let profile = try String(contentsOfFile: dir + "/county.yaml", encoding: .utf8)
            try profile.replacingOccurrences(of: "EPSG:4545", with: "EPSG:999999")
                .write(toFile: dir + "/county.yaml", atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let text = Self.message { try Region.load(geodataDirectory: dir) }
        #expect(text.contains("county.yaml") && text.contains("crs.planning") && text.contains("999999"), "\(text)")
    }

    /// A broken first layer and a broken later one: the first is reported, as in file order.
    @Test func theFirstBrokenLayerInOrderIsReported() throws {
        let dir = try Self.copy { dir in
            try "[".write(toFile: dir + "/townships.geojson", atomically: true, encoding: .utf8)
            try "[".write(toFile: dir + "/lines.geojson", atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let text = Self.message { try Region.load(geodataDirectory: dir) }
        #expect(text.contains("townships.geojson") && !text.contains("lines.geojson"), "\(text)")
    }
}
