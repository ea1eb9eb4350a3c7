import GIS

/// The GeoPackage binary geometry (GeoPackage 1.3, clause 2.1.3): the `GP` header with
/// version 0, flags (standard binary, little-endian, an [minx, maxx, miny, maxy]
/// envelope, or the empty flag), the `srs_id`, then the geometry as WKB.
enum GeoPackageGeometry {
    /// The blob of `g` in the CRS `srsID`.
    static func blob(_ g: Geometry, srsID: Int32) -> [UInt8] {
        let box = g.boundingBox
        let empty = box.isEmpty
        // bit 0: little-endian; bits 1–3: envelope 1 ([minx, maxx, miny, maxy]) or 0; bit 4: empty.
        let flags: UInt8 = empty ? 0b0001_0001 : 0b0000_0011
        var out: [UInt8] = [0x47, 0x50, 0x00, flags]
        WKBWriter.append(srsID, to: &out)
        if !empty {
            for v in [box.minX, box.maxX, box.minY, box.maxY] { WKBWriter.append(v, to: &out) }
        }
        out += WKBWriter.bytes(g)
        return out
    }
}
