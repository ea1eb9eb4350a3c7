import Foundation
import GIS
import Testing
@testable import Cartography

/// Maps that know no county: zones and lines styled by `kind`, every county text from
/// ``PlanMapTexts``, nothing of one county when none is given.
@Suite struct CountyNeutralMapTests {
    /// A county square with zones, lines, contours and a layout drawn in a closed-form projection.
    static func layers(zones: [(String, String?)] = [], lines: [(String, String?)] = [],
                       contourLevels: [Double] = [], strategyKinds: [String] = []) -> PlanLayers {
        var l = PlanLayers()
        l.county = FeatureCollection(features: [Feature(geometry: Fixtures.square(106.9, 30.2, 0.2), properties: ["name": .string("某县")])])
        l.neighbours = FeatureCollection(features: [Feature(geometry: Fixtures.square(107.1, 30.2, 0.2), properties: ["name": .string("东邻县")])])
        func props(_ name: String, _ kind: String?) -> JSONObject {
            var p: JSONObject = ["name": .string(name)]
            if let kind { p["kind"] = .string(kind) }
            return p
        }
        if !zones.isEmpty {
            l.zones = FeatureCollection(features: zones.enumerated().map { i, z in
                Feature(geometry: Fixtures.square(106.9 + 0.02 * Double(i), 30.2, 0.02), properties: props(z.0, z.1))
            })
        }
        if !lines.isEmpty {
            l.lines = FeatureCollection(features: lines.enumerated().map { i, z in
                let y = 30.22 + 0.02 * Double(i)
                return Feature(geometry: .lineString(CoordinateSequence(xy: [106.92, y, 107.08, y])), properties: props(z.0, z.1))
            })
        }
        if !contourLevels.isEmpty {
            l.contours = FeatureCollection(features: contourLevels.enumerated().map { i, e in
                let y = 30.21 + 0.01 * Double(i)
                return Feature(geometry: .lineString(CoordinateSequence(xy: [106.91, y, 107.09, y])), properties: ["elevation_m": .number(e)])
            })
        }
        if !strategyKinds.isEmpty {
            l.strategy = FeatureCollection(features: strategyKinds.enumerated().map { i, k in
                Feature(geometry: Fixtures.square(106.95 + 0.01 * Double(i), 30.3, 0.01), properties: ["kind": .string(k)])
            })
        }
        return l
    }

    static func svg(_ layers: PlanLayers, texts: PlanMapTexts = PlanMapTexts(), include: Set<String> = Set(PlanLayers.layerNames)) throws -> String {
        let c = BaseMap(layers: layers, include: include, texts: texts).composition(title: "T", subtitle: "", page: .a4Landscape)
        return SVGWriter.string(try MapRenderer(c, project: GoldenTests.project).render().svg)
    }

    /// The `fill` of the element whose id is `id`.
    static func fill(of id: String, in svg: String) -> String? {
        guard let start = svg.range(of: "id=\"\(id)\"") else { return nil }
        let rest = svg[start.upperBound...]
        guard let end = rest.firstIndex(of: ">"), let f = rest[..<end].range(of: "fill=\"") else { return nil }
        return String(rest[f.upperBound...].prefix { $0 != "\"" })
    }

    static func stroke(of id: String, in svg: String) -> String? {
        guard let start = svg.range(of: "id=\"\(id)\"") else { return nil }
        let rest = svg[start.upperBound...]
        guard let end = rest.firstIndex(of: ">"), let f = rest[..<end].range(of: " stroke=\"") else { return nil }
        return String(rest[f.upperBound...].prefix { $0 != "\"" })
    }

    @Test func aRenamedZoneOfKindFloodKeepsTheFloodHatch() throws {
        let svg = try Self.svg(Self.layers(zones: [("高山缓坡带", "mountain_flank"), ("河谷易涝区", "flood")]), include: ["zones", "county"])
        #expect(Self.fill(of: "zones-zone-1", in: svg) == "url(#hatch-flood)")
        #expect(Self.fill(of: "zones-zone-0", in: svg) == "url(#hatch-mountain-flank)")
        #expect(svg.contains("<pattern id=\"hatch-flood\""))
        // The kind, not the position: the same zone first in the layer keeps its hatch.
        let swapped = try Self.svg(Self.layers(zones: [("河谷易涝区", "flood"), ("高山缓坡带", "mountain_flank")]), include: ["zones", "county"])
        #expect(Self.fill(of: "zones-zone-0", in: swapped) == "url(#hatch-flood)")
    }

    @Test func zonesOfARepeatedOrOtherKindGetDistinctFallbackHatches() throws {
        let layers = Self.layers(zones: [("甲区", "flood"), ("乙区", "flood"), ("丙区", "other"), ("丁区", "volcano"), ("甲区", "flood")])
        let svg = try Self.svg(layers, include: ["zones", "county"])
        let fills = (0..<5).map { Self.fill(of: "zones-zone-\($0)", in: svg) }
        #expect(fills == ["url(#hatch-flood)", "url(#hatch-zone-1)", "url(#hatch-zone-2)", "url(#hatch-zone-3)", "url(#hatch-flood)"])
        let hatches = (0..<8).map(PlanStyles.fallbackHatch)
        #expect(Set(hatches.map(\.id)).count == 8)
        #expect(Set(hatches.map { "\($0.kind)\($0.angleDegrees)\($0.color)" }).count == 8, "fallbacks look alike")
        #expect(try Self.svg(layers, include: ["zones", "county"]) == svg)
    }

    @Test func linesAreStyledByKindAndRepeatsFallBack() throws {
        let svg = try Self.svg(Self.layers(lines: [("甲线", "eco_tourism"), ("乙线", "mountain_ring"), ("丙线", "eco_tourism"), ("丁线", "other")]),
                               include: ["lines", "county"])
        #expect(Self.stroke(of: "lines-line-0", in: svg) == PlanStyles.lineStyles["eco_tourism"]!.color)
        #expect(Self.stroke(of: "lines-line-1", in: svg) == PlanStyles.lineStyles["mountain_ring"]!.color)
        #expect(Self.stroke(of: "lines-line-2", in: svg) == PlanStyles.fallbackLineStyle(0).color)
        #expect(Self.stroke(of: "lines-line-3", in: svg) == PlanStyles.fallbackLineStyle(1).color)
        let own = Set(PlanStyles.lineStyles.values.map(\.color))
        #expect(PlanStyles.fallbackLineStyles.allSatisfy { !own.contains($0.color) })
    }

    @Test func aLayerWithoutKindStillDrawsStyledByPosition() throws {
        let svg = try Self.svg(Self.layers(zones: (0..<7).map { ("区\($0)", nil) }, lines: (0..<7).map { ("线\($0)", nil) }),
                               include: ["zones", "lines", "county"])
        let zoneFills = (0..<7).map { Self.fill(of: "zones-zone-\($0)", in: svg) }
        #expect(zoneFills == PlanStyles.zoneKinds.map { "url(#\(PlanStyles.zoneHatches[$0]!.id))" } + ["url(#hatch-zone-1)", "url(#hatch-zone-2)"])
        let lineStrokes = (0..<7).map { Self.stroke(of: "lines-line-\($0)", in: svg) }
        #expect(lineStrokes == PlanStyles.lineKinds.map { PlanStyles.lineStyles[$0]!.color } + [PlanStyles.fallbackLineStyle(0).color])
    }

    @Test func theCountyTextsComeFromTheTextsGiven() throws {
        var t = PlanMapTexts()
        t.countyLabel = "岳池县"; t.countyID = "511621"
        t.zonesTitle = "三大片区"; t.linesTitle = "五条示范线"; t.layoutTitle = "“一心两翼”布局"; t.terrainTitle = "两山一槽"
        t.crsCode = "EPSG:32648"; t.crsDescription = "WGS 84 / UTM zone 48N"
        var layers = Self.layers(zones: [("甲区", "flood")], lines: [("甲线", "urban_rural")], strategyKinds: ["core"])
        layers.terrain = FeatureCollection(features: [Feature(geometry: .lineString(CoordinateSequence(xy: [106.95, 30.25, 107.05, 30.35])),
                                                              properties: ["kind": .string("ridge"), "name": .string("某山")])])
        let svg = try Self.svg(layers, texts: t)
        for text in ["岳池县", "id=\"county-511621\"", "三大片区 Special zones", "五条示范线 Demonstration lines", "“一心两翼”布局 Plan layout",
                     "两山一槽 Terrain", "两山一槽 Ridges and troughs", "坐标系 CRS: WGS 84 / UTM zone 48N (EPSG:32648);"] {
            #expect(svg.contains(text), "missing \(text)")
        }
        for text in ["邻水", "三山两槽", "511623", "EPSG:4545", "CGCS2000", "四大", "六条", "“138”"] {
            #expect(!svg.contains(text), "\(text) on a map of another county")
        }
    }

    @Test func withoutTextsAMapNamesNoCountyAndPrintsNoCRSLine() throws {
        let svg = try Self.svg(Self.layers(zones: [("甲区", "flood")], lines: [("甲线", "urban_rural")], strategyKinds: ["core"]))
        for text in ["邻水", "三山两槽", "511623", "EPSG:4545", "坐标系", "四大", "六条", "“138”"] {
            #expect(!svg.contains(text), "\(text) on a map given no county texts")
        }
        #expect(svg.contains("扶贫区域 Special zones"))
        #expect(svg.contains("id=\"county-county\""))
    }

    @Test func theCRSNoteSaysWhatIsKnown() {
        var t = PlanMapTexts()
        #expect(t.crsNote == nil)
        t.crsCode = "EPSG:2383"
        #expect(t.crsNote?.hasPrefix("坐标系 CRS: EPSG:2383;") == true)
        t.crsDescription = "Xian 1980 / 3-degree Gauss-Kruger CM 114E"
        #expect(t.crsNote?.hasPrefix("坐标系 CRS: Xian 1980 / 3-degree Gauss-Kruger CM 114E (EPSG:2383);") == true)
    }

    @Test func theContourLegendGivesTheLayersInterval() throws {
        let svg = try Self.svg(Self.layers(contourLevels: [150, 200, 250, 300, 350, 400, 450, 500]), include: ["contours", "county"])
        #expect(svg.contains("等高线 Contour (50 m)"))
        #expect(svg.contains("计曲线 Index contour (250 m)"))
        #expect(!svg.contains("100 m"))
        let index = svg.components(separatedBy: "class=\"contour index\"").count - 1
        #expect(index == 2, "250 and 500 m are index contours")  // of 150…500 by 50
        #expect(BaseMap.contourInterval(Self.layers(contourLevels: [12.5, 25, 50]).contours) == 12.5)
        #expect(BaseMap.contourInterval(Self.layers(contourLevels: [100]).contours) == nil)
    }

    @Test func theLayoutLegendCountsItsFeatures() throws {
        let svg = try Self.svg(Self.layers(strategyKinds: ["core", "belt", "belt", "central_town_area", "central_town_area", "central_town_area"]),
                               include: ["strategy", "county"])
        #expect(svg.contains("一核 Core (county seat)"))
        #expect(svg.contains("二带 Belts"))
        #expect(svg.contains("三片 Central-town areas"))
        #expect([1, 3, 8, 10, 12, 20, 35, 99, 100, 0].map(PlanStyles.chineseNumeral) == ["一", "三", "八", "十", "十二", "二十", "三十五", "九十九", "100", "0"])
    }

    @Test func theInsetLabelIsTheTextsLabelOrNone() throws {
        var t = PlanMapTexts()
        t.countyLabel = "某某县"
        let labelled = try Self.svg(Self.layers(), texts: t, include: ["county"])
        #expect(labelled.contains(">某某县</text>"))
        let unlabelled = try Self.svg(Self.layers(), include: ["county"])
        #expect(unlabelled.contains(">东邻县</text>"))
        #expect(!unlabelled.contains("某某县") && !unlabelled.contains("某县</text>"))
    }
}
