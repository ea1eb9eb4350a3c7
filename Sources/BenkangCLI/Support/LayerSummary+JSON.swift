import ArgumentParser
import GIS

/// How `benkang info` prints: the text report, or JSON.
enum InfoFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

extension LayerSummary {
    /// One layer as a JSON object (keys in this order; documented in docs/outputs.md):
    /// `file`, `crs`, `features`, `geometry_types` (name → count), `without_geometry`,
    /// `extent` ([min lon, min lat, max lon, max lat], null when empty), `area_km2` (planar),
    /// `geodesic_area_km2` (CGCS2000 ellipsoid), `length_km` (planar, line parts),
    /// `properties` (name, `types`, `null`, `missing`).
    func json(file: String, crs: String) -> String {
        func str(_ s: String) -> String { TextEscape.jsonString(s) }
        var out = "  {\"file\": \(str(file)), \"crs\": \(str(crs)), \"features\": \(featureCount),\n"
        out += "   \"geometry_types\": {" + geometryTypes.map { "\(str($0.name)): \($0.count)" }.joined(separator: ", ") + "},"
        out += " \"without_geometry\": \(nullGeometries),\n"
        out += "   \"extent\": " + (bbox.isEmpty ? "null" : "[\(fixed(bbox.minX, 6)), \(fixed(bbox.minY, 6)), \(fixed(bbox.maxX, 6)), \(fixed(bbox.maxY, 6))]")
        out += ", \"area_km2\": \(fixed(areaSquareMetres / 1e6, 3)), \"geodesic_area_km2\": \(fixed(geodesicAreaSquareMetres / 1e6, 3))"
        out += ", \"length_km\": \(fixed(lengthMetres / 1e3, 3)),\n"
        out += "   \"properties\": [" + properties.map { name, s in
            "{\"name\": \(str(name)), \"types\": [" + s.types.map(str).joined(separator: ", ") + "], \"null\": \(s.nulls), \"missing\": \(featureCount - s.present)}"
        }.joined(separator: ", ") + "]}"
        return out
    }
}
