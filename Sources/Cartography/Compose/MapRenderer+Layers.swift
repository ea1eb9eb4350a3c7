extension MapRenderer {
    /// Draws one layer: its group, its label candidates and the boxes of its symbols.
    func drawLayer(_ layer: MapLayer, transform: PageTransform, frame: PageRect, suffix: String,
                   patterns: inout [String: Hatch]) throws -> (SVGElement, [LabelCandidate], [PageRect]) {
        var g = SVGElement.layer(id: layer.id + suffix, label: layer.title)
        if layer.clipToCounty && composition.county != nil { g.set("clip-path", "url(#county-clip\(suffix))") }
        var candidates: [LabelCandidate] = []
        var obstacles: [PageRect] = []
        if let h = layer.style.hatch { patterns[h.id] = h }
        switch layer.content {
        case .elevation(let grid, let hyps):
            for (band, runs) in hyps.bandRuns(grid, transform: transform).enumerated() where !runs.isEmpty {
                for (k, batch) in PathData.split(runs).enumerated() {
                    var d = PathData()
                    for r in batch { d.appendRun(r, close: true) }
                    var p = SVGElement("path", [("id", "\(layer.id)\(suffix)-band-\(band)" + (k > 0 ? "-\(k)" : "")),
                                                ("class", "elevation-band")])
                    p.set("d", d.attributeValue)
                    p.set("fill", hyps.colors[band])
                    g.append(p)
                }
            }
        case .pagePaths(let paths):
            for item in paths {
                var p = SVGElement("path", [("id", item.id + suffix), ("d", item.d)])
                // A path with a fill is an area (a flow's arrowhead); one without is a line.
                for (k, v) in item.style.attributes(isLine: item.style.fill == nil) { p.set(k, v) }
                g.append(p)
            }
        case .features(let features):
            let clipRect = frame.inset(by: -2)
            var shapes: [PageShape] = []
            shapes.reserveCapacity(features.count)
            for f in features {
                shapes.append(ClipStage.clip(try ProjectStage.pageShape(f.geometry, project: project, transform: transform), to: clipRect))
            }
            if layer.simplify { shapes = SimplifyStage.simplify(shapes, toleranceMillimetres: composition.simplifyToleranceMillimetres) }
            let isLineLayer = shapes.contains { if case .lines = $0 { true } else { false } }
            for (k, v) in layer.style.attributes(isLine: isLineLayer) { g.set(k, v) }
            for (f, shape) in zip(features, shapes) where !shape.isEmpty {
                if let h = f.style?.hatch { patterns[h.id] = h }
                let (elements, obstacle) = featureElements(f, shape: shape, layer: layer, suffix: suffix)
                elements.forEach { g.append($0) }
                obstacles += obstacle
                if let label = f.label, let cand = candidate(label, shape: shape, feature: f, layer: layer) {
                    candidates.append(cand)
                }
            }
        }
        return (g, candidates, obstacles)
    }

    func featureElements(_ f: MapFeature, shape: PageShape, layer: MapLayer, suffix: String) -> ([SVGElement], [PageRect]) {
        let id = Self.xmlID(layer.id + suffix + "-" + f.id)
        switch shape {
        case .points(let xy):
            let sym = f.style?.symbol ?? layer.style.symbol ?? PointSymbol()
            var out: [SVGElement] = [], boxes: [PageRect] = []
            var i = 0
            while i + 1 < xy.count {
                let r = f.symbolRadiusMillimetres ?? PrintUnits.mm(pt: sym.radiusPoints)
                out.append(sym.element(x: xy[i], y: xy[i + 1], radiusMillimetres: r, id: i == 0 ? id : "\(id)-\(i / 2)", cssClass: f.cssClass))
                if r < 4 { boxes.append(PageRect(x: xy[i] - r, y: xy[i + 1] - r, width: 2 * r, height: 2 * r)) }
                i += 2
            }
            return (out, boxes)
        case .polygons(let runs), .lines(let runs):
            let close: Bool
            if case .polygons = shape { close = true } else { close = false }
            var out: [SVGElement] = []
            for (k, batch) in PathData.split(runs).enumerated() {
                var d = PathData()
                for r in batch { d.appendRun(r, close: close) }
                if d.isEmpty { continue }
                var p = SVGElement("path", [("id", k == 0 ? id : "\(id)-\(k)")])
                if let cls = f.cssClass { p.set("class", cls) }
                p.set("d", d.attributeValue)
                if let st = f.style { for (key, v) in st.attributes(isLine: !close) { p.set(key, v) } }
                out.append(p)
            }
            return (out, [])
        }
    }

    func candidate(_ label: FeatureLabel, shape: PageShape, feature: MapFeature, layer: MapLayer) -> LabelCandidate? {
        switch (label.placement, shape) {
        case (.area, .polygons(let rings)):
            guard let p = LabelAnchors.areaPoint(rings) else { return nil }
            return LabelCandidate(text: label.text, x: p.x, y: p.y, priority: label.priority,
                                  fontSizePoints: label.fontSizePoints, cssClass: label.cssClass, mode: .area)
        case (.line, .lines(let parts)):
            let anchors = LabelAnchors.linePoints(parts, fractions: [0.5, 0.38, 0.62, 0.26, 0.74, 0.15, 0.85])
            guard let p = anchors.first else { return nil }
            return LabelCandidate(text: label.text, x: p.x, y: p.y, priority: label.priority,
                                  fontSizePoints: label.fontSizePoints, cssClass: label.cssClass, mode: .line(angleDegrees: p.angleDegrees),
                                  alternatives: Array(anchors.dropFirst()))
        case (_, .points(let xy)) where xy.count >= 2:
            let sym = feature.style?.symbol ?? layer.style.symbol ?? PointSymbol()
            let r = feature.symbolRadiusMillimetres ?? PrintUnits.mm(pt: sym.radiusPoints)
            return LabelCandidate(text: label.text, x: xy[0], y: xy[1], priority: label.priority,
                                  fontSizePoints: label.fontSizePoints, cssClass: label.cssClass, mode: .point(symbolRadiusMillimetres: r))
        case (.point, .polygons(let rings)), (.line, .polygons(let rings)):
            guard let p = LabelAnchors.areaPoint(rings) else { return nil }
            return LabelCandidate(text: label.text, x: p.x, y: p.y, priority: label.priority,
                                  fontSizePoints: label.fontSizePoints, cssClass: label.cssClass, mode: .area)
        case (_, .lines(let parts)):
            guard let p = LabelAnchors.linePoint(parts) else { return nil }
            return LabelCandidate(text: label.text, x: p.x, y: p.y, priority: label.priority,
                                  fontSizePoints: label.fontSizePoints, cssClass: label.cssClass, mode: .line(angleDegrees: p.angle))
        default:
            return nil
        }
    }

    /// An XML-safe id: letters, digits, `-`, `_`, `.`; anything else becomes `_`.
    static func xmlID(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            let ok = (u >= "a" && u <= "z") || (u >= "A" && u <= "Z") || (u >= "0" && u <= "9") || u == "-" || u == "_" || u == "."
            out.unicodeScalars.append(ok ? u : "_")
        }
        if let f = out.unicodeScalars.first, f >= "0" && f <= "9" { out = "f" + out }
        return out
    }
}
