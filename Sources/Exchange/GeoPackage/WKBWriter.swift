import GIS

/// Well-Known Binary (ISO 19125 / OGC simple features), little-endian, 2D: what a
/// GeoPackage geometry blob and nothing else here needs. Elevations (z) are not written.
enum WKBWriter {
    /// The WKB geometry type codes (2D).
    static func typeCode(_ g: Geometry) -> UInt32 {
        switch g {
        case .point: 1
        case .lineString: 2
        case .polygon: 3
        case .multiPoint: 4
        case .multiLineString: 5
        case .multiPolygon: 6
        case .geometryCollection: 7
        }
    }

    /// The WKB of `g`.
    static func bytes(_ g: Geometry) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16 * g.positionCount + 16)
        write(g, into: &out)
        return out
    }

    static func write(_ g: Geometry, into out: inout [UInt8]) {
        out.append(1)   // little-endian
        append(typeCode(g), to: &out)
        switch g {
        case .point(let p):
            append(p.x, to: &out); append(p.y, to: &out)
        case .lineString(let s):
            writeSequence(s, into: &out)
        case .polygon(let p):
            writeRings(p.rings, into: &out)
        case .multiPoint(let s):
            append(UInt32(s.count), to: &out)
            for p in s { write(.point(p), into: &out) }
        case .multiLineString(let ls):
            append(UInt32(ls.count), to: &out)
            for l in ls { write(.lineString(l), into: &out) }
        case .multiPolygon(let ps):
            append(UInt32(ps.count), to: &out)
            for p in ps { write(.polygon(p), into: &out) }
        case .geometryCollection(let gs):
            append(UInt32(gs.count), to: &out)
            for member in gs { write(member, into: &out) }
        }
    }

    private static func writeRings(_ rings: [CoordinateSequence], into out: inout [UInt8]) {
        append(UInt32(rings.count), to: &out)
        for r in rings { writeSequence(r, into: &out) }
    }

    private static func writeSequence(_ s: CoordinateSequence, into out: inout [UInt8]) {
        append(UInt32(s.count), to: &out)
        for v in s.xy { append(v, to: &out) }
    }

    static func append(_ v: UInt32, to out: inout [UInt8]) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
    }

    static func append(_ v: Double, to out: inout [UInt8]) {
        withUnsafeBytes(of: v.bitPattern.littleEndian) { out.append(contentsOf: $0) }
    }

    static func append(_ v: Int32, to out: inout [UInt8]) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
    }
}
