import GIS

/// A label attached to a feature.
public struct FeatureLabel: Sendable, Hashable {
    public enum Placement: Sendable, Hashable { case area, point, line }
    public var text: String
    public var priority: Int
    public var fontSizePoints: Double
    public var cssClass: String
    public var placement: Placement
    public var color: String

    public init(text: String, priority: Int, fontSizePoints: Double, cssClass: String,
                placement: Placement, color: String = "#222222") {
        self.text = text; self.priority = priority; self.fontSizePoints = fontSizePoints
        self.cssClass = cssClass; self.placement = placement; self.color = color
    }
}

/// One feature to draw: a stable id, its lon/lat geometry, an optional style that
/// overrides the layer's, a CSS class and an optional label.
public struct MapFeature: Sendable {
    public var id: String
    public var geometry: Geometry
    public var style: Style?
    public var cssClass: String?
    public var label: FeatureLabel?
    /// Point symbol radius in mm overriding the style (proportional symbols).
    public var symbolRadiusMillimetres: Double?

    public init(id: String, geometry: Geometry, style: Style? = nil, cssClass: String? = nil,
                label: FeatureLabel? = nil, symbolRadiusMillimetres: Double? = nil) {
        self.id = id; self.geometry = geometry; self.style = style; self.cssClass = cssClass
        self.label = label; self.symbolRadiusMillimetres = symbolRadiusMillimetres
    }
}

/// A layer of the map: features with a default style, or elevation bands.
public struct MapLayer: Sendable {
    public enum Content: Sendable {
        case features([MapFeature])
        case elevation(ElevationGrid, Hypsometry)
        /// Pre-projected page geometry (flows drawn as curves), one path per entry.
        case pagePaths([(id: String, d: String, style: Style)])
    }

    /// Stable id used for the `<g>` (e.g. `townships`).
    public var id: String
    /// Inkscape layer label (e.g. `乡镇 Townships`).
    public var title: String
    public var style: Style
    public var content: Content
    /// Simplify polygons to page resolution with shared borders kept shared.
    public var simplify: Bool
    /// Clip to the county outline (clipPath `county-clip`) as well as the frame.
    public var clipToCounty: Bool

    public init(id: String, title: String, style: Style, content: Content, simplify: Bool = true, clipToCounty: Bool = false) {
        self.id = id; self.title = title; self.style = style; self.content = content
        self.simplify = simplify; self.clipToCounty = clipToCounty
    }
}

/// One panel of a small-multiple map: a title and the layers drawn in it.
public struct MapPanel: Sendable {
    public var title: String
    public var layers: [MapLayer]
    public init(title: String, layers: [MapLayer]) { self.title = title; self.layers = layers }
}
