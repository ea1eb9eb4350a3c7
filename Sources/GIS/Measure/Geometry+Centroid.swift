extension Geometry {
    /// The planar centroid, in the geometry's coordinates: area-weighted over the
    /// polygons (holes subtracted) when they have area; else length-weighted over the
    /// lines and rings; else the mean of the positions. nil when the geometry has no
    /// positions. In a collection the highest dimension with weight wins, as in GEOS.
    /// - Complexity: O(n) in the positions.
    public var centroid: Position? {
        var acc = CentroidAccumulator()
        guard acc.setOrigin(self) else { return nil }
        acc.add(self)
        return acc.result
    }
}

/// Sums of the moments of areas, lengths and points about a local origin (the first
/// position), which keeps precision for large projected coordinates.
struct CentroidAccumulator {
    var ox = 0.0, oy = 0.0
    var area = 0.0, areaX = 0.0, areaY = 0.0
    var length = 0.0, lengthX = 0.0, lengthY = 0.0
    var points = 0.0, pointX = 0.0, pointY = 0.0

    /// Takes the geometry's first position as origin; false when there is none.
    mutating func setOrigin(_ g: Geometry) -> Bool {
        guard let run = g.coordinateSequences.first(where: { !$0.isEmpty }) else { return false }
        ox = run.xy[0]; oy = run.xy[1]
        return true
    }

    mutating func add(_ g: Geometry) {
        switch g {
        case .point(let p): addPoints(CoordinateSequence([p]))
        case .multiPoint(let s): addPoints(s)
        case .lineString(let s): addLine(s)
        case .multiLineString(let ls): ls.forEach { addLine($0) }
        case .polygon(let p): addPolygon(p)
        case .multiPolygon(let ps): ps.forEach { addPolygon($0) }
        case .geometryCollection(let gs): gs.forEach { add($0) }
        }
    }

    mutating func addPoints(_ s: CoordinateSequence) {
        var i = 0
        while i < s.xy.count {
            pointX += s.xy[i] - ox; pointY += s.xy[i + 1] - oy; points += 1
            i += 2
        }
    }

    mutating func addLine(_ s: CoordinateSequence) {
        addPoints(s)
        var i = 2
        while i < s.xy.count {
            let ax = s.xy[i - 2] - ox, ay = s.xy[i - 1] - oy, bx = s.xy[i] - ox, by = s.xy[i + 1] - oy
            let l = ((bx - ax) * (bx - ax) + (by - ay) * (by - ay)).squareRoot()
            length += l; lengthX += l * (ax + bx) / 2; lengthY += l * (ay + by) / 2
            i += 2
        }
    }

    /// Adds each ring's signed moments, oriented so the exterior counts positive and
    /// holes negative whatever their winding.
    mutating func addPolygon(_ p: Polygon) {
        for (r, ring) in p.rings.enumerated() {
            addLine(ring)
            let n = ring.count
            guard n >= 3 else { continue }
            var a2 = 0.0, mx = 0.0, my = 0.0
            var x0 = ring.xy[2 * n - 2] - ox, y0 = ring.xy[2 * n - 1] - oy
            var i = 0
            while i < 2 * n {
                let x1 = ring.xy[i] - ox, y1 = ring.xy[i + 1] - oy
                let cross = x0 * y1 - x1 * y0
                a2 += cross; mx += (x0 + x1) * cross; my += (y0 + y1) * cross
                x0 = x1; y0 = y1
                i += 2
            }
            let sign: Double = (a2 >= 0) == (r == 0) ? 1 : -1
            area += sign * a2 / 2; areaX += sign * mx / 6; areaY += sign * my / 6
        }
    }

    var result: Position? {
        if area > 0 { return Position(ox + areaX / area, oy + areaY / area) }
        if length > 0 { return Position(ox + lengthX / length, oy + lengthY / length) }
        if points > 0 { return Position(ox + pointX / points, oy + pointY / points) }
        return nil
    }
}
