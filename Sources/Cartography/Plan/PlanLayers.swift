import GIS

/// The geodata layers a plan map draws (lon/lat FeatureCollections, schema of
/// `geodata/`), any of which may be missing, plus the DEM as plain values.
public struct PlanLayers: Sendable {
    public var county: FeatureCollection?
    public var neighbours: FeatureCollection?
    public var townships: FeatureCollection?
    public var villages: FeatureCollection?
    public var zones: FeatureCollection?
    public var lines: FeatureCollection?
    public var terrain: FeatureCollection?
    public var strategy: FeatureCollection?
    public var roads: FeatureCollection?
    public var contours: FeatureCollection?
    public var sites: FeatureCollection?
    public var elevation: ElevationGrid?

    public init() {}

    /// The layer names a spec may list, in drawing order (bottom to top).
    public static let layerNames = ["neighbours", "elevation", "contours", "zones", "strategy", "villages",
                                    "townships", "rivers", "roads", "terrain", "lines", "sites", "county"]

    /// The file each layer is read from (relative to the geodata folder).
    public static let fileNames: [String: String] = [
        "county": "county.geojson", "neighbours": "neighbours.geojson", "townships": "townships.geojson",
        "villages": "villages.geojson", "zones": "zones.geojson", "lines": "lines.geojson",
        "terrain": "terrain.geojson", "strategy": "strategy.geojson", "roads": "roads.geojson",
        "contours": "contours.geojson", "sites": "sites.geojson", "elevation": "dem.asc", "rivers": "terrain.geojson"]

    /// The county outline as one geometry (all features' polygons).
    public var countyGeometry: Geometry? {
        guard let fc = county else { return nil }
        var polys: [Polygon] = []
        for f in fc.features {
            switch f.geometry {
            case .polygon(let p)?: polys.append(p)
            case .multiPolygon(let ps)?: polys += ps
            default: break
            }
        }
        if polys.isEmpty { return nil }
        return polys.count == 1 ? .polygon(polys[0]) : .multiPolygon(polys)
    }
}

extension Feature {
    /// A string property, or a number written without a fraction.
    func text(_ name: String) -> String? {
        switch self[property: name] {
        case .string(let s)?: return s
        case .number(let d)?: return d.rounded() == d && abs(d) < 1e15 ? String(Int(d)) : String(d)
        default: return nil
        }
    }

    /// The feature's id as maps use it: the `id` property, else the GeoJSON id, else `code`, else its index.
    public func stableID(index: Int) -> String {
        text("id") ?? id?.description ?? text("code") ?? "\(index)"
    }
}
