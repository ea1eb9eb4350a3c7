import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GIS
import Testing
@testable import Cartography

@Suite struct MapRenderTests {
    func composition() throws -> MapComposition {
        var layers = try #require(try Fixtures.realLayers(), "geodata/sources/ holds the real county boundary")
        if layers.county == nil {
            layers.county = FeatureCollection(features: [Feature(geometry: Fixtures.square(106.75, 30.0, 0.5))])
        }
        layers.villages = Fixtures.gridVillages()
        var c = BaseMap(layers: layers).composition(title: "测试 Test", subtitle: "sub", page: .a3Landscape)
        c.legend.sections.append(LegendSection(title: "x", items: [LegendItem(symbol: .area(Style(fill: "#ff0000")), label: "red")]))
        return c
    }

    @Test func theSVGParsesAsXMLAndHasLegendScaleBarAndNorthArrow() throws {
        let map = try MapRenderer(try composition(), project: try Fixtures.projector()).render()
        let bytes = map.bytes
        let doc = try XMLDocument(data: Data(bytes))
        let ids = try doc.nodes(forXPath: "//@id").compactMap { $0.stringValue }
        #expect(ids.contains("legend"))
        #expect(ids.contains("scale-bar"))
        #expect(ids.contains("north-arrow"))
        let layers = try doc.nodes(forXPath: "//*[local-name()='g'][@*[local-name()='groupmode']='layer']")
        #expect(layers.count >= 4)
        try Data(bytes).write(to: URL(fileURLWithPath: NSTemporaryDirectory() + "benkang-map-test.svg"))
    }

    @Test func theScaleBarMatchesProjectedDistanceWithinOnePercent() throws {
        let project = try Fixtures.projector()
        let map = try MapRenderer(try composition(), project: project).render()
        let a = try project(Position(106.8, 30.3)), b = try project(Position(107.1, 30.3))
        let groundKm = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot() / 1000
        let t = map.transform
        let pageMm = (t.pageX(b.x) - t.pageX(a.x)) * 1, pageDy = t.pageY(b.y) - t.pageY(a.y)
        let pageLength = (pageMm * pageMm + pageDy * pageDy).squareRoot()
        let viaBar = pageLength / map.scaleBar.lengthMillimetres * map.scaleBar.lengthKilometres
        #expect(abs(viaBar - groundKm) / groundKm < 0.01)
        #expect(map.scaleBar.lengthMillimetres > 10 && map.scaleBar.lengthMillimetres <= 50)
    }

    @Test func noTwoPlacedLabelsOverlap() throws {
        let map = try MapRenderer(try composition(), project: try Fixtures.projector()).render()
        #expect(map.labels.count > 10)
        for i in map.labels.indices { for j in map.labels.indices where j > i {
            #expect(!map.labels[i].box.overlaps(map.labels[j].box), "\(map.labels[i].text) overlaps \(map.labels[j].text)")
        } }
    }

    @Test func aLabelWithNoRoomIsDropped() {
        var p = LabelPlacer(frame: PageRect(x: 0, y: 0, width: 100, height: 100))
        let c = (0..<5).map { LabelCandidate(text: "华蓥山华蓥山华蓥山华蓥山华蓥山", x: 50, y: 50, priority: $0, fontSizePoints: 40, cssClass: "x", mode: .area) }
        let placed = p.place(c)
        #expect(placed.count < 5)
        #expect(p.dropped.count == 5 - placed.count)
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        let a = try MapRenderer(try composition(), project: try Fixtures.projector()).render().bytes
        let b = try MapRenderer(try composition(), project: try Fixtures.projector()).render().bytes
        #expect(a == b)
    }

    @Test func smallMultiplesShareOneLegendAndBreaks() throws {
        var layers = PlanLayers()
        layers.county = FeatureCollection(features: [Feature(geometry: Fixtures.square(106.78, 30.05, 0.4))])
        layers.villages = Fixtures.gridVillages()
        let ids = layers.villages!.features.map { $0[property: "id"]!.stringValue! }
        let series = (2015...2020).map { y in (year: y, values: Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, Double($0 * (2021 - y))) })) }
        let c = try ThematicMap(base: layers, options: ThemeOptions(metric: "poor_persons", metricTitle: "贫困人口")).smallMultiples(series, title: "t", subtitle: "s", page: .a3Landscape)
        let svg = SVGWriter.string(try MapRenderer(c, project: try Fixtures.projector()).render().svg)
        #expect(svg.components(separatedBy: "id=\"legend\"").count == 2)
        #expect(svg.contains("id=\"theme-6\""))
    }

    @Test func anUnknownSpecKeyIsReportedWithLineAndColumn() {
        do {
            _ = try MapSpec.parse("title: x\npage: a3-landscape\ncolour: red\n", file: "m.yaml")
            Issue.record("expected an error")
        } catch let e as MapSpecError {
            #expect(e.line == 3 && e.column == 1)
            #expect(e.description.hasPrefix("m.yaml:3:1: colour: unknown key (known here: title,"), "\(e)")
        } catch { Issue.record("\(error)") }
    }
}
