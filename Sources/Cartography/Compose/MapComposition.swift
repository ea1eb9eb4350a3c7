import GIS

/// Everything a map page shows, independent of where the data came from.
public struct MapComposition: Sendable {
    public var page: PageSize = .a3Landscape
    public var marginMillimetres: Double = 10
    /// Draw at 1:N instead of fitting the extent to the frame.
    public var scaleDenominator: Double?
    public var title: String = ""
    public var subtitle: String = ""
    /// Source lines printed at the foot (real vs modelled data).
    public var sourceNotes: [String] = []
    /// Layers bottom to top (single-panel maps).
    public var layers: [MapLayer] = []
    /// Panels for small multiples (when non-empty, `layers` is ignored).
    public var panels: [MapPanel] = []
    public var legend = Legend()
    /// The county outline (lon/lat): fixes the extent and the `county-clip` path.
    public var county: Geometry?
    /// Neighbouring counties for the locator inset (name, lon/lat geometry).
    public var insetNeighbours: [(name: String, geometry: Geometry)] = []
    /// Graticule spacing in degrees (nil for none).
    public var graticuleStepDegrees: Double? = 0.1
    /// Douglas–Peucker tolerance on the page, in mm.
    public var simplifyToleranceMillimetres: Double = 0.12
    /// The `<svg>` root's id.
    public var id: String = "benkang-map"

    public init() {}
}
