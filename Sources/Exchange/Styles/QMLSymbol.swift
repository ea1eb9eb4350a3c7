import GIS
import Cartography

/// QGIS symbols (`<symbol>` of a `.qml` style) made from the SVG maps' styles, in
/// points (`Point` units) as the maps are; hatch spacing in millimetres.
enum QMLSymbol {
    /// `#c0392b` with `opacity` → `192,57,43,255` (QGIS's colour property).
    static func color(_ hex: String?, opacity: Double = 1) -> String {
        guard let hex, hex.hasPrefix("#"), hex.count == 7, let v = Int(hex.dropFirst(), radix: 16) else {
            return "0,0,0,0"
        }
        let a = Int((max(0, min(1, opacity)) * 255).rounded())
        return "\((v >> 16) & 255),\((v >> 8) & 255),\(v & 255),\(a)"
    }

    static func number(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }

    static func props(_ pairs: [(String, String)]) -> String {
        pairs.map { "<prop k=\"\($0.0)\" v=\"\(TextEscape.xmlAttribute($0.1))\"/>" }.joined()
    }

    static func layer(_ cls: String, _ pairs: [(String, String)], subSymbol: String = "") -> String {
        "<layer class=\"\(cls)\" enabled=\"1\" pass=\"0\" locked=\"0\">\(props(pairs))\(subSymbol)</layer>"
    }

    static func symbol(_ type: String, name: String, layers: [String]) -> String {
        "<symbol type=\"\(type)\" name=\"\(TextEscape.xmlAttribute(name))\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">"
            + layers.joined() + "</symbol>"
    }

    /// A simple line: colour, width (pt) and an optional dash pattern (pt).
    static func simpleLine(_ color: String?, width: Double, dash: [Double]? = nil, opacity: Double = 1) -> String {
        var p: [(String, String)] = [
            ("line_color", self.color(color, opacity: opacity)), ("line_width", number(width)), ("line_width_unit", "Point"),
            ("line_style", color == nil ? "no" : "solid"), ("capstyle", "round"), ("joinstyle", "round"),
        ]
        if let dash, !dash.isEmpty {
            p += [("use_custom_dash", "1"), ("customdash", dash.map(number).joined(separator: ";")),
                  ("customdash_unit", "Point")]
        }
        return layer("SimpleLine", p)
    }

    /// A polygon symbol for `style`: its fill (or none), its hatch, its outline (dashed
    /// outlines as a line layer, since a simple fill has no dash).
    static func fill(_ style: Style, name: String) -> String {
        var layers: [String] = []
        let outlineDashed = style.dashPoints != nil
        layers.append(layer("SimpleFill", [
            ("color", color(style.fill, opacity: style.fill == nil ? 0 : style.fillOpacity ?? 1)),
            ("style", style.fill == nil ? "no" : "solid"),
            ("outline_color", color(style.stroke)), ("outline_width", number(style.strokeWidthPoints)),
            ("outline_width_unit", "Point"),
            ("outline_style", style.stroke == nil || outlineDashed ? "no" : "solid"),
        ]))
        if let hatch = style.hatch { layers += self.hatch(hatch) }
        if outlineDashed, let stroke = style.stroke {
            layers.append(simpleLine(stroke, width: style.strokeWidthPoints, dash: style.dashPoints))
        }
        return symbol("fill", name: name, layers: layers)
    }

    /// The hatch of the SVG maps: lines (`LinePatternFill`), crossed lines (two) or dots
    /// (`PointPatternFill`), same colour, width and spacing. SVG turns the pattern
    /// clockwise (y down); QGIS counter-clockwise, hence 360° − angle.
    static func hatch(_ h: Hatch) -> [String] {
        let angle = (360 - h.angleDegrees).truncatingRemainder(dividingBy: 180)
        func lines(_ a: Double) -> String {
            let sub = symbol("line", name: "@0@lines", layers: [simpleLine(h.color, width: h.widthPoints)])
            return layer("LinePatternFill", [("angle", number(a)), ("distance", number(h.spacingMillimetres)),
                                             ("distance_unit", "MM"), ("line_width", number(h.widthPoints)),
                                             ("line_width_unit", "Point"), ("color", color(h.color))], subSymbol: sub)
        }
        switch h.kind {
        case .lines: return [lines(angle)]
        case .crossLines: return [lines(angle), lines((angle + 90).truncatingRemainder(dividingBy: 180))]
        case .dots:
            let dot = layer("SimpleMarker", [("name", "circle"), ("color", color(h.color)),
                                             ("outline_style", "no"), ("size", number(h.widthPoints * 2.4)),
                                             ("size_unit", "Point")])
            let sub = symbol("marker", name: "@0@dots", layers: [dot])
            return [layer("PointPatternFill", [("distance_x", number(h.spacingMillimetres)),
                                               ("distance_y", number(h.spacingMillimetres)),
                                               ("distance_x_unit", "MM"), ("distance_y_unit", "MM"),
                                               ("displacement_x", number(h.spacingMillimetres / 2)),
                                               ("displacement_x_unit", "MM")], subSymbol: sub)]
        }
    }

    /// A point symbol: the map's shape, diameter 2 × radius (pt), fill and outline.
    static func marker(_ s: PointSymbol, name: String) -> String {
        let shape: String = switch s.shape {
        case .circle: "circle"
        case .square: "square"
        case .triangle: "triangle"
        case .star: "star"
        case .diamond: "diamond"
        case .hexagon: "hexagon"
        case .invertedTriangle: "triangle"
        }
        return symbol("marker", name: name, layers: [layer("SimpleMarker", [
            ("name", shape), ("color", color(s.fill)), ("outline_color", color(s.stroke)),
            ("outline_width", number(s.strokeWidthPoints)), ("outline_width_unit", "Point"),
            ("outline_style", "solid"), ("size", number(2 * s.radiusPoints)), ("size_unit", "Point"),
        ] + (s.shape == .invertedTriangle ? [("angle", "180")] : []))])
    }

    /// A line symbol.
    static func line(_ color: String, width: Double, dash: [Double]?, name: String) -> String {
        symbol("line", name: name, layers: [simpleLine(color, width: width, dash: dash)])
    }
}
