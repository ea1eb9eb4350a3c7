/// The coordinate reference system every distance, area and map is computed in.
public enum PlanningCRS {
    /// CGCS2000 / 3-degree Gauss–Kruger CM 108E: easting/northing in metres, false
    /// easting 500 000 m, no zone prefix. Covers Linshui County (106.7–107.3° E).
    public static let defaultCode = "EPSG:4545"
    /// The CRS of coordinates in GeoJSON files (RFC 7946): WGS 84 lon/lat in degrees.
    public static let geographicCode = "EPSG:4326"
}
