/// The county's own words on a plan map, as plain values: the caller reads them from
/// wherever it keeps them (the CLI from the geodata folder's `county.yaml`). Every
/// default is generic, so a map drawn without them names no county.
public struct PlanMapTexts: Sendable, Hashable {
    /// The county's label on the locator inset; empty for none.
    public var countyLabel: String = ""
    /// The id of the county outline's `<path>` (e.g. its administrative code).
    public var countyID: String = "county"
    /// The Chinese title of the special zones (legend and layer title, before "Special zones").
    public var zonesTitle: String = "扶贫区域"
    /// The Chinese title of the demonstration lines (before "Demonstration lines").
    public var linesTitle: String = "扶贫示范线"
    /// The Chinese title of the plan layout (before "Plan layout").
    public var layoutTitle: String = "规划布局"
    /// The Chinese title of the terrain (before "Ridges and troughs" / "Terrain").
    public var terrainTitle: String = "地形"
    /// The planning CRS the map is drawn in: its code (an EPSG code or anything PROJ
    /// accepts) and a description, both printed in the footer's CRS note.
    public var crsCode: String = ""
    public var crsDescription: String = ""

    public init() {}

    /// The CRS as a title block names it, e.g. "CGCS2000 / … (EPSG:4545)"; nil when unknown.
    public var crsName: String? {
        switch (crsDescription.isEmpty, crsCode.isEmpty) {
        case (true, true): return nil
        case (false, false): return "\(crsDescription) (\(crsCode))"
        case (false, true): return crsDescription
        case (true, false): return crsCode
        }
    }

    /// The footer's CRS line, e.g. "坐标系 CRS: CGCS2000 / … (EPSG:4545); …"; nil when
    /// neither the code nor the description is known.
    public var crsNote: String? {
        guard let what = crsName else { return nil }
        return "坐标系 CRS: \(what); 比例尺与面积均在此坐标系中量算 scale bar measured in it."
    }
}
