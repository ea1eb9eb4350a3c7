import CGEOS

extension GEOSContext {
    /// The Voronoi cells of `sites` (`GEOSVoronoiDiagram_r`), one per site and in site
    /// order, each clipped to `boundary`: the part of the boundary nearer to that site
    /// than to any other. Cells may be MultiPolygons (a concave boundary) or empty
    /// (`.geometryCollection([])`, a site far outside the boundary).
    ///
    /// GEOS 3.11 returns cells in its own order, so each cell is matched to the site it
    /// contains (every site lies strictly inside its unclipped cell).
    ///
    /// - Parameters:
    ///   - sites: distinct positions (z ignored), in the boundary's coordinates.
    ///   - boundary: the area to tile, usually a county or township polygon.
    /// - Throws: ``GEOSError`` when two sites coincide or GEOS fails.
    /// - Complexity: O(n log n) in sites for the diagram, plus one clip per cell that
    ///   crosses the boundary.
    public func voronoiCells(sites: [Position], clippedTo boundary: Geometry) throws -> [Geometry] {
        try checkDistinct(sites)
        if sites.isEmpty { return [] }
        let boundaryHandle = try handle(boundary)
        let cells: [GEOSGeometryHandle]
        if sites.count == 1 {
            cells = [boundaryHandle]
        } else {
            cells = try unclippedCells(sites, envelope: boundaryHandle)
        }
        // Cells inside the boundary need no overlay: test with the prepared boundary first.
        clearErrors()
        guard let prepared = GEOSPrepare_r(handle, boundaryHandle.pointer) else { throw error("prepare boundary") }
        defer { GEOSPreparedGeom_destroy_r(handle, prepared) }
        return try cells.map { cell in
            clearErrors()
            switch GEOSPreparedContains_r(handle, prepared, cell.pointer) {
            case 1: return try cell.geometry()
            case 0: return try wrap(GEOSIntersection_r(handle, cell.pointer, boundaryHandle.pointer), "clip Voronoi cell").geometry()
            default: throw error("clip Voronoi cell")
            }
        }
    }

    private func checkDistinct(_ sites: [Position]) throws {
        var seen: [SIMD2<Double>: Int] = [:]
        for (i, site) in sites.enumerated() {
            let key = SIMD2(site.x, site.y)
            if let first = seen[key] {
                throw GEOSError(operation: "Voronoi cells",
                                message: "sites \(first) and \(i) are both at (\(site.x), \(site.y)); sites must be distinct")
            }
            seen[key] = i
        }
    }

    /// The unclipped cells (covering at least the envelope's box), indexed by site.
    private func unclippedCells(_ sites: [Position], envelope: GEOSGeometryHandle) throws -> [GEOSGeometryHandle] {
        let op = "Voronoi cells"
        var xy: [Double] = []
        xy.reserveCapacity(2 * sites.count)
        for s in sites { xy.append(s.x); xy.append(s.y) }
        let points = try handle(.multiPoint(CoordinateSequence(xy: xy)))
        clearErrors()
        let diagram = try wrap(GEOSVoronoiDiagram_r(handle, points.pointer, envelope.pointer, 0, 0), op)
        guard case .geometryCollection(let parts) = try diagram.geometry() else {
            throw GEOSError(operation: op, message: "GEOS returned no GeometryCollection of cells")
        }
        let flatCells = parts.map(PlanarGeometry.init)
        let siteTree = STRTree(boxes: sites.map { BoundingBox(minX: $0.x, minY: $0.y, maxX: $0.x, maxY: $0.y) })
        var cellOfSite = [Int?](repeating: nil, count: sites.count)
        for (c, cell) in flatCells.enumerated() {
            siteTree.search(cell.boundingBox) { s in
                if cellOfSite[s] == nil, cell.containsPoint(x: sites[s].x, y: sites[s].y) { cellOfSite[s] = c }
            }
        }
        return try cellOfSite.enumerated().map { s, c in
            guard let c else {
                throw GEOSError(operation: op, message: "GEOS returned no cell around site \(s) at (\(sites[s].x), \(sites[s].y))")
            }
            return try handle(parts[c])
        }
    }
}
