import Foundation
import GIS
import Testing
@testable import Cartography

/// What a plan-document map promises: distinct site symbols, legends that name their
/// no-data classes and break sides, the 3 % break, percent breaks, the title block.
@Suite struct DocumentMapTests {
    @Test func everySiteKindHasItsOwnSymbol() {
        let symbols = PlanStyles.siteKinds.map { PlanStyles.siteSymbol($0) }
        let keys = symbols.map { "\($0.shape.rawValue) \($0.fill)" }
        #expect(Set(keys).count == PlanStyles.siteKinds.count, "two site kinds share a symbol: \(keys)")
        let parks = ["industrial_park", "development_zone", "cooperation_park"].map { PlanStyles.siteSymbol($0) }
        #expect(Set(parks.map(\.shape.rawValue)).count == 3, "the three park kinds must differ in shape, not only colour")
    }

    @Test func classLabelsSayWhichSideABreakFallsOn() {
        #expect(ThematicMap.classLabel(0, 3, first: true, decimals: 1) == "0 ≤ x ≤ 3")
        #expect(ThematicMap.classLabel(3, 10, first: false, decimals: 1) == "3 < x ≤ 10")
        let cls = Classification(method: .manual, breaks: [0, 3, 10])
        #expect(cls.classIndex(of: 3) == 0, "a value equal to a break is in the lower class, as the label says")
    }

    @Test func theReferenceBreakReplacesTheNearestInnerBreak() {
        #expect(ThematicMap.keeping(3, in: [0, 2.5, 5, 9]) == [0, 3, 5, 9])
        #expect(ThematicMap.keeping(3, in: [0, 4, 9]) == [0, 3, 9])
        #expect(ThematicMap.keeping(3, in: [4, 6, 9]) == [4, 6, 9], "outside the range: unchanged")
        #expect(ThematicMap.keeping(3, in: [0, 3, 9]) == [0, 3, 9])
    }

    @Test func anIncidenceChoroplethKeepsTheThreePercentBreak() throws {
        var o = ThemeOptions(metric: "incidence", metricTitle: "贫困发生率 (%)")
        o.referenceBreak = 3
        o.method = .equalInterval
        let values = (0..<80).map { Double($0) / 4 }
        let (cls, _) = try ThematicMap(base: Fixtures.gridPlanLayers(), options: o).classification(values)
        #expect(cls.breaks.contains(3), "\(cls.breaks)")
    }

    @Test func breaksAreParsedInTheLegendsUnitWithAnOptionalPercentSign() throws {
        #expect(try ManualBreaks.parse("3%,10%, 20") == [3, 10, 20])
        #expect(throws: ManualBreaksError.self) { try ManualBreaks.parse("3%%") }
    }

    @Test func theLegendListsNoDataOnlyWhenDrawnAndSaysWhatItIs() throws {
        let layers = Fixtures.gridPlanLayers()
        let ids = layers.villages!.features.enumerated().map { $0.element.stableID(index: $0.offset) }
        var o = ThemeOptions(metric: "incidence", metricTitle: "贫困发生率 (%)")
        o.noDataDescription = "社区 2 个, 未模拟 not simulated"
        var all: [String: Double] = [:]
        for (i, id) in ids.enumerated() { all[id] = Double(i) }
        let full = try ThematicMap(base: layers, options: o).choropleth(all, title: "t", subtitle: "", page: .a4Landscape)
        #expect(!full.legend.sections.flatMap(\.items).contains { $0.label.contains("No data") }, "no village lacks a value: no no-data row")
        var some = all
        some[ids[0]] = nil; some[ids[1]] = nil
        let partial = try ThematicMap(base: layers, options: o).choropleth(some, title: "t", subtitle: "", page: .a4Landscape)
        let labels = partial.legend.sections.flatMap(\.items).map(\.label)
        #expect(labels.contains("无数据 No data: 社区 2 个, 未模拟 not simulated  (2)"), "\(labels)")
    }

    @Test func exitYearKeepsNotAPoorVillageApartFromNotExited() throws {
        let layers = Fixtures.gridPlanLayers()
        let ids = layers.villages!.features.enumerated().map { $0.element.stableID(index: $0.offset) }
        var o = ThemeOptions(metric: "exit_year", metricTitle: "退出年份")
        o.categorical = true; o.palette = "YlGnBu"
        o.unvaluedClasses = [UnvaluedClass(label: "非贫困村 Not a poor village", fill: "#f4f4f4", villageIDs: Set(ids[0..<10])),
                             UnvaluedClass(label: "未退出 Not exited", fill: "#8c8c8c", villageIDs: Set(ids[10..<13]))]
        var values: [String: Double] = [:]
        for id in ids[13...] { values[id] = 2017 }
        let c = try ThematicMap(base: layers, options: o).choropleth(values, title: "t", subtitle: "", page: .a4Landscape)
        let labels = c.legend.sections.flatMap(\.items).map(\.label)
        #expect(labels.contains("非贫困村 Not a poor village  (10)") && labels.contains("未退出 Not exited  (3)"), "\(labels)")
        #expect(!labels.contains { $0.contains("No data") })
        let svg = String(decoding: try MapRenderer(c, project: Fixtures.projector()).render().bytes, as: UTF8.self)
        #expect(svg.contains("#8c8c8c") && svg.contains("#f4f4f4"))
    }

    @Test func theTitleBlockCarriesTheSpecsFactsAndTheReviewNumberNote() throws {
        var c = BaseMap(layers: Fixtures.gridPlanLayers()).composition(title: "测试图", subtitle: "", page: .a3Landscape)
        var block = TitleBlock()
        block.organization = "某县扶贫开发局"; block.date = "2026-12"; block.sheet = "BK-07"; block.dataNote = "示意"
        c.titleBlock = block
        c.crsName = "CGCS2000 (EPSG:4545)"
        c.scaleDenominator = 250_000
        let svg = String(decoding: try MapRenderer(c, project: Fixtures.projector()).render().bytes, as: UTF8.self)
        #expect(svg.contains("id=\"title-block\""))
        for text in ["图名", "测试图", "编制单位", "某县扶贫开发局", "2026-12", "BK-07", "1:250,000", "CGCS2000 (EPSG:4545)", "示意", "审图号", "公开出版须报审取得审图号"] {
            #expect(svg.contains(text), "the title block lacks \(text)")
        }
    }

    @Test func flowsEndInArrowheads() throws {
        let layers = Fixtures.gridPlanLayers()
        let ids = layers.villages!.features.enumerated().map { $0.element.stableID(index: $0.offset) }
        let o = ThemeOptions(metric: "flows", metricTitle: "flows")
        let c = try ThematicMap(base: layers, options: o).flows([RelocationFlow(fromVillage: ids[0], toSite: "s", persons: 40)],
            sites: ["s": Position(107.0, 30.3)], title: "t", subtitle: "", page: .a4Landscape, project: Fixtures.projector())
        let svg = String(decoding: try MapRenderer(c, project: Fixtures.projector()).render().bytes, as: UTF8.self)
        #expect(svg.contains("-arrow\""), "no arrowhead path")
        #expect(svg.contains("class=\"line-sample\""), "no line sample in the legend")
    }
}
