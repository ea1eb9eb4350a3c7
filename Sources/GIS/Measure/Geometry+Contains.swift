extension Geometry {
    /// True when `p` lies in an areal part of the geometry: inside a polygon's exterior
    /// and not strictly inside one of its holes. Points on any ring (exterior or hole)
    /// count as inside, within ``MeasureTolerance``. Always false for points and lines.
    /// - Complexity: O(n) in the positions.
    public func contains(_ p: Position) -> Bool {
        switch self {
        case .point, .multiPoint, .lineString, .multiLineString: return false
        case .polygon(let poly): return poly.contains(x: p.x, y: p.y)
        case .multiPolygon(let ps): return ps.contains { $0.contains(x: p.x, y: p.y) }
        case .geometryCollection(let gs): return gs.contains { $0.contains(p) }
        }
    }

    /// The planar distance from `p` to the geometry in coordinate units (metres in a
    /// projected CRS): 0 when an areal part contains `p`, else the smallest distance to
    /// any segment, ring or point; infinity for an empty geometry.
    /// - Complexity: O(n) in the positions.
    public func distance(to p: Position) -> Double {
        switch self {
        case .point(let q):
            return ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot()
        case .multiPoint(let s):
            return s.indices.reduce(Double.infinity) { min($0, Geometry.point(s[$1]).distance(to: p)) }
        case .lineString(let s):
            return s.distanceSquared(x: p.x, y: p.y).squareRoot()
        case .multiLineString(let ls):
            return ls.reduce(Double.infinity) { min($0, $1.distanceSquared(x: p.x, y: p.y)) }.squareRoot()
        case .polygon(let poly):
            return poly.distance(x: p.x, y: p.y)
        case .multiPolygon(let ps):
            return ps.reduce(Double.infinity) { min($0, $1.distance(x: p.x, y: p.y)) }
        case .geometryCollection(let gs):
            return gs.reduce(Double.infinity) { min($0, $1.distance(to: p)) }
        }
    }
}

extension Polygon {
    /// Inside the exterior and not strictly inside a hole; any ring's boundary counts
    /// as inside. - Complexity: O(n).
    func contains(x px: Double, y py: Double) -> Bool {
        guard let exterior = rings.first, exterior.count >= 3 else { return false }
        let tolerance = MeasureTolerance.boundary(x: px, y: py)
        let toleranceSquared = tolerance * tolerance
        for ring in rings where ring.distanceSquared(x: px, y: py) <= toleranceSquared { return true }
        guard exterior.ringEncloses(x: px, y: py) else { return false }
        return !rings.dropFirst().contains { $0.ringEncloses(x: px, y: py) }
    }

    /// 0 inside, else the distance to the nearest ring. - Complexity: O(n).
    func distance(x px: Double, y py: Double) -> Double {
        if contains(x: px, y: py) { return 0 }
        return rings.reduce(Double.infinity) { min($0, $1.distanceSquared(x: px, y: py)) }.squareRoot()
    }
}
