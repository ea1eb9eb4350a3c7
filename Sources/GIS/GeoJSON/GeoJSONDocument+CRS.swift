/// The CRS a decoded file declares in its legacy `crs` member.
extension GeoJSONDocument {
    /// The CRS the top-level object's `crs` member names, shortened to `EPSG:<code>` for
    /// EPSG names (`urn:ogc:def:crs:EPSG::4490` → `EPSG:4490`) and `OGC:CRS84` for CRS84;
    /// nil when there is none (RFC 7946: WGS 84 longitude/latitude).
    public var declaredCRS: String? {
        let members: JSONObject
        switch object {
        case .featureCollection(let fc): members = fc.foreignMembers
        case .feature(let f): members = f.foreignMembers
        case .geometry: return nil
        }
        guard let value = members["crs"], case .some(let name?) = GeoJSONParser.crsName(of: value) else { return nil }
        let upper = name.uppercased()
        if upper.hasSuffix("CRS84") { return "OGC:CRS84" }
        return GeoJSONParser.shortName(name)
    }

    /// The CRS to transform this file's positions from: its declared CRS, or
    /// EPSG:4326 (RFC 7946) when it declares none.
    public var sourceCRS: String { declaredCRS ?? PlanningCRS.geographicCode }
}

extension GeoJSONObject {
    /// The `crs` member GDAL and QGIS read (`{"type": "name", "properties": {"name":
    /// "urn:ogc:def:crs:EPSG::4545"}}`) naming `urn`; RFC 7946 has none, so write it
    /// only for positions that are not longitude/latitude.
    public static func crsMember(urn: String) -> JSONValue {
        .object(["type": .string("name"), "properties": .object(["name": .string(urn)])])
    }
}
