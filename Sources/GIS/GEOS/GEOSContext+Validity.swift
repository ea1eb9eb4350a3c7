import CGEOS

/// The OGC validity of a geometry as GEOS judges it (`GEOSisValidDetail_r`).
public struct GeometryValidity: Sendable, Hashable {
    public var isValid: Bool
    /// GEOS's reason when invalid, for example "Self-intersection" or "Hole lies outside shell".
    public var reason: String?
    /// Where the problem is, in the geometry's coordinates (lon/lat for file data).
    public var location: Position?

    public init(isValid: Bool, reason: String? = nil, location: Position? = nil) {
        self.isValid = isValid; self.reason = reason; self.location = location
    }
}

extension GEOSContext {
    /// Whether `g` is valid, and if not why and where (`GEOSisValidDetail_r`).
    /// - Throws: ``GEOSError`` when GEOS cannot build or test the geometry (for example a
    ///   ring with fewer than 4 positions).
    /// - Complexity: O(n log n) in positions.
    public func validity(_ g: Geometry) throws -> GeometryValidity {
        let h = try handle(g)
        clearErrors()
        var reason: UnsafeMutablePointer<CChar>?
        var location: OpaquePointer?
        let result = GEOSisValidDetail_r(handle, h.pointer, 0, &reason, &location)
        defer {
            if let reason { GEOSFree_r(handle, reason) }
            if let location { GEOSGeom_destroy_r(handle, location) }
        }
        switch result {
        case 1:
            return GeometryValidity(isValid: true)
        case 0:
            var position: Position?
            if let location, case .point(let p)? = try GEOSGeometryHandle.read(location, handle, self) {
                position = p
            }
            return GeometryValidity(isValid: false, reason: reason.map { String(cString: $0) }, location: position)
        default:
            throw error("validity")
        }
    }

    /// A valid geometry covering the same points as `g` (`GEOSMakeValid_r`, the
    /// "linework" method): a bow-tie becomes a MultiPolygon of its two triangles; parts
    /// that collapse may come back as lines or points in a GeometryCollection.
    /// - Throws: ``GEOSError`` with GEOS's message.
    public func makeValid(_ g: Geometry) throws -> Geometry {
        let h = try handle(g)
        clearErrors()
        return try wrap(GEOSMakeValid_r(handle, h.pointer), "make valid").geometry()
    }

    /// A prepared form of `g` for repeated predicates against it (`GEOSPrepare_r`).
    /// - Throws: ``GEOSError`` with GEOS's message.
    /// - Complexity: O(n) to prepare; the first predicate call builds an index.
    public func prepare(_ g: Geometry) throws -> PreparedGeometry {
        try PreparedGeometry(source: handle(g))
    }
}
