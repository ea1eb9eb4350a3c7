import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GIS
import Testing
@testable import Cartography

/// The base plan map drawn from the repository's shipped `geodata/`.
@Suite struct BasePlanMapTests {
    static let geodata = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("geodata").path

    static func layers() throws -> PlanLayers? {
        func read(_ name: String) throws -> FeatureCollection? {
            let p = geodata + "/" + name
            return FileManager.default.fileExists(atPath: p) ? try GeoJSONFile.read(path: p).object.asFeatureCollection : nil
        }
        guard let county = try read("county.geojson"), let villages = try read("villages.geojson") else { return nil }
        var l = PlanLayers()
        l.county = county; l.villages = villages
        l.neighbours = try read("neighbours.geojson"); l.townships = try read("townships.geojson")
        l.zones = try read("zones.geojson"); l.lines = try read("lines.geojson"); l.terrain = try read("terrain.geojson")
        l.sites = try read("sites.geojson"); l.roads = try read("roads.geojson"); l.strategy = try read("strategy.geojson")
        return l
    }

    @Test func theBasePlanMapHasItsLayersNamedLabelsApartAndShortPaths() throws {
        let layers = try #require(try Self.layers(), "geodata/county.geojson and villages.geojson are shipped")
        // The texts the CLI reads from the shipped profile (geodata/county.yaml).
        var profileTexts = PlanMapTexts()
        profileTexts.zonesTitle = "四大扶贫区域"; profileTexts.linesTitle = "六条扶贫示范线"
        let c = BaseMap(layers: layers, texts: profileTexts).composition(title: "邻水县", subtitle: "", page: .a3Landscape)
        let map = try MapRenderer(c, project: try Fixtures.projector()).render()
        let doc = try XMLDocument(data: Data(map.bytes))
        let labels = try doc.nodes(forXPath: "//*[local-name()='g'][@*[local-name()='groupmode']='layer']/@*[local-name()='label']").compactMap(\.stringValue)
        for expected in ["乡镇 Townships", "村 Villages", "四大扶贫区域 Special zones", "六条扶贫示范线 Demonstration lines", "注记 Labels"] {
            #expect(labels.contains(expected), "missing layer \(expected)")
        }
        #expect(map.labels.count > 100)
        let texts = Set(map.labels.map(\.text))
        for ridge in ["华蓥山", "铜锣山", "明月山"] { #expect(texts.contains(ridge), "ridge \(ridge) not named") }
        for (i, a) in map.labels.enumerated() { for b in map.labels[(i + 1)...] { #expect(!a.box.overlaps(b.box)) } }
        for path in map.svg.descendants() where path.name == "path" {
            let d = path.attribute("d") ?? ""
            #expect(d.utf8.filter { $0 == UInt8(ascii: "L") || $0 == UInt8(ascii: "M") }.count <= PathData.maximumVerticesPerPath)
        }
        let villagesGroup = map.svg.descendants().first { $0.attribute("id") == "villages" }
        #expect((villagesGroup?.children.count ?? 0) >= 500)
    }
}
