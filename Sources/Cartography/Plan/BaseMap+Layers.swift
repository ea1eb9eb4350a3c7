import GIS

extension BaseMap {
    /// One named layer and its legend section (nil when its data are missing).
    func build(_ name: String) -> (MapLayer?, LegendSection?) {
        switch name {
        case "neighbours":
            let fs = features(layers.neighbours) { f, i in
                MapFeature(id: f.stableID(index: i), geometry: f.geometry!,
                           label: f.text("name").map { FeatureLabel(text: $0, priority: 6, fontSizePoints: 9, cssClass: "neighbour-label", placement: .area, color: "#8a8a8a") })
            }
            return fs.isEmpty ? (nil, nil) : (MapLayer(id: "neighbours", title: "邻县 Neighbours", style: PlanStyles.neighbourStyle, content: .features(fs)),
                                              LegendSection(title: "边界 Boundaries", items: [LegendItem(symbol: .area(PlanStyles.neighbourStyle), label: "邻县 Neighbouring county")]))
        case "elevation":
            guard let grid = layers.elevation else { return (nil, nil) }
            let h = detail == .plan ? Hypsometry.hillCountry.lightened(0.55) : Hypsometry.hillCountry
            let items = (0...h.breaksMetres.count).reversed().map { LegendItem(symbol: .area(Style(fill: h.colors[$0])), label: h.label($0)) }
            return (MapLayer(id: "elevation", title: "高程 Elevation", style: Style(), content: .elevation(grid, h), simplify: false, clipToCounty: true),
                    LegendSection(title: "高程 Elevation", items: items))
        case "contours":
            let index = Style(stroke: "#8c6d4f", strokeWidthPoints: 0.5)
            let interval = Self.contourInterval(layers.contours)
            let indexInterval = interval.map { $0 * 5 }
            let fs = features(layers.contours) { f, i in
                let e = f[property: "elevation_m"]?.doubleValue ?? 0
                let isIndex = indexInterval.map { Self.isMultiple(e, of: $0) } ?? false
                return MapFeature(id: "c\(i)", geometry: f.geometry!, style: isIndex ? index : nil, cssClass: isIndex ? "contour index" : "contour")
            }
            let st = Style(stroke: "#8c6d4f", strokeWidthPoints: 0.25, opacity: 0.6)
            var items = [LegendItem(symbol: .line(st), label: "等高线 Contour" + (interval.map { " (\(Self.metres($0)) m)" } ?? ""))]
            if let indexInterval { items.append(LegendItem(symbol: .line(index), label: "计曲线 Index contour (\(Self.metres(indexInterval)) m)")) }
            return fs.isEmpty ? (nil, nil) : (MapLayer(id: "contours", title: "等高线 Contours", style: st, content: .features(fs), clipToCounty: true),
                                              LegendSection(title: "高程 Elevation", items: items))
        case "zones":
            var items: [LegendItem] = []
            var seen = Set<String>()
            let choices = PlanStyles.styleChoices(Self.styleKeys(layers.zones), styledKinds: PlanStyles.zoneKinds)
            let fs = features(layers.zones) { f, i in
                let key = Self.styleKey(f, index: i)
                let h = PlanStyles.zoneHatch(choices[key] ?? .fallback(0))
                // A plan-detail map keeps the hatches under the plan's lines and names.
                let st = Style(hatch: h, stroke: h.color, strokeWidthPoints: detail == .plan ? 0.3 : 0.4, opacity: detail == .plan ? 0.55 : nil)
                if seen.insert(key).inserted { items.append(LegendItem(symbol: .area(st), label: f.text("name") ?? "")) }
                return MapFeature(id: "zone-\(i)", geometry: f.geometry!, style: st, cssClass: "zone")
            }
            let title = texts.zonesTitle + " Special zones"
            return fs.isEmpty ? (nil, nil) : (MapLayer(id: "zones", title: title, style: Style(), content: .features(fs), simplify: true, clipToCounty: true),
                                              LegendSection(title: title, items: items.sorted { $0.label < $1.label }))
        case "strategy":
            let styles: [String: (Style, String, Int)] = [
                "core": (Style(fill: "#c0392b", fillOpacity: 0.14, stroke: "#c0392b", strokeWidthPoints: 1.2), "核 Core (county seat)", 1),
                "belt": (Style(stroke: "#6a3d9a", strokeWidthPoints: 1.0, dashPoints: [6, 3]), "带 Belts", 3),
                "central_town_area": (Style(fill: "#6a3d9a", fillOpacity: 0.07, stroke: "#6a3d9a", strokeWidthPoints: 0.7, dashPoints: [1.5, 1.5]), "片 Central-town areas", 4)]
            // Each legend row is counted from the layer: "一核", "三带", "八片" for 1, 3 and 8 features.
            var counts: [String: Int] = [:]
            var kinds = Set<String>()
            let fs = features(layers.strategy) { f, i in
                let k = f.text("kind") ?? "belt"
                let st = styles[k] ?? styles["belt"]!
                kinds.insert(k)
                counts[k, default: 0] += 1
                return MapFeature(id: "strategy-\(i)", geometry: f.geometry!, style: st.0, cssClass: "strategy \(k)",
                                  label: f.text("name").map { FeatureLabel(text: $0, priority: st.2, fontSizePoints: 7, cssClass: "strategy-label", placement: .area, color: k == "core" ? "#8e1b10" : "#5b2c8a") })
            }
            let items = ["core", "belt", "central_town_area"].filter(kinds.contains).map {
                LegendItem(symbol: .area(styles[$0]!.0), label: PlanStyles.chineseNumeral(counts[$0] ?? 0) + styles[$0]!.1)
            }
            let title = texts.layoutTitle + " Plan layout"
            return fs.isEmpty ? (nil, nil) : (MapLayer(id: "strategy", title: title, style: Style(), content: .features(fs), clipToCounty: true),
                                              LegendSection(title: title, items: items))
        case "villages":
            var poorCount = 0
            let plan = detail == .plan
            let stroke = plan ? PlanStyles.villageStrokePlan : PlanStyles.villageStroke
            let poorStyle = plan ? PlanStyles.poorVillageStylePlan : PlanStyles.poorVillageStyle
            let fs = features(layers.villages) { f, i in
                let poor = f[property: "poor_village"]?.boolValue == true
                if poor { poorCount += 1 }
                let id = f.stableID(index: i)
                let label: FeatureLabel?
                if namedVillages.contains(id) {
                    label = f.text("name").map { FeatureLabel(text: $0, priority: poor ? 2 : 3, fontSizePoints: 7, cssClass: poor ? "village-label poor" : "village-label",
                                                              placement: .area, color: poor ? "#7b1c12" : "#333333") }
                } else if poor, !plan, let points = villageLabelPoints {
                    label = f.text("name").map { FeatureLabel(text: $0, priority: 5, fontSizePoints: points, cssClass: "village-label", placement: .area, color: "#7b1c12") }
                } else { label = nil }
                return MapFeature(id: id, geometry: f.geometry!, style: poor ? poorStyle : nil,
                                  cssClass: poor ? "village poor" : "village", label: label)
            }
            return fs.isEmpty ? (nil, nil) : (MapLayer(id: "villages", title: "村 Villages", style: stroke, content: .features(fs)),
                                              LegendSection(title: "边界 Boundaries", items: [LegendItem(symbol: .area(stroke), label: "村界 Village"),
                                                                                               LegendItem(symbol: .area(poorStyle), label: "贫困村 Poor village (\(poorCount))")]))
        case "townships":
            let fs = features(layers.townships) { f, i in
                MapFeature(id: f.text("code") ?? "\(i)", geometry: f.geometry!,
                           label: f.text("name").map { FeatureLabel(text: $0, priority: 1, fontSizePoints: 8, cssClass: "township-label", placement: .area) })
            }
            return fs.isEmpty ? (nil, nil) : (MapLayer(id: "townships", title: "乡镇 Townships", style: PlanStyles.townshipStroke, content: .features(fs)),
                                              LegendSection(title: "边界 Boundaries", items: [LegendItem(symbol: .line(PlanStyles.townshipStroke), label: "乡镇界 Township")]))
        case "rivers":
            let st = Style(stroke: PlanStyles.riverColor, strokeWidthPoints: 1.0)
            let fs = features(layers.terrain, where: { $0.text("kind") == "river" }) { f, i in
                MapFeature(id: "river-\(i)", geometry: f.geometry!,
                           label: f.text("name").map { FeatureLabel(text: $0, priority: 4, fontSizePoints: 7.5, cssClass: "river-label", placement: .line, color: PlanStyles.riverColor) })
            }
            return fs.isEmpty ? (nil, nil) : (MapLayer(id: "rivers", title: "河流 Rivers", style: st, content: .features(fs), clipToCounty: lineClip == .county),
                                              LegendSection(title: "交通水系 Roads and rivers", items: [LegendItem(symbol: .line(st), label: "河流 River")]))
        case "roads":
            var kinds = Set<String>()
            let fs = features(layers.roads) { f, i in
                let k = f.text("kind") ?? "county"
                let rs = PlanStyles.roadStyles[k] ?? PlanStyles.roadStyles["county"]!
                kinds.insert(k)
                let ref = f.text("ref") ?? ""
                let label = (k != "county" && !ref.isEmpty && (detail == .full || k == "expressway")) ? FeatureLabel(text: ref, priority: 6, fontSizePoints: 6, cssClass: "road-label", placement: .line, color: rs.color) : nil
                return MapFeature(id: "road-\(i)", geometry: f.geometry!, style: Style(stroke: rs.color, strokeWidthPoints: rs.widthPoints), cssClass: "road \(k)", label: label)
            }
            let items = ["expressway", "national", "county"].filter(kinds.contains).map { k -> LegendItem in
                let rs = PlanStyles.roadStyles[k]!
                return LegendItem(symbol: .line(Style(stroke: rs.color, strokeWidthPoints: rs.widthPoints)), label: rs.name)
            }
            return fs.isEmpty ? (nil, nil) : (MapLayer(id: "roads", title: "道路 Roads", style: Style(stroke: "#7f7f7f"), content: .features(fs), clipToCounty: lineClip == .county),
                                              LegendSection(title: "交通水系 Roads and rivers", items: items))
        case "terrain":
            let ridge = Style(stroke: PlanStyles.ridgeColor, strokeWidthPoints: 0.8, dashPoints: [1, 1.5], opacity: 0.7)
            let peak = PointSymbol(shape: .triangle, radiusPoints: 2.2, fill: "#3b2a1a", stroke: "#ffffff", strokeWidthPoints: 0.4)
            let kinds = ["ridge", "trough", "mountain_area", "peak", "low_point"]
            let fs = features(layers.terrain, where: { kinds.contains($0.text("kind") ?? "") }) { f, i in
                let kind = f.text("kind") ?? ""
                let name = f.text("name") ?? ""
                let elevation = f[property: "elevation_m"]?.doubleValue.flatMap { $0.isFinite && abs($0) < 1e6 ? $0 : nil }.map { " \(Int($0.rounded())) m" } ?? ""
                switch kind {
                case "ridge":
                    return MapFeature(id: "terrain-\(i)", geometry: f.geometry!, style: ridge, cssClass: kind,
                                      label: FeatureLabel(text: name, priority: 2, fontSizePoints: 11, cssClass: "ridge-label", placement: .line, color: PlanStyles.ridgeColor))
                case "trough":
                    return MapFeature(id: "terrain-\(i)", geometry: f.geometry!, style: Style(), cssClass: kind,
                                      label: FeatureLabel(text: name, priority: 2, fontSizePoints: 10, cssClass: "trough-label", placement: .area, color: "#2f5d2a"))
                case "peak", "low_point":
                    return MapFeature(id: "terrain-\(i)", geometry: f.geometry!, style: Style(symbol: kind == "peak" ? peak : PointSymbol(shape: .circle, radiusPoints: 1.2, fill: "#3a7dbf", stroke: "#ffffff")),
                                      cssClass: kind, label: FeatureLabel(text: name + elevation, priority: 4, fontSizePoints: 6.5, cssClass: "peak-label", placement: .point, color: "#3b2a1a"))
                default:
                    return MapFeature(id: "terrain-\(i)", geometry: f.geometry!, style: Style(), cssClass: kind)
                }
            }
            return fs.isEmpty ? (nil, nil) : (MapLayer(id: "terrain", title: texts.terrainTitle + " Ridges and troughs", style: Style(), content: .features(fs), simplify: false),
                                              LegendSection(title: texts.terrainTitle + " Terrain", items: [LegendItem(symbol: .line(ridge), label: "山脊 Ridge"),
                                                                                               LegendItem(symbol: .point(peak), label: "山峰 Peak (m)")]))
        case "lines":
            var items: [LegendItem] = []
            let choices = PlanStyles.styleChoices(Self.styleKeys(layers.lines), styledKinds: PlanStyles.lineKinds)
            let fs = features(layers.lines) { f, i in
                let n = f.text("name") ?? ""
                let ls = PlanStyles.lineStyle(choices[Self.styleKey(f, index: i)] ?? .fallback(0))
                let st = Style(stroke: ls.color, strokeWidthPoints: 2.0, dashPoints: ls.dash)
                items.append(LegendItem(symbol: .line(st), label: n + "示范线"))
                return MapFeature(id: "line-\(i)", geometry: f.geometry!, style: st, cssClass: "demo-line",
                                  label: FeatureLabel(text: n + "示范线", priority: 3, fontSizePoints: 8, cssClass: "line-label", placement: .line, color: ls.color))
            }
            let title = texts.linesTitle + " Demonstration lines"
            return fs.isEmpty ? (nil, nil) : (MapLayer(id: "lines", title: title, style: Style(), content: .features(fs), simplify: false, clipToCounty: lineClip == .county),
                                              LegendSection(title: title, items: items))
        case "sites":
            var kinds = Set<String>()
            let fs = features(layers.sites) { f, i in
                let k = f.text("kind") ?? ""
                kinds.insert(k)
                let priority = k == "county_seat" ? 0 : (k == "central_town" ? 1 : 7)
                let label: FeatureLabel? = (k == "county_seat" || k == "development_zone") ? f.text("name").map {
                    FeatureLabel(text: $0, priority: priority, fontSizePoints: k == "county_seat" ? 10 : 7, cssClass: "site-label", placement: .point) } : nil
                return MapFeature(id: f.stableID(index: i), geometry: f.geometry!, style: Style(symbol: PlanStyles.siteSymbol(k)), cssClass: "site \(k)", label: label)
            }
            let items = PlanStyles.siteKinds.filter(kinds.contains).map { LegendItem(symbol: .point(PlanStyles.siteSymbol($0)), label: PlanStyles.siteKindNames[$0] ?? $0) }
            return fs.isEmpty ? (nil, nil) : (MapLayer(id: "sites", title: "安置点与产业点 Sites", style: Style(), content: .features(fs)),
                                              LegendSection(title: "安置点与产业 Sites", items: items))
        case "county":
            guard let g = layers.countyGeometry else { return (nil, nil) }
            return (MapLayer(id: "county", title: "县界 County boundary", style: PlanStyles.countyStroke,
                             content: .features([MapFeature(id: texts.countyID, geometry: g)])),
                    LegendSection(title: "边界 Boundaries", items: [LegendItem(symbol: .line(PlanStyles.countyStroke), label: "县界 County")]))
        default:
            return (nil, nil)
        }
    }
}

extension BaseMap {
    /// The key a zone or line is styled under: its name (every feature of one zone
    /// shares a style), else its position.
    static func styleKey(_ f: Feature, index: Int) -> String { f.text("name").map { "name:" + $0 } ?? "#\(index)" }

    /// Each drawn feature's style key and `kind`, in layer order.
    static func styleKeys(_ fc: FeatureCollection?) -> [(key: String, kind: String?)] {
        (fc?.features ?? []).enumerated().compactMap { i, f in f.geometry == nil ? nil : (styleKey(f, index: i), f.text("kind")) }
    }

    /// The contour interval of a contour layer: the smallest step between its distinct
    /// `elevation_m` values (nil with fewer than two).
    static func contourInterval(_ fc: FeatureCollection?) -> Double? {
        let levels = Set((fc?.features ?? []).compactMap { $0[property: "elevation_m"]?.doubleValue }.filter(\.isFinite)).sorted()
        let steps = zip(levels, levels.dropFirst()).map { $1 - $0 }.filter { $0 > 1e-9 }
        return steps.min().map { ($0 * 1000).rounded() / 1000 }
    }

    /// `value` is a whole multiple of `step` (to a millimetre).
    static func isMultiple(_ value: Double, of step: Double) -> Bool {
        guard step > 0 else { return false }
        let q = (value / step).rounded()
        return abs(value - q * step) < 1e-3
    }

    /// Metres as printed in a legend: "100", "12.5".
    static func metres(_ m: Double) -> String {
        m.rounded() == m && abs(m) < 1e15 ? String(Int(m)) : String(m)
    }
}
