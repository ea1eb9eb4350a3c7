import CGEOS

/// A geometry prepared by GEOS (`GEOSPrepare_r`) for many predicate calls: GEOS indexes
/// its segments once. It keeps its source geometry and context alive, so the prepared
/// geometry never outlives the geometry it was made from.
///
/// Not `Sendable`: one thread, like the ``GEOSContext`` it came from.
public final class PreparedGeometry {
    private let source: GEOSGeometryHandle
    private let prepared: OpaquePointer
    private var context: GEOSContext { source.context }

    init(source: GEOSGeometryHandle) throws {
        source.context.clearErrors()
        guard let prepared = GEOSPrepare_r(source.context.handle, source.pointer) else {
            throw source.context.error("prepare")
        }
        self.source = source
        self.prepared = prepared
    }

    deinit { GEOSPreparedGeom_destroy_r(context.handle, prepared) }

    /// Calls `predicate` with a temporary GEOS point at `p`; false if GEOS fails.
    private func test(_ p: Position, _ predicate: (GEOSContextHandle_t, OpaquePointer, OpaquePointer) -> CChar) -> Bool {
        let h = context.handle
        guard let point = GEOSGeom_createPointFromXY_r(h, p.x, p.y) else { return false }
        defer { GEOSGeom_destroy_r(h, point) }
        return predicate(h, prepared, point) == 1
    }

    /// True when `p` lies in the interior of the geometry (not on its boundary).
    /// GEOS failures answer false.
    public func contains(_ p: Position) -> Bool {
        test(p) { GEOSPreparedContains_r($0, $1, $2) }
    }

    /// True when `p` lies in the geometry or on its boundary. GEOS failures answer false.
    public func covers(_ p: Position) -> Bool {
        test(p) { GEOSPreparedCovers_r($0, $1, $2) }
    }

    /// True when `g` shares at least one point with the geometry.
    /// - Throws: ``GEOSError`` when `g` cannot be converted or GEOS fails.
    public func intersects(_ g: Geometry) throws -> Bool {
        let other = try GEOSGeometryHandle(g, context: context)
        context.clearErrors()
        switch GEOSPreparedIntersects_r(context.handle, prepared, other.pointer) {
        case 1: return true
        case 0: return false
        default: throw context.error("prepared intersects")
        }
    }
}
