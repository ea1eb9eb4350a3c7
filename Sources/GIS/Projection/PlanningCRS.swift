/// The coordinate reference system every distance, area and map is computed in.
///
/// A county's profile names its own planning CRS (`crs.planning`); this default is used
/// where no profile says otherwise.
public enum PlanningCRS {
    /// CGCS2000 / 3-degree Gauss–Kruger CM 108E: easting/northing in metres, false
    /// easting 500 000 m, no zone prefix; good for about 106.5–109.5° E.
    public static let defaultCode = "EPSG:4545"
    /// The CRS of coordinates in GeoJSON files (RFC 7946): WGS 84 lon/lat in degrees.
    public static let geographicCode = "EPSG:4326"
}
