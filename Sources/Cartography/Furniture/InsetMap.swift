import GIS

/// The locator inset: the county (highlighted, labelled `countyLabel` unless empty)
/// among its neighbours, each named.
public struct InsetMap {
    public var county: Geometry
    public var neighbours: [(name: String, geometry: Geometry)]
    public var countyLabel: String

    public init(county: Geometry, neighbours: [(name: String, geometry: Geometry)], countyLabel: String = "") {
        self.county = county; self.neighbours = neighbours; self.countyLabel = countyLabel
    }

    /// The inset group (id `inset`) inside `rect`.
    /// - Throws: what `project` throws.
    public func element(in rect: PageRect, project: Projector) throws -> SVGElement {
        var bb = BoundingBox.empty
        for g in [county] + neighbours.map(\.geometry) {
            for s in g.coordinateSequences {
                var i = 0
                while i + 1 < s.xy.count { bb.extend(try project(Position(s.xy[i], s.xy[i + 1]))); i += 2 }
            }
        }
        let transform = PageTransform.fitting(bb, into: rect, paddingMillimetres: 2)
        var g = SVGElement("g", [("id", "inset"), ("class", "inset")])
        g.append(SVGText.rect(rect, fill: "#ffffff", stroke: "#555555", strokeWidthPoints: 0.5))
        var shapes: [PageShape] = []
        for (_, geom) in neighbours { shapes.append(ClipStage.clip(try ProjectStage.pageShape(geom, project: project, transform: transform), to: rect)) }
        shapes.append(ClipStage.clip(try ProjectStage.pageShape(county, project: project, transform: transform), to: rect))
        shapes = SimplifyStage.simplify(shapes, toleranceMillimetres: 0.15)
        var placer = LabelPlacer(frame: rect.inset(by: 0.5), haloMillimetres: 0.2)
        var cands: [LabelCandidate] = []
        for (i, shape) in shapes.enumerated() {
            guard case .polygons(let rings) = shape else { continue }
            var d = PathData()
            rings.forEach { d.appendRun($0, close: true) }
            let isCounty = i == shapes.count - 1
            var p = SVGElement("path", [("class", isCounty ? "inset-county" : "inset-neighbour")])
            p.set("d", d.attributeValue)
            p.set("fill", isCounty ? "#c0392b" : "#e3e3e3"); p.set("stroke", "#ffffff")
            p.set("stroke-width", SVGText.mm(PrintUnits.mm(pt: 0.5)))
            g.append(p)
            let text = isCounty ? countyLabel : neighbours[i].name
            if !(isCounty && text.isEmpty), let a = LabelAnchors.areaPoint(rings) {
                cands.append(LabelCandidate(text: text, x: a.x, y: a.y, priority: isCounty ? 0 : 1,
                                            fontSizePoints: isCounty ? 6.5 : 5.5, cssClass: "inset-label", mode: .area))
            }
        }
        for l in placer.place(cands) {
            g.append(SVGText.text(l.text, x: l.x, y: l.y, sizePoints: l.fontSizePoints, anchor: l.anchor, cssClass: "inset-label",
                                  fill: l.priority == 0 ? "#7b1c12" : "#555555", halo: true))
        }
        g.append(SVGText.text("位置图 Location", x: rect.x + 1.5, y: rect.y + 3.5, sizePoints: 6.5, weight: "bold", fill: "#333333"))
        return g
    }
}
