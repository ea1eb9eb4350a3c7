import Foundation
import Testing

/// `benkang map` takes every county text from the geodata folder's county profile
/// (`GEODATA/county.yaml`) and styles zones and lines by their `kind`.
@Suite struct MapProfileTests {
    static func folder(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-mapprofile-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func square(_ x: Double, _ y: Double, _ s: Double) -> String {
        "{\"type\":\"Polygon\",\"coordinates\":[[[\(x),\(y)],[\(x + s),\(y)],[\(x + s),\(y + s)],[\(x),\(y + s)],[\(x),\(y)]]]}"
    }

    static func collection(_ features: [(properties: String, geometry: String)]) -> String {
        "{\"type\":\"FeatureCollection\",\"features\":[" + features.map {
            "{\"type\":\"Feature\",\"properties\":\($0.properties),\"geometry\":\($0.geometry)}"
        }.joined(separator: ",") + "]}"
    }

    /// A small geodata folder of a made-up county: the county, a neighbour, two zones
    /// (one renamed, of kind flood) and two lines, with `kind` only when `kinds`.
    static func geodata(in dir: URL, kinds: Bool, countyName: String = "岳池县") throws -> URL {
        let g = dir.appendingPathComponent("geodata")
        try FileManager.default.createDirectory(at: g, withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) throws { try text.write(to: g.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try write("county.geojson", collection([("{\"name\":\"\(countyName)\",\"adcode\":\"511621\"}", square(106.4, 30.3, 0.3))]))
        try write("neighbours.geojson", collection([("{\"name\":\"东邻县\"}", square(106.7, 30.3, 0.3))]))
        let k: (String) -> String = { kinds ? ",\"kind\":\"\($0)\"" : "" }
        try write("zones.geojson", collection([("{\"name\":\"高山缓坡带\"\(k("mountain_flank"))}", square(106.45, 30.35, 0.1)),
                                               ("{\"name\":\"河谷易涝区\"\(k("flood"))}", square(106.55, 30.35, 0.1))]))
        try write("lines.geojson", collection([
            ("{\"name\":\"山区\"\(k("mountain_ring"))}", "{\"type\":\"LineString\",\"coordinates\":[[106.45,30.4],[106.65,30.45]]}"),
            ("{\"name\":\"城郊\"\(k("urban_rural"))}", "{\"type\":\"LineString\",\"coordinates\":[[106.45,30.5],[106.65,30.55]]}")]))
        return g
    }

    /// The shipped profile with another county's identity, CRS, map texts and titles.
    static func otherCountyProfile(planningCRS: String = "EPSG:4544", description: String = "CGCS2000 / 3-degree Gauss-Kruger CM 105E") throws -> String {
        var text = try String(contentsOf: CLI.packageRoot.appendingPathComponent("geodata/sources/county.yaml"), encoding: .utf8)
        func replace(_ a: String, _ b: String) {
            #expect(text.contains(a), "the shipped profile has no '\(a)'")
            text = text.replacingOccurrences(of: a, with: b)
        }
        replace("  name_zh: 邻水县\n", "  name_zh: 岳池县\n")
        replace("  name_en: Linshui County\n", "  name_en: Yuechi County\n")
        replace("  code: \"511623\"\n", "  code: \"511621\"\n")
        replace("  planning: EPSG:4545\n", "  planning: \(planningCRS)\n")
        replace("  description: CGCS2000 / 3-degree Gauss-Kruger CM 108E\n", "  description: \(description)\n")
        replace("  title_zh: 四大扶贫区域\n", "  title_zh: 两类扶贫片区\n")
        replace("  title_zh: 六条扶贫示范线\n", "  title_zh: 两条产业示范线\n")
        replace("  title_zh: “138”布局\n", "  title_zh: “一心两翼”布局\n")
        let maps = text.range(of: "\nmaps:\n")!
        text = String(text[..<maps.upperBound]) + """
          title: 岳池县脱贫攻坚规划图 Yuechi County poverty-alleviation plan
          subtitle: 两山一槽 · 两类扶贫片区 — terrain and special zones
          terrain_title: 两山一槽
          label: 岳池县

        """
        return text
    }

    static func render(_ geodata: URL, _ out: URL, _ extra: [String] = []) throws -> String {
        let r = try CLI.run(["map", "--geodata", geodata.path, "-o", out.path] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        return (try? String(contentsOf: out, encoding: .utf8)) ?? ""
    }

    @Test func aBaseMapOfAnotherCountysProfileNamesThatCountyAndNothingOfLinshui() throws {
        let dir = try Self.folder("other")
        let g = try Self.geodata(in: dir, kinds: true)
        try Self.otherCountyProfile().write(to: g.appendingPathComponent("county.yaml"), atomically: true, encoding: .utf8)
        let svg = try Self.render(g, dir.appendingPathComponent("m.svg"))
        for text in ["<title>岳池县脱贫攻坚规划图 Yuechi County poverty-alleviation plan</title>", "两山一槽 · 两类扶贫片区 — terrain and special zones",
                     "两类扶贫片区 Special zones", "两条产业示范线 Demonstration lines", "id=\"county-511621\"", ">岳池县</text>",
                     "坐标系 CRS: CGCS2000 / 3-degree Gauss-Kruger CM 105E (EPSG:4544);"] {
            #expect(svg.contains(text), "missing \(text)")
        }
        for text in ["邻水", "Linshui", "511623", "三山两槽", "四大扶贫区域", "六条扶贫示范线", "“138”", "EPSG:4545", "CM 108E"] {
            #expect(!svg.contains(text), "\(text) on another county's map")
        }
        // The renamed zone of kind flood keeps the flood hatch.
        #expect(svg.contains("id=\"zones-zone-1\"") && svg.range(of: "id=\"zones-zone-1\"[^>]*fill=\"url\\(#hatch-flood\\)\"", options: .regularExpression) != nil)
    }

    @Test func theProfilesPlanningCRSIsTheOneDrawnIn() throws {
        let dir = try Self.folder("crs")
        let g = try Self.geodata(in: dir, kinds: true)
        func arrow(_ crs: String, _ description: String) throws -> String {
            try Self.otherCountyProfile(planningCRS: crs, description: description).write(to: g.appendingPathComponent("county.yaml"), atomically: true, encoding: .utf8)
            let svg = try Self.render(g, dir.appendingPathComponent("m.svg"))
            #expect(svg.contains("坐标系 CRS: \(description) (\(crs));"))
            guard let r = svg.range(of: "id=\"north-arrow\"[^>]*>", options: .regularExpression) else { Issue.record("no north arrow"); return "" }
            return String(svg[r])
        }
        // The north arrow turns by the grid convergence, which differs between the two central meridians.
        let cm105 = try arrow("EPSG:4544", "CGCS2000 / 3-degree Gauss-Kruger CM 105E")
        let cm108 = try arrow("EPSG:4545", "CGCS2000 / 3-degree Gauss-Kruger CM 108E")
        #expect(!cm105.isEmpty && cm105 != cm108, "\(cm105) vs \(cm108)")
    }

    @Test func aSpecTitleOverridesTheProfiles() throws {
        let dir = try Self.folder("spec")
        let g = try Self.geodata(in: dir, kinds: true)
        try Self.otherCountyProfile().write(to: g.appendingPathComponent("county.yaml"), atomically: true, encoding: .utf8)
        let spec = dir.appendingPathComponent("s.yaml")
        try "title: 专题 Spec title\nsubtitle: 副标题 Spec subtitle\n".write(to: spec, atomically: true, encoding: .utf8)
        let svg = try Self.render(g, dir.appendingPathComponent("m.svg"), ["--spec", spec.path])
        #expect(svg.contains("<title>专题 Spec title</title>") && svg.contains("副标题 Spec subtitle"))
        #expect(!svg.contains("Yuechi County poverty-alleviation plan"))
    }

    @Test func aGeodataFolderWithoutKindsOrProfileStillDraws() throws {
        let dir = try Self.folder("old")
        let g = try Self.geodata(in: dir, kinds: false, countyName: "某县")
        let svg = try Self.render(g, dir.appendingPathComponent("m.svg"))
        // Zones and lines by position; the county's name and code from its own layer.
        #expect(svg.range(of: "id=\"zones-zone-0\"[^>]*fill=\"url\\(#hatch-mountain-flank\\)\"", options: .regularExpression) != nil)
        #expect(svg.range(of: "id=\"zones-zone-1\"[^>]*fill=\"url\\(#hatch-flood\\)\"", options: .regularExpression) != nil)
        #expect(svg.range(of: "id=\"lines-line-1\"[^>]*stroke=\"#d95f02\"", options: .regularExpression) != nil)
        #expect(svg.contains(">某县</text>") && svg.contains("id=\"county-511621\""))
        #expect(svg.contains("<title>某县脱贫攻坚规划图 Poverty-alleviation plan</title>"))
        for text in ["邻水", "三山两槽", "四大扶贫区域", "六条扶贫示范线", "511623"] { #expect(!svg.contains(text), "\(text) without a profile") }
    }

    @Test func aBadProfileIsReportedWithFileAndLine() throws {
        let dir = try Self.folder("bad")
        let g = try Self.geodata(in: dir, kinds: true)
        let text = try Self.otherCountyProfile().replacingOccurrences(of: "\nmaps:\n  title:", with: "\nmaps:\n  titel:")
        try text.write(to: g.appendingPathComponent("county.yaml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["map", "--geodata", g.path, "-o", dir.appendingPathComponent("m.svg").path])
        #expect(r.status == 65, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("county.yaml:"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("m.svg").path))
    }

    @Test func theShippedProfileGivesLinshuisTexts() throws {
        let dir = try Self.folder("shipped")
        let g = dir.appendingPathComponent("geodata")
        try FileManager.default.createDirectory(at: g, withIntermediateDirectories: true)
        let root = CLI.packageRoot.appendingPathComponent("geodata")
        for name in ["county.geojson", "neighbours.geojson", "zones.geojson", "lines.geojson", "strategy.geojson", "terrain.geojson"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(name), to: g.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: root.appendingPathComponent("sources/county.yaml"), to: g.appendingPathComponent("county.yaml"))
        let svg = try Self.render(g, dir.appendingPathComponent("m.svg"))
        for text in ["四大扶贫区域 Special zones", "六条扶贫示范线 Demonstration lines", "“138”布局 Plan layout", "三山两槽 Terrain", ">邻水县</text>",
                     "id=\"county-511623\"", "坐标系 CRS: CGCS2000 / 3-degree Gauss-Kruger CM 108E (EPSG:4545);", "一核 Core", "三带 Belts", "八片 Central-town areas"] {
            #expect(svg.contains(text), "missing \(text)")
        }
    }

    @Test func aThematicMapSaysWhichMappedFiguresAreImported() throws {
        let dir = try Self.folder("figures")
        let g = try Self.geodata(in: dir, kinds: true)
        func villages(_ sources: String?) throws {
            let fs = sources.map { ",\"figure_sources\":\($0)" } ?? ""
            try Self.collection([("{\"id\":\"v1\"\(fs)}", Self.square(106.45, 30.35, 0.05)), ("{\"id\":\"v2\"\(fs)}", Self.square(106.5, 30.35, 0.05))])
                .write(to: g.appendingPathComponent("villages.geojson"), atomically: true, encoding: .utf8)
        }
        let run = dir.appendingPathComponent("run")
        try FileManager.default.createDirectory(at: run, withIntermediateDirectories: true)
        try "village_id,year,population,poor_persons,incidence\nv1,2015,100,10,0.1\nv2,2015,200,30,0.15\n"
            .write(to: run.appendingPathComponent("villages.csv"), atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("t.svg")
        try villages(#"{"poor_persons":"imported","population":"modelled"}"#)
        var svg = try Self.render(g, out, ["--run", run.path, "--theme", "poor_persons"])
        #expect(svg.contains("贫困人口: 导入 imported"), "\(svg.suffix(900))")
        #expect(!svg.contains("(modelled), not statistics"))
        svg = try Self.render(g, out, ["--run", run.path, "--theme", "incidence"])
        #expect(svg.contains("贫困人口: 导入 imported") && svg.contains("人口: 模型推算 modelled"))
        try villages(#"{"poor_persons":"modelled"}"#)
        svg = try Self.render(g, out, ["--run", run.path, "--theme", "poor_persons"])
        #expect(svg.contains("专题数据为模拟结果 Thematic values are simulation output (modelled), not statistics."))
        try villages(nil)
        svg = try Self.render(g, out, ["--run", run.path, "--theme", "poor_persons"])
        #expect(svg.contains("专题数据为模拟结果 Thematic values are simulation output (modelled), not statistics."))
        #expect(!svg.contains("导入"))
    }
}
