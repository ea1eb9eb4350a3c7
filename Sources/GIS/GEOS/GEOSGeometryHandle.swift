import CGEOS

/// Owns one `GEOSGeometry*` made in a ``GEOSContext``, destroyed in `deinit`. The
/// handle keeps its context alive. This is the only place where ``Geometry`` values are
/// converted to and from GEOS.
///
/// Conversion rules:
/// - Coordinate runs go through `GEOSCoordSeq_copyFromBuffer_r` /
///   `GEOSCoordSeq_copyToBuffer_r` (GEOS ≥ 3.10) in one copy; z is kept when a run
///   has it, and read back only when every z of a run is a number.
/// - **Empty results**: an empty GEOS geometry of any type (for example the
///   intersection of two disjoint polygons) comes back as `.geometryCollection([])`.
///   Empty parts inside a collection are dropped.
///
/// Not `Sendable`: one thread, like its context.
final class GEOSGeometryHandle {
    let context: GEOSContext
    let pointer: OpaquePointer

    /// Takes ownership of `pointer` (it is destroyed with the handle).
    init(owning pointer: OpaquePointer, context: GEOSContext) {
        self.pointer = pointer; self.context = context
    }

    /// Converts `geometry` to a new GEOS geometry.
    /// - Throws: ``GEOSError`` with GEOS's message when GEOS refuses it (for example a
    ///   ring with fewer than 4 positions or not closed).
    /// - Complexity: O(n) in positions.
    convenience init(_ geometry: Geometry, context: GEOSContext) throws {
        context.clearErrors()
        let raw = try GEOSGeometryHandle.makeRaw(geometry, context.handle, context)
        self.init(owning: raw, context: context)
    }

    deinit { GEOSGeom_destroy_r(context.handle, pointer) }

    /// The handle's geometry as a ``Geometry`` value (empty → `.geometryCollection([])`).
    /// - Throws: ``GEOSError`` when GEOS cannot read the geometry back.
    func geometry() throws -> Geometry {
        try GEOSGeometryHandle.read(pointer, context.handle, context) ?? .geometryCollection([])
    }

    // MARK: Swift → GEOS

    /// A new GEOS geometry owned by the caller.
    static func makeRaw(_ g: Geometry, _ h: GEOSContextHandle_t, _ c: GEOSContext) throws -> OpaquePointer {
        let op = "convert \(g.typeName) to GEOS"
        switch g {
        case .point(let p):
            let seq = try makeSequence(CoordinateSequence([p]), h, c, op)
            guard let point = GEOSGeom_createPoint_r(h, seq) else { throw c.error(op) }
            return point
        case .multiPoint(let s):
            let parts = try makeParts(s.count, h) { try makeRaw(.point(s[$0]), h, c) }
            return try makeCollection(Int32(GEOS_MULTIPOINT.rawValue), parts, h, c, op)
        case .lineString(let s):
            return try makeLine(s, h, c, op)
        case .multiLineString(let ls):
            let parts = try makeParts(ls.count, h) { try makeLine(ls[$0], h, c, op) }
            return try makeCollection(Int32(GEOS_MULTILINESTRING.rawValue), parts, h, c, op)
        case .polygon(let p):
            return try makePolygon(p, h, c, op)
        case .multiPolygon(let ps):
            let parts = try makeParts(ps.count, h) { try makePolygon(ps[$0], h, c, op) }
            return try makeCollection(Int32(GEOS_MULTIPOLYGON.rawValue), parts, h, c, op)
        case .geometryCollection(let gs):
            let parts = try makeParts(gs.count, h) { try makeRaw(gs[$0], h, c) }
            return try makeCollection(Int32(GEOS_GEOMETRYCOLLECTION.rawValue), parts, h, c, op)
        }
    }

    /// Makes `count` parts, destroying those already made when one fails.
    static func makeParts(_ count: Int, _ h: GEOSContextHandle_t,
                                  _ make: (Int) throws -> OpaquePointer) throws -> [OpaquePointer] {
        var parts: [OpaquePointer] = []
        parts.reserveCapacity(count)
        do {
            for i in 0..<count { parts.append(try make(i)) }
        } catch {
            for part in parts { GEOSGeom_destroy_r(h, part) }
            throw error
        }
        return parts
    }

    private static func makeSequence(_ s: CoordinateSequence, _ h: GEOSContextHandle_t,
                                     _ c: GEOSContext, _ op: String) throws -> OpaquePointer {
        let n = s.count
        let seq: OpaquePointer?
        if n == 0 {
            seq = GEOSCoordSeq_create_r(h, 0, 2)
        } else if let z = s.z {
            var xyz = [Double](repeating: 0, count: 3 * n)
            for i in 0..<n {
                xyz[3 * i] = s.xy[2 * i]; xyz[3 * i + 1] = s.xy[2 * i + 1]; xyz[3 * i + 2] = z[i]
            }
            seq = xyz.withUnsafeBufferPointer { GEOSCoordSeq_copyFromBuffer_r(h, $0.baseAddress, UInt32(n), 1, 0) }
        } else {
            seq = s.xy.withUnsafeBufferPointer { GEOSCoordSeq_copyFromBuffer_r(h, $0.baseAddress, UInt32(n), 0, 0) }
        }
        guard let seq else { throw c.error(op) }
        return seq
    }

    private static func makeLine(_ s: CoordinateSequence, _ h: GEOSContextHandle_t,
                                 _ c: GEOSContext, _ op: String) throws -> OpaquePointer {
        let seq = try makeSequence(s, h, c, op)
        // GEOSGeom_createLineString_r takes ownership of seq, also when it fails.
        guard let line = GEOSGeom_createLineString_r(h, seq) else { throw c.error(op) }
        return line
    }

    private static func makeRing(_ s: CoordinateSequence, _ h: GEOSContextHandle_t,
                                 _ c: GEOSContext, _ op: String) throws -> OpaquePointer {
        let seq = try makeSequence(s, h, c, op)
        // GEOSGeom_createLinearRing_r takes ownership of seq, also when it fails.
        guard let ring = GEOSGeom_createLinearRing_r(h, seq) else { throw c.error(op) }
        return ring
    }

    private static func makePolygon(_ p: Polygon, _ h: GEOSContextHandle_t,
                                    _ c: GEOSContext, _ op: String) throws -> OpaquePointer {
        guard !p.rings.isEmpty else {
            guard let empty = GEOSGeom_createEmptyPolygon_r(h) else { throw c.error(op) }
            return empty
        }
        let rings = try makeParts(p.rings.count, h) { try makeRing(p.rings[$0], h, c, op) }
        var holes: [OpaquePointer?] = rings.dropFirst().map { $0 }
        // GEOSGeom_createPolygon_r takes ownership of the shell and the holes (not of the array).
        let polygon = holes.withUnsafeMutableBufferPointer {
            GEOSGeom_createPolygon_r(h, rings[0], $0.baseAddress, UInt32($0.count))
        }
        guard let polygon else { throw c.error(op) }
        return polygon
    }

    private static func makeCollection(_ type: Int32, _ parts: [OpaquePointer], _ h: GEOSContextHandle_t,
                                       _ c: GEOSContext, _ op: String) throws -> OpaquePointer {
        if parts.isEmpty {
            guard let empty = GEOSGeom_createEmptyCollection_r(h, type) else { throw c.error(op) }
            return empty
        }
        var array: [OpaquePointer?] = parts
        // GEOSGeom_createCollection_r takes ownership of the parts (not of the array).
        let collection = array.withUnsafeMutableBufferPointer {
            GEOSGeom_createCollection_r(h, type, $0.baseAddress, UInt32($0.count))
        }
        guard let collection else { throw c.error(op) }
        return collection
    }
}
