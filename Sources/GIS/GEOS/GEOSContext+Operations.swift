import CGEOS

/// Overlay, buffer, simplification and measures. Every operation converts its inputs
/// to GEOS, runs one `_r` call and converts the result back; an empty result is
/// `.geometryCollection([])` (see ``GEOSGeometryHandle``). Coordinates are used as
/// planar: call these on projected geometries (metres) for metric answers.
extension GEOSContext {
    /// The handle of a GEOS result, or the error of `operation` when GEOS returned NULL.
    func wrap(_ result: OpaquePointer?, _ operation: String) throws -> GEOSGeometryHandle {
        guard let result else { throw error(operation) }
        return GEOSGeometryHandle(owning: result, context: self)
    }

    func handle(_ g: Geometry) throws -> GEOSGeometryHandle {
        try GEOSGeometryHandle(g, context: self)
    }

    private func binary(_ a: Geometry, _ b: Geometry, _ operation: String,
                        _ call: (GEOSContextHandle_t, OpaquePointer, OpaquePointer) -> OpaquePointer?) throws -> Geometry {
        let ha = try handle(a), hb = try handle(b)
        clearErrors()
        return try wrap(call(self.handle, ha.pointer, hb.pointer), operation).geometry()
    }

    /// The points common to `a` and `b` (`GEOSIntersection_r`).
    /// - Throws: ``GEOSError`` with GEOS's message (for example on invalid input).
    /// - Complexity: O((n + m) log(n + m)) in positions, typically.
    public func intersection(_ a: Geometry, _ b: Geometry) throws -> Geometry {
        try binary(a, b, "intersection") { GEOSIntersection_r($0, $1, $2) }
    }

    /// The points in `a` or `b` (`GEOSUnion_r`).
    /// - Throws: ``GEOSError`` with GEOS's message.
    public func union(_ a: Geometry, _ b: Geometry) throws -> Geometry {
        try binary(a, b, "union") { GEOSUnion_r($0, $1, $2) }
    }

    /// The points of `a` not in `b` (`GEOSDifference_r`).
    /// - Throws: ``GEOSError`` with GEOS's message.
    public func difference(_ a: Geometry, _ b: Geometry) throws -> Geometry {
        try binary(a, b, "difference") { GEOSDifference_r($0, $1, $2) }
    }

    /// Dissolves all `geometries` into one (`GEOSUnaryUnion_r` over a collection):
    /// shared boundaries vanish. An empty input gives `.geometryCollection([])`.
    /// - Throws: ``GEOSError`` with GEOS's message.
    /// - Complexity: O(n log n) in positions, typically (cascaded union).
    public func unaryUnion(_ geometries: [Geometry]) throws -> Geometry {
        let collection = try handle(.geometryCollection(geometries))
        clearErrors()
        return try wrap(GEOSUnaryUnion_r(handle, collection.pointer), "unary union").geometry()
    }

    /// The points within `distance` of `g` (`GEOSBuffer_r`), round joins and caps with
    /// `quadrantSegments` segments per quarter circle. A negative distance shrinks polygons.
    /// - Parameter distance: in the units of the coordinates (metres when projected).
    /// - Throws: ``GEOSError`` with GEOS's message.
    public func buffer(_ g: Geometry, distance: Double, quadrantSegments: Int = 8) throws -> Geometry {
        let h = try handle(g)
        clearErrors()
        return try wrap(GEOSBuffer_r(handle, h.pointer, distance, Int32(clamping: quadrantSegments)), "buffer").geometry()
    }

    /// Fewer vertices within `tolerance` of the original: Douglas–Peucker
    /// (`GEOSSimplify_r`, may make polygons invalid or drop them) or, with
    /// `preserveTopology`, `GEOSTopologyPreserveSimplify_r` (keeps polygons valid and
    /// rings from crossing).
    /// - Parameter tolerance: the largest distance a removed vertex may lie from the
    ///   result, in the units of the coordinates.
    /// - Throws: ``GEOSError`` with GEOS's message.
    public func simplify(_ g: Geometry, tolerance: Double, preserveTopology: Bool) throws -> Geometry {
        let h = try handle(g)
        clearErrors()
        let result = preserveTopology
            ? GEOSTopologyPreserveSimplify_r(handle, h.pointer, tolerance)
            : GEOSSimplify_r(handle, h.pointer, tolerance)
        return try wrap(result, preserveTopology ? "topology-preserving simplify" : "simplify").geometry()
    }

    /// A point guaranteed to lie in the interior of `g` (`GEOSPointOnSurface_r`), for
    /// example to place a label inside a concave village.
    /// - Throws: ``GEOSError`` when `g` is empty or GEOS fails.
    public func pointOnSurface(_ g: Geometry) throws -> Position {
        let h = try handle(g)
        clearErrors()
        let result = try wrap(GEOSPointOnSurface_r(handle, h.pointer), "point on surface").geometry()
        guard case .point(let p) = result else {
            throw GEOSError(operation: "point on surface", message: "the \(g.typeName) is empty; it has no interior point")
        }
        return p
    }

    /// The planar area of `g` (`GEOSArea_r`), in squared coordinate units (m² when
    /// projected to metres); 0 for points and lines.
    /// - Throws: ``GEOSError`` with GEOS's message.
    public func area(_ g: Geometry) throws -> Double {
        let h = try handle(g)
        clearErrors()
        var value = 0.0
        guard GEOSArea_r(handle, h.pointer, &value) != 0 else { throw error("area") }
        return value
    }

    /// The planar distance between the nearest points of `a` and `b` (`GEOSDistance_r`),
    /// in coordinate units; 0 when they intersect.
    /// - Throws: ``GEOSError`` with GEOS's message (for example when one is empty).
    public func distance(_ a: Geometry, _ b: Geometry) throws -> Double {
        let ha = try handle(a), hb = try handle(b)
        clearErrors()
        var value = 0.0
        guard GEOSDistance_r(handle, ha.pointer, hb.pointer, &value) != 0 else { throw error("distance") }
        return value
    }
}
