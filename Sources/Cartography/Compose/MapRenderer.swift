import GIS

/// Renders a ``MapComposition`` to SVG: project → fit to page → clip to the frame →
/// simplify to page resolution → write, then labels and furniture.
///
/// Output is deterministic: the same composition gives the same bytes.
public struct MapRenderer {
    public let composition: MapComposition
    public let project: Projector

    public init(_ composition: MapComposition, project: @escaping Projector) {
        self.composition = composition; self.project = project
    }

    /// The page transform of the main map frame (no panels), with the composition's
    /// fixed scale when it has one: what ``render()`` draws the layers with, so page
    /// paths computed beforehand (flows) line up with the base map.
    /// - Throws: what the projector throws.
    public func mainTransform() throws -> PageTransform {
        let layout = PageLayout(page: composition.page, marginMillimetres: composition.marginMillimetres, footerLines: footerNoteLines().count)
        return PageTransform.fitting(try groundExtent(), into: layout.frame, paddingMillimetres: 5, scaleDenominator: composition.scaleDenominator)
    }

    /// Renders the page.
    /// - Throws: projection errors from `project`; ``MapLayoutError`` when the page leaves
    ///   no room for a map frame (a finite, positive scale).
    /// - Complexity: O(V log V) in the vertices drawn, plus O(L²) worst case for L labels.
    public func render() throws -> RenderedMap {
        let c = composition
        let layout = PageLayout(page: c.page, marginMillimetres: c.marginMillimetres, footerLines: footerNoteLines().count)
        let extent = try groundExtent()
        var patterns: [String: Hatch] = [:]
        var body: [SVGElement] = []
        var defs = SVGElement("defs")
        var allLabels: [PlacedLabel] = []
        var dropped = 0
        let colors = c.labelColors
        let panelFrames = c.panels.isEmpty ? [layout.frame] : Self.panelFrames(layout.frame, count: c.panels.count, landscape: layout.panelOnRight)
        var mainTransform = PageTransform.fitting(extent, into: layout.frame)
        for (pi, frame) in panelFrames.enumerated() {
            let transform = PageTransform.fitting(extent, into: frame, paddingMillimetres: c.panels.isEmpty ? 5 : 2,
                                                  scaleDenominator: c.scaleDenominator)
            guard transform.millimetresPerMetre.isFinite, transform.millimetresPerMetre > 0,
                  frame.width >= 1, frame.height >= 1, transform.scaleDenominator.isFinite else {
                throw MapLayoutError("page \(c.page.name): no room for the map frame (\(SVGText.mm(max(0, frame.width)))×\(SVGText.mm(max(0, frame.height))) mm left "
                                     + "after the title, legend panel and \(footerNoteLines().count) footer lines); choose a larger page")
            }
            if pi == 0 { mainTransform = transform }
            let suffix = c.panels.isEmpty ? "" : "-\(pi + 1)"
            defs.append(SVGElement("clipPath", [("id", "frame-clip" + suffix)],
                                   children: [.element(SVGText.rect(frame, fill: "#ffffff"))]))
            if let county = c.county {
                let shape = ClipStage.clip(try ProjectStage.pageShape(county, project: project, transform: transform), to: frame.inset(by: -1))
                let simplified = SimplifyStage.simplify([shape], toleranceMillimetres: c.simplifyToleranceMillimetres)[0]
                var d = PathData()
                if case .polygons(let rings) = simplified { for r in rings { d.appendRun(r, close: true) } }
                var p = SVGElement("path"); p.set("d", d.attributeValue)
                defs.append(SVGElement("clipPath", [("id", "county-clip" + suffix)], children: [.element(p)]))
            }
            let layers = c.panels.isEmpty ? c.layers : c.panels[pi].layers
            var placer = LabelPlacer(frame: frame.inset(by: 1))
            var candidates: [LabelCandidate] = []
            var panel = SVGElement("g", [("id", "panel" + (suffix.isEmpty ? "" : suffix)), ("clip-path", "url(#frame-clip\(suffix))")])
            panel.append(SVGText.rect(frame, fill: "#f3f1ec"))
            for layer in layers {
                let (g, cands, obstacles) = try drawLayer(layer, transform: transform, frame: frame, suffix: suffix, patterns: &patterns)
                panel.append(g)
                candidates += cands
                obstacles.forEach { placer.addObstacle($0) }
            }
            if c.panels.isEmpty, let step = c.graticuleStepDegrees, let county = c.county {
                let bb = county.lonLatBounds.expanded(by: 0.15)
                body.append(try Graticule(stepDegrees: step).element(bounds: bb, frame: frame, transform: transform, project: project))
            }
            body.insert(panel, at: c.panels.isEmpty ? 0 : body.count)
            let placed = placer.place(candidates)
            dropped += placer.dropped.count
            allLabels += placed
            body.append(labelLayer(placed, id: "labels" + suffix, colors: colors))
            var border = SVGText.rect(frame, fill: "none", stroke: "#333333", strokeWidthPoints: 0.8)
            border.set("class", "frame")
            body.append(border)
            if !c.panels.isEmpty {
                body.append(SVGText.text(c.panels[pi].title, x: frame.x + 2, y: frame.y + 6, sizePoints: 11,
                                         cssClass: "panel-title", weight: "bold", halo: true))
            }
        }
        let scaleBar = ScaleBar(transform: mainTransform, maximumMillimetres: layout.scaleBarMaximumMillimetres)
        let furniture = try drawFurniture(layout: layout, transform: mainTransform, scaleBar: scaleBar, patterns: &patterns)
        for id in patterns.keys.sorted() { defs.children.insert(.element(patterns[id]!.patternElement), at: 0) }
        var root = SVGElement("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("xmlns:inkscape", "http://www.inkscape.org/namespaces/inkscape"),
            ("id", c.id), ("version", "1.1"),
            ("width", SVGText.mm(c.page.widthMillimetres) + "mm"), ("height", SVGText.mm(c.page.heightMillimetres) + "mm"),
            ("viewBox", "0 0 \(SVGText.mm(c.page.widthMillimetres)) \(SVGText.mm(c.page.heightMillimetres))"),
            ("font-family", SVGText.fontFamily)])
        root.append(SVGElement("title", children: [.text(c.title)]))
        root.append(defs)
        root.append(SVGText.rect(PageRect(x: 0, y: 0, width: c.page.widthMillimetres, height: c.page.heightMillimetres), fill: "#ffffff"))
        var mapLayer = SVGElement.layer(id: "map", label: "地图 Map")
        body.forEach { mapLayer.append($0) }
        root.append(mapLayer)
        root.append(furniture)
        return RenderedMap(svg: root, labels: allLabels, scaleBar: scaleBar, transform: mainTransform,
                           layout: layout, droppedLabelCount: dropped, title: c.title)
    }

    /// The projected extent: the county's, else every feature's.
    func groundExtent() throws -> BoundingBox {
        var bb = BoundingBox.empty
        func add(_ g: Geometry) throws {
            for s in g.coordinateSequences {
                var i = 0
                while i + 1 < s.xy.count { bb.extend(try project(Position(s.xy[i], s.xy[i + 1]))); i += 2 }
            }
        }
        if let county = composition.county { try add(county); return bb }
        for layer in composition.panels.first?.layers ?? composition.layers {
            if case .features(let fs) = layer.content { for f in fs { try add(f.geometry) } }
        }
        return bb.isEmpty ? BoundingBox(minX: 0, minY: 0, maxX: 1, maxY: 1) : bb
    }

    /// Panel rectangles for small multiples, row by row.
    static func panelFrames(_ area: PageRect, count: Int, landscape: Bool) -> [PageRect] {
        let cols = landscape ? min(3, count) : min(2, count)
        let rows = (count + cols - 1) / cols
        let gap = 3.0
        let w = (area.width - gap * Double(cols - 1)) / Double(cols)
        let h = (area.height - gap * Double(rows - 1)) / Double(rows)
        return (0..<count).map { i in
            PageRect(x: area.x + Double(i % cols) * (w + gap), y: area.y + Double(i / cols) * (h + gap), width: w, height: h)
        }
    }

    func labelLayer(_ placed: [PlacedLabel], id: String, colors: [String: String]) -> SVGElement {
        var g = SVGElement.layer(id: id, label: "注记 Labels")
        for l in placed {
            g.append(SVGText.text(l.text, x: l.x, y: l.y, sizePoints: l.fontSizePoints, anchor: l.anchor,
                                  cssClass: l.cssClass, weight: l.priority <= 1 ? "bold" : nil, fill: colors[l.cssClass] ?? "#222222",
                                  halo: true, rotateDegrees: l.angleDegrees))
        }
        return g
    }

}

extension MapComposition {
    /// Label colours by label class (set from feature labels while drawing).
    var labelColors: [String: String] {
        var out: [String: String] = [:]
        for layer in panels.first?.layers ?? layers {
            if case .features(let fs) = layer.content {
                for f in fs { if let l = f.label { out[l.cssClass] = l.color } }
            }
        }
        return out
    }
}

extension Geometry {
    /// Lon/lat bounds of every coordinate.
    var lonLatBounds: BoundingBox {
        var bb = BoundingBox.empty
        for s in coordinateSequences {
            var i = 0
            while i + 1 < s.xy.count { bb.extend(x: s.xy[i], y: s.xy[i + 1]); i += 2 }
        }
        return bb
    }
}
