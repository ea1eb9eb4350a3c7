import Foundation
import GIS
import Testing
@testable import Cartography

/// The relocation flow map: each flow ends on its site at any scale, and flows whose village
/// or site is not in the geodata are counted.
@Suite struct FlowMapTests {
    @Test func withAFixedScaleFlowsEndOnTheirSite() throws {
        let project = try Fixtures.projector()
        let layers = Fixtures.gridPlanLayers()
        let site = Position(106.95, 30.3)
        let villageID = layers.villages!.features[0][property: "id"]!.stringValue!
        var o = ThemeOptions(metric: "flows", metricTitle: "flows")
        o.decimals = 0
        for scale in [nil, 250_000.0] {
            let c = try ThematicMap(base: layers, options: o).flows([RelocationFlow(fromVillage: villageID, toSite: "s1", persons: 40)],
                                                                   sites: ["s1": site], title: "t", subtitle: "s", page: .a4Landscape,
                                                                   project: project, scaleDenominator: scale)
            let rendered = try MapRenderer(c, project: project).render()
            guard case .pagePaths(let paths)? = c.layers.first(where: { $0.id == "flows" })?.content, let d = paths.first?.d else {
                Issue.record("no flow path"); continue
            }
            let numbers = d.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
            let p = try project(site)
            #expect(abs(numbers[numbers.count - 2] - rendered.transform.pageX(p.x)) < 0.01, "scale \(String(describing: scale))")
            #expect(abs(numbers[numbers.count - 1] - rendered.transform.pageY(p.y)) < 0.01, "scale \(String(describing: scale))")
            if let scale { #expect(abs(rendered.transform.scaleDenominator - scale) < 1e-6) }
        }
    }

    @Test func flowsOffTheGeodataAreCounted() {
        let map = ThematicMap(base: Fixtures.gridPlanLayers(), options: ThemeOptions(metric: "flows", metricTitle: "flows"))
        let id = Fixtures.gridVillages().features[0][property: "id"]!.stringValue!
        let r = map.unplacedPersons([RelocationFlow(fromVillage: id, toSite: "s1", persons: 5),
                                     RelocationFlow(fromVillage: "nowhere", toSite: "s1", persons: 7),
                                     RelocationFlow(fromVillage: id, toSite: "gone", persons: 11)], sites: ["s1": Position(107, 30.3)])
        #expect(r.flows == 2 && r.persons == 18)
    }
}
