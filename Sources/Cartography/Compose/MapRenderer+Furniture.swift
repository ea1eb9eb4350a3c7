import GIS

extension MapRenderer {
    /// Title, subtitle, legend, inset, north arrow, scale bar and source notes.
    func drawFurniture(layout: PageLayout, transform: PageTransform, scaleBar: ScaleBar,
                       patterns: inout [String: Hatch]) throws -> SVGElement {
        let c = composition
        var g = SVGElement.layer(id: "furniture", label: "图饰 Furniture")
        let titlePoints = TextMetrics.fittingSize(c.title, widthMillimetres: layout.title.width, points: 20, minimum: 11)
        var t = SVGText.text(c.title, x: layout.title.x, y: layout.title.y + 8, sizePoints: titlePoints, cssClass: "title", weight: "bold")
        t.set("id", "title"); g.append(t)
        if !c.subtitle.isEmpty {
            let subPoints = TextMetrics.fittingSize(c.subtitle, widthMillimetres: layout.title.width, points: 10.5, minimum: 6.5)
            var s = SVGText.text(c.subtitle, x: layout.title.x, y: layout.title.y + 14.5, sizePoints: subPoints, cssClass: "subtitle", fill: "#444444")
            s.set("id", "subtitle"); g.append(s)
        }
        let panel = layout.panel
        var legendRect: PageRect
        var insetRect: PageRect
        var toolsRect: PageRect
        if layout.panelOnRight {
            let insetH = min(panel.width * 0.85, panel.height * 0.3)
            insetRect = PageRect(x: panel.x, y: panel.y, width: panel.width, height: insetH)
            toolsRect = PageRect(x: panel.x, y: panel.maxY - 26, width: panel.width, height: 26)
            legendRect = PageRect(x: panel.x, y: insetRect.maxY + 4, width: panel.width, height: toolsRect.y - insetRect.maxY - 6)
        } else {
            let insetW = layout.portraitInsetWidth
            insetRect = PageRect(x: panel.maxX - insetW, y: panel.y, width: insetW, height: panel.height - 28)
            toolsRect = PageRect(x: panel.maxX - insetW, y: panel.maxY - 26, width: insetW, height: 26)
            legendRect = PageRect(x: panel.x, y: panel.y, width: panel.width - insetW - 5, height: panel.height)
        }
        // A fixed scale is printed as given; a fitted one is rounded to 1,000.
        let scaleText = "比例尺 1:" + SVGText.number(c.scaleDenominator.map { $0.rounded() }
                                                   ?? (transform.scaleDenominator / 1000).rounded() * 1000, decimals: 0)
        if let block = c.titleBlock {
            let rows = block.rows(title: c.title, scale: String(scaleText.dropFirst(4)), crs: c.crsName)
            let h = Double(rows.count) * Self.titleBlockRowMillimetres
            let w = min(legendRect.width, 110)
            let rect = PageRect(x: legendRect.maxX - w, y: legendRect.maxY - h, width: w, height: h)
            g.append(Self.titleBlockElement(rows, in: rect))
            legendRect.height = max(10, legendRect.height - h - 3)
        }
        if !c.legend.isEmpty {
            let (legend, _) = c.legend.element(in: legendRect, patterns: &patterns)
            g.append(legend)
        }
        if let county = c.county, !c.insetNeighbours.isEmpty {
            g.append(try InsetMap(county: county, neighbours: c.insetNeighbours, countyLabel: c.insetLabel).element(in: insetRect, project: project))
        }
        let lonLat = c.county?.lonLatBounds.center ?? Position(107, 30.3)
        let arrow = try NorthArrow(atLongitude: lonLat.x, latitude: lonLat.y, project: project)
        g.append(arrow.element(x: toolsRect.x + 8, y: toolsRect.y + 11, sizeMillimetres: 14))
        g.append(scaleBar.element(x: toolsRect.x + 20, y: toolsRect.y + 14))
        g.append(SVGText.text(scaleText, x: toolsRect.x + 20, y: toolsRect.y + 22, sizePoints: 7, fill: "#444444"))
        var y = layout.footer.y + 2.2
        // Every line is printed (the modelled-data caveat is last); the layout's footer is sized to them.
        for line in footerNoteLines() {
            g.append(SVGText.text(line, x: layout.footer.x, y: y, sizePoints: 6, cssClass: "source-note", fill: "#555555"))
            y += 2.6
        }
        return g
    }
}

extension MapRenderer {
    /// The height of one title-block row, in mm.
    static let titleBlockRowMillimetres = 4.2

    /// The title block (id `title-block`): a ruled table of headings and values in `rect`.
    static func titleBlockElement(_ rows: [(String, String)], in rect: PageRect) -> SVGElement {
        var g = SVGElement("g", [("id", "title-block"), ("class", "title-block")])
        g.append(SVGText.rect(rect, fill: "#ffffff", stroke: "#222222", strokeWidthPoints: 0.8))
        let headW = 15.0, rowH = titleBlockRowMillimetres, m = SVGText.mm
        g.append(SVGElement("line", [("x1", m(rect.x + headW)), ("y1", m(rect.y)), ("x2", m(rect.x + headW)), ("y2", m(rect.maxY)),
                                     ("stroke", "#222222"), ("stroke-width", m(PrintUnits.mm(pt: 0.4)))]))
        for (i, row) in rows.enumerated() {
            let y = rect.y + Double(i) * rowH
            if i > 0 {
                g.append(SVGElement("line", [("x1", m(rect.x)), ("y1", m(y)), ("x2", m(rect.maxX)), ("y2", m(y)),
                                             ("stroke", "#222222"), ("stroke-width", m(PrintUnits.mm(pt: 0.3)))]))
            }
            g.append(SVGText.text(row.0, x: rect.x + 1.2, y: y + rowH / 2 + 1.1, sizePoints: 7, cssClass: "title-block-head", weight: "bold"))
            let points = TextMetrics.fittingSize(row.1, widthMillimetres: rect.width - headW - 2.4, points: i == 0 ? 8 : 7, minimum: 3.5)
            g.append(SVGText.text(row.1, x: rect.x + headW + 1.2, y: y + rowH / 2 + 1.1, sizePoints: points, cssClass: "title-block-value",
                                  weight: i == 0 ? "bold" : nil))
        }
        return g
    }

    /// The footer's source-note lines: the CRS note (when given) and the composition's
    /// notes, wrapped to the footer width.
    func footerNoteLines() -> [String] {
        let c = composition
        let notes = [c.crsNote].compactMap { $0 } + c.sourceNotes
        return Self.wrap(notes, widthMillimetres: c.page.widthMillimetres - 2 * c.marginMillimetres, fontSizePoints: 6)
    }


    /// Notes broken into lines no wider than `widthMillimetres`, at "; " or spaces.
    static func wrap(_ notes: [String], widthMillimetres: Double, fontSizePoints: Double) -> [String] {
        var lines: [String] = []
        for note in notes {
            var current = ""
            for word in note.split(separator: " ", omittingEmptySubsequences: false) {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if TextMetrics.widthMillimetres(candidate, fontSizePoints: fontSizePoints) > widthMillimetres && !current.isEmpty {
                    lines.append(current); current = String(word)
                } else { current = candidate }
            }
            if !current.isEmpty { lines.append(current) }
        }
        return lines
    }
}
