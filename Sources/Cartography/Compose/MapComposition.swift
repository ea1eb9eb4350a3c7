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
    /// The CRS line printed first at the foot (see ``PlanMapTexts/crsNote``); none when nil.
    public var crsNote: String?
    /// Layers bottom to top (single-panel maps).
    public var layers: [MapLayer] = []
    /// Panels for small multiples (when non-empty, `layers` is ignored).
    public var panels: [MapPanel] = []
    public var legend = Legend()
    /// The county outline (lon/lat): fixes the extent and the `county-clip` path.
    public var county: Geometry?
    /// Neighbouring counties for the locator inset (name, lon/lat geometry).
    public var insetNeighbours: [(name: String, geometry: Geometry)] = []
    /// The county's label on the locator inset; empty for none.
    public var insetLabel: String = ""
    /// Graticule spacing in degrees (nil for none).
    public var graticuleStepDegrees: Double? = 0.1
    /// Douglas–Peucker tolerance on the page, in mm.
    public var simplifyToleranceMillimetres: Double = 0.12
    /// The title block (图签) in the furniture panel's foot; none when nil.
    public var titleBlock: TitleBlock?
    /// The CRS as the title block names it (e.g. `CGCS2000 / 3-degree Gauss-Kruger CM 105E (EPSG:4545)`).
    public var crsName: String?
    /// The `<svg>` root's id.
    public var id: String = "benkang-map"

    public init() {}
}
