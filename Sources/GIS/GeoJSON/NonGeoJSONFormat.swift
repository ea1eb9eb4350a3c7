/// Spatial files that are not GeoJSON but are often given where GeoJSON is read: told
/// apart by their first bytes (and the file name), so the user hears what the file is and
/// how to convert it rather than a JSON syntax error.
enum NonGeoJSONFormat {
    case geoPackage, shapefile, shapefilePart(String), zip

    /// The format of `bytes` (named `file`), or nil when they may be GeoJSON.
    static func detect(_ bytes: [UInt8], file: String?) -> NonGeoJSONFormat? {
        if bytes.starts(with: Array("SQLite format 3".utf8) + [0]) { return .geoPackage }
        if bytes.count >= 100, bytes.starts(with: [0x00, 0x00, 0x27, 0x0A]) { return .shapefile }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
        let lower = (file ?? "").lowercased()
        for ext in [".dbf", ".shx", ".prj", ".cpg"] where lower.hasSuffix(ext) {
            if bytes.first != UInt8(ascii: "{") { return .shapefilePart(ext) }
        }
        return nil
    }

    /// One line: what the file is and the `ogr2ogr` command that converts it.
    func message(file: String?) -> String {
        let name = file ?? "FILE"
        let stem = name.split(separator: "/").last.map(String.init) ?? name
        let out = (stem.split(separator: ".").first.map(String.init) ?? stem) + ".geojson"
        let convert = "ogr2ogr -f GeoJSON -t_srs EPSG:4490 \(out) \(name)"
        switch self {
        case .geoPackage:
            return "this is a GeoPackage (SQLite), not GeoJSON: convert a layer with `\(convert) LAYER` "
                + "(`ogrinfo \(name)` lists the layers)"
        case .shapefile:
            return "this is a Shapefile (.shp), not GeoJSON: convert it with `\(convert)`"
        case .shapefilePart(let ext):
            return "this is the \(ext) part of a Shapefile, not GeoJSON: convert the .shp with "
                + "`ogr2ogr -f GeoJSON -t_srs EPSG:4490 OUT.geojson FILE.shp`"
        case .zip:
            return "this is a ZIP archive, not GeoJSON (a zipped Shapefile?): convert it with "
                + "`ogr2ogr -f GeoJSON -t_srs EPSG:4490 \(out) /vsizip/\(name)`"
        }
    }
}
