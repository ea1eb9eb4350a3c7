import GIS

/// One relocation flow: persons moved from a village to a site in a year.
public struct RelocationFlow: Sendable, Hashable {
    public var fromVillage: String
    public var toSite: String
    public var persons: Double
    public init(fromVillage: String, toSite: String, persons: Double) {
        self.fromVillage = fromVillage; self.toSite = toSite; self.persons = persons
    }
}

extension ThematicMap {
    /// Village inner points (lon/lat) by id: the middle of the widest span through the
    /// largest ring's centre of area, so a concave village's point lies inside it.
    func villagePoints() -> [String: Position] {
        var out: [String: Position] = [:]
        for (i, f) in (base.villages?.features ?? []).enumerated() {
            guard let g = f.geometry else { continue }
            let rings: [[Double]]
            switch g {
            case .polygon(let p): rings = p.rings.map(\.xy)
            case .multiPolygon(let ps): rings = ps.flatMap { $0.rings.map(\.xy) }
            default: continue
            }
            if let p = LabelAnchors.areaPoint(rings) { out[f.stableID(index: i)] = Position(p.x, p.y) }
        }
        return out
    }

    /// Proportional circles (area ∝ value) at village points over a light base.
    public func proportionalSymbols(_ values: [String: Double], title: String, subtitle: String, page: PageSize,
                                    maximumRadiusMillimetres: Double = 6) -> MapComposition {
        var c = frame(title: title, subtitle: subtitle, page: page)
        let maxV = Self.largest(values.values)
        c.layers = symbolLayers(values, largest: maxV, points: villagePoints(), labels: true, maximumRadiusMillimetres: maximumRadiusMillimetres)
        c.legend = Legend(sections: [symbolLegend(largest: maxV, maximumRadiusMillimetres: maximumRadiusMillimetres, note: "")])
        return c
    }

    /// Small multiples of a count: one panel per year, circles on one shared scale.
    public func smallMultipleSymbols(_ valuesByYear: [(year: Int, values: [String: Double])], title: String, subtitle: String,
                                     page: PageSize, maximumRadiusMillimetres: Double = 3) -> MapComposition {
        var c = frame(title: title, subtitle: subtitle, page: page)
        let maxV = Self.largest(valuesByYear.flatMap { $0.values.values })
        let pts = villagePoints()
        c.panels = valuesByYear.map { entry in
            MapPanel(title: "\(entry.year)", layers: symbolLayers(entry.values, largest: maxV, points: pts, labels: false,
                                                                  maximumRadiusMillimetres: maximumRadiusMillimetres))
        }
        c.legend = Legend(sections: [symbolLegend(largest: maxV, maximumRadiusMillimetres: maximumRadiusMillimetres, note: "（各年同一比例 one scale for every year）")])
        c.graticuleStepDegrees = nil
        return c
    }

    /// The largest finite |value| (1 when none).
    static func largest<S: Sequence>(_ values: S) -> Double where S.Element == Double {
        let m = values.filter { $0.isFinite }.map { abs($0) }.max() ?? 1
        return m > 0 ? m : 1
    }

    /// A light village base, the overlays and the circles (largest first, so small ones stay on top).
    func symbolLayers(_ values: [String: Double], largest maxV: Double, points pts: [String: Position], labels: Bool,
                      maximumRadiusMillimetres: Double) -> [MapLayer] {
        var fs: [MapFeature] = []
        for id in values.keys.sorted(by: { (values[$0]!, $0) > (values[$1]!, $1) }) {
            guard let p = pts[id], let v = values[id], v > 0, v.isFinite else { continue }
            let r = maximumRadiusMillimetres * (v / maxV).squareRoot()
            fs.append(MapFeature(id: id, geometry: .point(p), style: Style(symbol: PointSymbol(shape: .circle, radiusPoints: 2, fill: "#d7301f", stroke: "#ffffff", strokeWidthPoints: 0.3)),
                                 cssClass: "prop-symbol", symbolRadiusMillimetres: r))
        }
        var villages = villageLayer(values: [:], cls: Classification(method: .manual, breaks: [0, 1]), colors: ["#ffffff"], id: "villages")
        if case .features(let vf) = villages.content { villages.content = .features(vf.map { var f = $0; f.style = Style(fill: "#f7f7f7"); return f }) }
        villages.style = Style(stroke: "#bdbdbd", strokeWidthPoints: 0.15)
        return [labels ? neighbourLayer() : nil, villages].compactMap { $0 } + overlayLayers(labels: labels)
            + [MapLayer(id: "symbols", title: options.metricTitle, style: Style(fillOpacity: 0.75), content: .features(fs))]
    }

    /// Three circles (the largest value, ¼ and 1⁄16 of it) with the values and the unit.
    func symbolLegend(largest maxV: Double, maximumRadiusMillimetres: Double, note: String) -> LegendSection {
        // Rounded to hundredths where that cannot overflow (values near 10³⁰⁸ stay as they are).
        let steps = [maxV, maxV / 4, maxV / 16].map { abs($0) < 1e15 ? ($0 * 100).rounded() / 100 : $0 }
        let unit = options.unit.map { " " + $0 } ?? ""
        return LegendSection(title: options.metricTitle + "（圆面积 ∝ 数值 circle area ∝ value）" + note, items: steps.map {
            LegendItem(symbol: .circle(radiusMillimetres: maximumRadiusMillimetres * ($0 / maxV).squareRoot(), fill: "#d7301f"),
                       label: SVGText.number($0, decimals: options.decimals) + unit)
        })
    }

    /// An arrowhead (closed page path) with its tip at (tipX, tipY), pointing away from
    /// (fromX, fromY) (a curve's last control point), sized to the line's width; nil when
    /// the two points coincide.
    static func arrowhead(tipX: Double, tipY: Double, fromX: Double, fromY: Double, lineWidthMillimetres w: Double) -> String? {
        let (dx, dy) = (tipX - fromX, tipY - fromY)
        let len = (dx * dx + dy * dy).squareRoot()
        guard len > 1e-9, len.isFinite else { return nil }
        let (ux, uy) = (dx / len, dy / len)
        let length = max(1.4, 1.6 * w + 0.8), half = max(0.7, 0.9 * w + 0.4)
        let (bx, by) = (tipX - ux * length, tipY - uy * length)
        let m = SVGText.mm
        return "M\(m(tipX)) \(m(tipY))L\(m(bx - uy * half)) \(m(by + ux * half))L\(m(bx + uy * half)) \(m(by - ux * half))Z"
    }

    /// Persons in `flows` that cannot be drawn because the origin village or the site is
    /// not in the geodata (or has no point); the map leaves them out.
    public func unplacedPersons(_ flows: [RelocationFlow], sites: [String: Position]) -> (persons: Double, flows: Int) {
        let pts = villagePoints()
        var persons = 0.0, count = 0
        for f in flows where f.persons > 0 && (pts[f.fromVillage] == nil || sites[f.toSite] == nil) { persons += f.persons; count += 1 }
        return (persons, count)
    }

    /// Relocation flows as curved lines from village to site, width ∝ persons. Flows whose
    /// persons are not finite and positive (or sum to ∞) are left off.
    /// - Throws: what `project` throws.
    public func flows(_ flows: [RelocationFlow], sites: [String: Position], title: String, subtitle: String, page: PageSize,
                      project: @escaping Projector, scaleDenominator: Double? = nil,
                      maximumWidthMillimetres: Double = 3) throws -> MapComposition {
        var c = frame(title: title, subtitle: subtitle, page: page)
        c.scaleDenominator = scaleDenominator
        let pts = villagePoints()
        // The renderer's own transform (fixed scale included), so the flows meet the site symbols.
        let t = try MapRenderer(c, project: project).mainTransform()
        var merged: [String: RelocationFlow] = [:]
        // Only finite, positive persons are drawn (NaN or ∞ would give no width and no legend).
        for f in flows where f.persons.isFinite && f.persons > 0 {
            merged["\(f.fromVillage)>\(f.toSite)", default: RelocationFlow(fromVillage: f.fromVillage, toSite: f.toSite, persons: 0)].persons += f.persons
        }
        merged = merged.filter { $0.value.persons.isFinite }
        let maxP = merged.values.map(\.persons).max() ?? 1
        var paths: [(id: String, d: String, style: Style)] = []
        for key in merged.keys.sorted(by: { (merged[$0]!.persons, $0) > (merged[$1]!.persons, $1) }) {
            let f = merged[key]!
            guard let a = pts[f.fromVillage], let b = sites[f.toSite], f.persons > 0 else { continue }
            let pa = try project(a), pb = try project(b)
            let (x0, y0, x1, y1) = (t.pageX(pa.x), t.pageY(pa.y), t.pageX(pb.x), t.pageY(pb.y))
            let (mx, my) = ((x0 + x1) / 2, (y0 + y1) / 2)
            let (dx, dy) = (x1 - x0, y1 - y0)
            let (cx, cy) = (mx - dy * 0.2, my + dx * 0.2)
            let m = SVGText.mm
            let d = "M\(m(x0)) \(m(y0))Q\(m(cx)) \(m(cy)) \(m(x1)) \(m(y1))"
            let w = max(0.15, maximumWidthMillimetres * f.persons / maxP)
            paths.append((id: "flow-" + MapRenderer.xmlID(key), d: d, style: Style(stroke: "#2166ac", strokeWidthPoints: w / PrintUnits.millimetresPerPoint, opacity: 0.6)))
            if let head = Self.arrowhead(tipX: x1, tipY: y1, fromX: cx, fromY: cy, lineWidthMillimetres: w) {
                paths.append((id: "flow-" + MapRenderer.xmlID(key) + "-arrow", d: head, style: Style(fill: "#2166ac", opacity: 0.85)))
            }
        }
        var siteLayer = BaseMap(layers: base, include: ["sites"], texts: texts).build("sites").0
        if var l = siteLayer, case .features(let fs) = l.content {
            let used = Set(merged.values.map(\.toSite))
            l.content = .features(fs.filter { used.contains($0.id) || $0.cssClass == "site county_seat" }); siteLayer = l
        }
        c.layers = [neighbourLayer()].compactMap { $0 } + overlayLayers(labels: true).filter { $0.id != "sites" }
            + [MapLayer(id: "flows", title: "搬迁流向 Relocation flows", style: Style(), content: .pagePaths(paths))] + [siteLayer].compactMap { $0 }
        let steps = [maxP, maxP / 2, maxP / 4].map { $0.rounded() }
        c.legend = Legend(sections: [LegendSection(title: "搬迁人数 Persons relocated（箭头指向安置点 arrow at the site）", items: steps.map {
            LegendItem(symbol: .width(millimetres: max(0.15, maximumWidthMillimetres * $0 / maxP), color: "#2166ac"), label: SVGText.number($0, decimals: 0) + " 人")
        })])
        return c
    }
}
