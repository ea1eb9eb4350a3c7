import Foundation
import GIS
import Testing
import TestSupport
@testable import Cartography

/// Numbers a map takes from its options and its data, as classes: decimal only, finite,
/// in range, and huge or non-finite values never trap the legend.
@Suite struct MapNumberClassesTests {
    @Test func onlyPlainFiniteDecimalsAreNumbers() {
        for ok in ["12", "-0.5", "+3", "1.5e3", ".25", "7.", " 4 "] { #expect(DecimalNumber.parse(ok) != nil, "\(ok)") }
        for bad in ["0x10", "0x1p4", "inf", "-inf", "infinity", "nan", "NaN", "1e400", "", "e5", "1e", "1,5", "--1", "1_000"] {
            #expect(DecimalNumber.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func manualBreaksAreDecimalFiniteInRangeAndAscending() throws {
        #expect(try ManualBreaks.parse("1, 2.5 ,1e3") == [1, 2.5, 1000])
        for bad in ["0x10", "1,inf", "nan", "1e308", "10,5", "1,,2", "", "1,1"] {
            #expect(throws: ManualBreaksError.self, "\(bad)") { try ManualBreaks.parse(bad) }
        }
    }

    @Test func theLegendFormatterNeverTraps() {
        #expect(SVGText.number(1e308, decimals: 0) == "1e+308")
        #expect(SVGText.number(-1e20, decimals: 1) == "\u{2212}1e+20")
        #expect(SVGText.number(.infinity, decimals: 0) == "∞")
        #expect(SVGText.number(-.infinity, decimals: 2) == "\u{2212}∞")
        #expect(SVGText.number(.nan, decimals: 0) == "NaN")
        #expect(SVGText.number(12345, decimals: 0) == "12,345")
        #expect(SVGText.number(-2.25, decimals: 1) == "\u{2212}2.3" || SVGText.number(-2.25, decimals: 1) == "\u{2212}2.2")
    }

    /// A choropleth and proportional symbols of values up to 10³⁰⁸, with ∞ and NaN among
    /// them, draw (non-finite values are no data), and the SVG is well-formed.
    @Test func hugeAndNonFiniteValuesDrawAWellFormedMap() throws {
        let layers = Fixtures.gridPlanLayers()
        let ids = (layers.villages?.features ?? []).enumerated().map { $0.element.stableID(index: $0.offset) }
        var values: [String: Double] = [:]
        for (i, id) in ids.enumerated() { values[id] = i == 0 ? 1e308 : i == 1 ? .infinity : i == 2 ? .nan : Double(i) }
        let map = ThematicMap(base: layers, options: ThemeOptions(metric: "m", metricTitle: "M"))
        for c in [try map.choropleth(values, title: "t", subtitle: "s", page: .a4Landscape),
                  map.proportionalSymbols(values, title: "t", subtitle: "s", page: .a4Landscape)] {
            let bytes = try MapRenderer(c, project: try Fixtures.projector()).render().bytes
            #expect(try WellFormedXML.problem(bytes) == nil)
        }
    }

    @Test func flowsOfNaNOrHugePersonsDrawWithoutThem() throws {
        let layers = Fixtures.gridPlanLayers()
        let ids = (layers.villages?.features ?? []).enumerated().map { $0.element.stableID(index: $0.offset) }
        let sites = ["s1": Position(106.9, 30.2)]
        let map = ThematicMap(base: layers, options: ThemeOptions(metric: "flows", metricTitle: "F"))
        let flows = [RelocationFlow(fromVillage: ids[0], toSite: "s1", persons: .nan),
                     RelocationFlow(fromVillage: ids[1], toSite: "s1", persons: 1e308),
                     RelocationFlow(fromVillage: ids[1], toSite: "s1", persons: 1e308),
                     RelocationFlow(fromVillage: ids[2], toSite: "s1", persons: 12)]
        let project = try Fixtures.projector()
        let c = try map.flows(flows, sites: sites, title: "t", subtitle: "s", page: .a4Landscape, project: project)
        let svg = SVGWriter.string(try MapRenderer(c, project: project).render().svg)
        #expect(svg.contains("12 人"))
        #expect(!svg.contains("NaN"))
    }

    @Test func xmlIllegalCharactersAreDroppedFromEveryText() throws {
        var c = GoldenTests.composition()
        c.title = "标题\u{FFFE} title\u{FFFF}\u{1}\u{1B}"
        c.subtitle = "sub \u{FFFE}<&>\""
        c.sourceNotes = ["note \u{FFFF}"]
        let bytes = try MapRenderer(c, project: GoldenTests.project).render().bytes
        #expect(try WellFormedXML.problem(bytes) == nil)
        let svg = String(decoding: bytes, as: UTF8.self)
        #expect(svg.contains("<title>标题 title</title>"))
        #expect(!svg.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF || $0.value == 1 })
    }

    @Test func aDifferenceIsSymmetricAboutZeroWithTheMetricsDirection() {
        let d = DifferenceTheme(base: ["a": 10, "b": 40, "c": 50], other: ["a": 10, "b": 30, "d": 1])
        #expect(d.differences == ["a": 0, "b": -10])
        #expect(d.maximumMagnitude == 10)
        let worse = MetricDisplay(title: "贫困人口 Poor persons", decimals: 0, higherIsWorse: true)
        let o = d.options(ThemeOptions(metric: "poor_persons", metricTitle: worse.title), metric: worse, classes: nil, palette: nil)
        #expect(o.classes == 7 && o.palette == "RdBu" && o.method == .manual && o.reversePalette)
        #expect(o.manualBreaks.count == 6)
        #expect(zip(o.manualBreaks, o.manualBreaks.reversed()).allSatisfy { $0 == -$1 })
        #expect(DifferenceTheme(base: ["a": 1], other: ["a": 1]).maximumMagnitude == 1)
        #expect(MetricDisplay(title: "p", isFraction: true).shown(["a": 0.25]) == ["a": 25])
    }
}
