import CProj

extension Transformation {
    /// The geometry with every position transformed, z too when present.
    /// - Throws: ``ProjError`` naming the index of the first failing position, counted
    ///   over the geometry's positions in order.
    /// - Complexity: O(n) in the positions, one `proj_trans_generic` call per run.
    public func transform(_ g: Geometry) throws -> Geometry {
        try transformGeometry(g, direction: PJ_FWD, place: "")
    }

    /// The geometry with every position transformed back to the source CRS (`PJ_INV`).
    /// - Throws: ``ProjError`` naming the index of the first failing position.
    /// - Complexity: O(n) in the positions.
    public func inverse(_ g: Geometry) throws -> Geometry {
        try transformGeometry(g, direction: PJ_INV, place: "")
    }

    /// Transforms each run of `g`, numbering positions across runs for errors.
    func transformGeometry(_ g: Geometry, direction: PJ_DIRECTION, place: String) throws -> Geometry {
        var offset = 0
        return try g.mapSequences { run in
            var out = run
            try transformRun(&out, direction: direction, firstIndex: offset, place: place)
            offset += run.count
            return out
        }
    }

    /// The collection with every feature's geometry transformed; a feature bbox or a
    /// collection bbox that is present is recomputed in the target CRS (with z range
    /// when it had one). Properties and foreign members are kept as they are.
    /// - Throws: ``ProjError`` naming the feature index (and id) and the position.
    /// - Complexity: O(n) in the positions.
    public func transform(_ fc: FeatureCollection) throws -> FeatureCollection {
        var out = fc
        for i in fc.features.indices {
            out.features[i] = try transform(fc.features[i], index: i)
        }
        if fc.bbox != nil { out.bbox = Self.bbox(of: out.features, like: fc.bbox!) }
        return out
    }

    /// One feature transformed; errors say `feature i (id …)`.
    func transform(_ feature: Feature, index: Int) throws -> Feature {
        var f = feature
        guard let g = feature.geometry else {
            f.bbox = nil
            return f
        }
        let place = "feature \(index)" + (feature.id.map { " (id \($0))" } ?? "") + ", "
        let projected = try transformGeometry(g, direction: PJ_FWD, place: place)
        f.geometry = projected
        if let old = feature.bbox { f.bbox = Self.bbox(of: [projected], like: old) }
        return f
    }

    /// The GeoJSON bbox array around the features' geometries: 6 numbers (with z)
    /// when `like` had 6, else 4; nil when no feature has a geometry.
    static func bbox(of features: [Feature], like old: [Double]) -> [Double]? {
        bbox(of: features.compactMap(\.geometry), like: old)
    }

    static func bbox(of geometries: [Geometry], like old: [Double]) -> [Double]? {
        var box = BoundingBox.empty
        var minZ = Double.infinity, maxZ = -Double.infinity
        for g in geometries {
            box.extend(g.boundingBox)
            for run in g.coordinateSequences { for z in run.z ?? [] { minZ = min(minZ, z); maxZ = max(maxZ, z) } }
        }
        guard !box.isEmpty else { return nil }
        if old.count == 6, minZ <= maxZ {
            return [box.minX, box.minY, minZ, box.maxX, box.maxY, maxZ]
        }
        return [box.minX, box.minY, box.maxX, box.maxY]
    }
}
