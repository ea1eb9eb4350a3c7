/// What a legend row shows next to its text.
public enum LegendSymbol: Sendable, Hashable {
    /// A filled box (colour or hatch) with the style's outline.
    case area(Style)
    /// A short line with the style's stroke and dash.
    case line(Style)
    /// A point symbol.
    case point(PointSymbol)
    /// A circle of the given radius in mm (proportional symbols).
    case circle(radiusMillimetres: Double, fill: String)
    /// A line of the given width in mm (flows).
    case width(millimetres: Double, color: String)
}

/// One legend row.
public struct LegendItem: Sendable, Hashable {
    public var symbol: LegendSymbol
    public var label: String
    public init(symbol: LegendSymbol, label: String) { self.symbol = symbol; self.label = label }
}

/// A titled group of rows.
public struct LegendSection: Sendable, Hashable {
    public var title: String
    public var items: [LegendItem]
    public init(title: String, items: [LegendItem]) { self.title = title; self.items = items }
}

/// A legend built from what the map shows, laid out top-down in one or more columns.
public struct Legend: Sendable, Hashable {
    public var sections: [LegendSection]
    /// Sections with the same title are merged, keeping the first one's place.
    public init(sections: [LegendSection] = []) {
        var merged: [LegendSection] = []
        for s in sections {
            if let i = merged.firstIndex(where: { $0.title == s.title }) { merged[i].items += s.items } else { merged.append(s) }
        }
        self.sections = merged
    }

    public var isEmpty: Bool { sections.allSatisfy { $0.items.isEmpty } }

    /// The legend (id `legend`) inside `rect`; rows that do not fit start a new column.
    /// Returns the group and the bottom edge used (mm).
    public func element(in rect: PageRect, patterns: inout [String: Hatch]) -> (SVGElement, Double) {
        var g = SVGElement("g", [("id", "legend"), ("class", "legend")])
        g.append(SVGText.text("图例 Legend", x: rect.x, y: rect.y + 4, sizePoints: 10, weight: "bold"))
        let top = rect.y + 9.0
        let available = max(10, rect.maxY - top)
        let maxColumns = max(1, Int(rect.width / 36))
        // Shrink rows (down to 70 %) when the legend would not fit in the columns the width allows.
        let natural = height(scale: 1)
        let k = min(1, max(0.6, natural / (Double(maxColumns) * available) > 1 ? Double(maxColumns) * available / natural : 1))
        let needed = height(scale: k)
        let wanted = (needed / available).rounded(.up)
        let columns = wanted.isFinite ? min(maxColumns, max(1, Int(min(wanted, Double(maxColumns))))) : maxColumns
        let columnWidth = rect.width / Double(columns)
        let rowH = 4.4 * k
        var x = rect.x, y = top, bottom = y
        for section in sections where !section.items.isEmpty {
            if y + rowH * 2 > rect.maxY { x += columnWidth; y = top }
            if x >= rect.maxX - 1 { break }
            let titlePoints = TextMetrics.fittingSize(section.title, widthMillimetres: columnWidth - 1.5, points: 8 * k, minimum: 5)
            g.append(SVGText.text(section.title, x: x, y: y + 2.6 * k, sizePoints: titlePoints, weight: "bold"))
            y += rowH
            for item in section.items {
                let sh = swatchHeight(item.symbol) * k
                if y + sh > rect.maxY { x += columnWidth; y = top }
                if x >= rect.maxX - 1 { break }
                var sw = 7 * k
                if case .circle(let r, _) = item.symbol { sw = max(sw, 2 * r * k) }
                g.append(swatch(item.symbol, x: x, y: y, height: sh, width: sw, patterns: &patterns))
                g.append(SVGText.text(item.label, x: x + sw + 2 * k, y: y + sh / 2 + 1.1 * k, sizePoints: 7 * k))
                y += max(rowH, sh + 1.2 * k)
                bottom = max(bottom, y)
            }
            y += 1.5 * k
        }
        return (g, bottom)
    }

    /// The legend's height in one column at row scale `k` (mm).
    func height(scale k: Double) -> Double {
        sections.filter { !$0.items.isEmpty }.reduce(0.0) { acc, s in
            acc + (4.4 + 1.5) * k + s.items.reduce(0.0) { $0 + max(4.4 * k, swatchHeight($1.symbol) * k + 1.2 * k) }
        }
    }

    func swatchHeight(_ s: LegendSymbol) -> Double {
        if case .circle(let r, _) = s, r.isFinite { return max(3.4, 2 * r) }
        return 3.4
    }

    func swatch(_ s: LegendSymbol, x: Double, y: Double, height: Double, width w: Double, patterns: inout [String: Hatch]) -> SVGElement {
        let m = SVGText.mm
        switch s {
        case .area(let style):
            if let h = style.hatch { patterns[h.id] = h }
            var e = SVGElement("rect", [("x", m(x)), ("y", m(y)), ("width", m(w)), ("height", m(height))])
            for (k, v) in style.attributes(isLine: false) { e.set(k, v) }
            if style.stroke == nil { e.set("stroke", "#666666"); e.set("stroke-width", m(PrintUnits.mm(pt: 0.3))) }
            return e
        case .line(let style):
            var e = SVGElement("line", [("x1", m(x)), ("y1", m(y + height / 2)), ("x2", m(x + w)), ("y2", m(y + height / 2))])
            for (k, v) in style.attributes(isLine: true) where k != "fill" { e.set(k, v) }
            return e
        case .point(let p):
            return p.element(x: x + w / 2, y: y + height / 2)
        case .circle(let r, let fill):
            return SVGElement("circle", [("cx", m(x + w / 2)), ("cy", m(y + height / 2)), ("r", m(r * w / max(w, 2 * r))), ("fill", fill),
                                         ("fill-opacity", "0.75"), ("stroke", "#ffffff"), ("stroke-width", "0.2")])
        case .width(let lineWidth, let color):
            // A line sample as long as the swatch, as wide as the flow it stands for.
            return SVGElement("line", [("x1", m(x)), ("y1", m(y + height / 2)), ("x2", m(x + w)), ("y2", m(y + height / 2)),
                                       ("class", "line-sample"),
                                       ("stroke", color), ("stroke-width", m(lineWidth)), ("stroke-linecap", "butt")])

        }
    }
}
