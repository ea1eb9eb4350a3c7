import CGEOS

extension GEOSGeometryHandle {
    /// Reads a GEOS geometry (borrowed, not destroyed) back into a ``Geometry``, or nil
    /// when it is empty. Empty parts of collections are dropped.
    /// - Complexity: O(n) in positions.
    static func read(_ g: OpaquePointer, _ h: GEOSContextHandle_t, _ c: GEOSContext) throws -> Geometry? {
        let op = "read GEOS geometry"
        let isEmpty = GEOSisEmpty_r(h, g)
        if isEmpty == 2 { throw c.error(op) }
        if isEmpty == 1 { return nil }
        let type = GEOSGeomTypeId_r(h, g)
        let wantZ = GEOSGeom_getCoordinateDimension_r(h, g) == 3
        switch UInt32(bitPattern: type) {
        case GEOS_POINT.rawValue:
            return .point(try readSequence(g, h, c, wantZ)[0])
        case GEOS_LINESTRING.rawValue, GEOS_LINEARRING.rawValue:
            return .lineString(try readSequence(g, h, c, wantZ))
        case GEOS_POLYGON.rawValue:
            return .polygon(try readPolygon(g, h, c, wantZ))
        case GEOS_MULTIPOINT.rawValue:
            var points = CoordinateSequence()
            try forEachPart(g, h, c) { part in
                points.append(try readSequence(part, h, c, wantZ)[0])
            }
            return .multiPoint(points)
        case GEOS_MULTILINESTRING.rawValue:
            var lines: [CoordinateSequence] = []
            try forEachPart(g, h, c) { lines.append(try readSequence($0, h, c, wantZ)) }
            return .multiLineString(lines)
        case GEOS_MULTIPOLYGON.rawValue:
            var polygons: [Polygon] = []
            try forEachPart(g, h, c) { polygons.append(try readPolygon($0, h, c, wantZ)) }
            return .multiPolygon(polygons)
        case GEOS_GEOMETRYCOLLECTION.rawValue:
            var parts: [Geometry] = []
            try forEachPart(g, h, c) { part in
                if let geometry = try read(part, h, c) { parts.append(geometry) }
            }
            return .geometryCollection(parts)
        default:
            throw c.error(op, fallback: "unknown GEOS geometry type \(type)")
        }
    }

    /// Calls `body` with each non-empty part of a GEOS collection.
    private static func forEachPart(_ g: OpaquePointer, _ h: GEOSContextHandle_t, _ c: GEOSContext,
                                    _ body: (OpaquePointer) throws -> Void) throws {
        let n = GEOSGetNumGeometries_r(h, g)
        if n < 0 { throw c.error("read GEOS collection") }
        for i in 0..<n {
            guard let part = GEOSGetGeometryN_r(h, g, i) else { throw c.error("read GEOS collection") }
            let mutablePart = part
            if GEOSisEmpty_r(h, mutablePart) == 1 { continue }
            try body(mutablePart)
        }
    }

    private static func readPolygon(_ g: OpaquePointer, _ h: GEOSContextHandle_t, _ c: GEOSContext,
                                    _ wantZ: Bool) throws -> Polygon {
        let op = "read GEOS polygon"
        guard let shell = GEOSGetExteriorRing_r(h, g) else { throw c.error(op) }
        var rings = [try readSequence(shell, h, c, wantZ)]
        let holeCount = GEOSGetNumInteriorRings_r(h, g)
        if holeCount < 0 { throw c.error(op) }
        for i in 0..<holeCount {
            guard let hole = GEOSGetInteriorRingN_r(h, g, i) else { throw c.error(op) }
            rings.append(try readSequence(hole, h, c, wantZ))
        }
        return Polygon(rings: rings)
    }

    /// The coordinates of a Point, LineString or LinearRing. z is kept only when
    /// `wantZ` and every z is a number (GEOS marks missing z as NaN).
    private static func readSequence(_ g: OpaquePointer, _ h: GEOSContextHandle_t, _ c: GEOSContext,
                                     _ wantZ: Bool) throws -> CoordinateSequence {
        let op = "read GEOS coordinates"
        guard let seq = GEOSGeom_getCoordSeq_r(h, g) else { throw c.error(op) }
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(h, seq, &size) != 0 else { throw c.error(op) }
        let n = Int(size)
        if n == 0 { return CoordinateSequence() }
        if !wantZ {
            var xy = [Double](repeating: 0, count: 2 * n)
            let ok = xy.withUnsafeMutableBufferPointer { GEOSCoordSeq_copyToBuffer_r(h, seq, $0.baseAddress, 0, 0) }
            guard ok != 0 else { throw c.error(op) }
            return CoordinateSequence(xy: xy)
        }
        var xyz = [Double](repeating: 0, count: 3 * n)
        let ok = xyz.withUnsafeMutableBufferPointer { GEOSCoordSeq_copyToBuffer_r(h, seq, $0.baseAddress, 1, 0) }
        guard ok != 0 else { throw c.error(op) }
        var xy = [Double](repeating: 0, count: 2 * n)
        var z = [Double](repeating: 0, count: n)
        var allZ = true
        for i in 0..<n {
            xy[2 * i] = xyz[3 * i]; xy[2 * i + 1] = xyz[3 * i + 1]; z[i] = xyz[3 * i + 2]
            if z[i].isNaN { allZ = false }
        }
        return CoordinateSequence(xy: xy, z: allZ ? z : nil)
    }
}
