import GIS

/// A projection from lon/lat degrees (EPSG:4326) to the planning CRS in metres,
/// supplied by the caller (normally a GIS `Transformation` to EPSG:4545).
public typealias Projector = (Position) throws -> Position

/// The first stage: a lon/lat geometry projected to metres and put on the page.
public enum ProjectStage {
    /// Projects `geometry` with `project`, then maps it to the page with `transform`.
    /// - Throws: whatever `project` throws (PROJ errors name the operation).
    /// - Complexity: O(vertices).
    public static func pageShape(_ geometry: Geometry, project: Projector, transform: PageTransform) rethrows -> PageShape {
        func run(_ seq: CoordinateSequence) throws -> [Double] {
            var out = [Double](); out.reserveCapacity(seq.xy.count)
            var i = 0
            while i + 1 < seq.xy.count {
                let p = try project(Position(seq.xy[i], seq.xy[i + 1]))
                out.append(transform.pageX(p.x)); out.append(transform.pageY(p.y)); i += 2
            }
            return out
        }
        switch geometry {
        case .point(let p):
            let q = try project(p); return .points([transform.pageX(q.x), transform.pageY(q.y)])
        case .multiPoint(let s): return .points(try run(s))
        case .lineString(let s): return .lines([try run(s)])
        case .multiLineString(let parts): return .lines(try parts.map(run))
        case .polygon(let poly): return .polygons(try poly.rings.map(run))
        case .multiPolygon(let polys): return .polygons(try polys.flatMap { try $0.rings.map(run) })
        case .geometryCollection(let gs):
            var rings: [[Double]] = [], lines: [[Double]] = [], pts: [Double] = []
            for g in gs {
                switch try pageShape(g, project: project, transform: transform) {
                case .polygons(let r): rings += r
                case .lines(let l): lines += l
                case .points(let p): pts += p
                }
            }
            if !rings.isEmpty { return .polygons(rings) }
            if !lines.isEmpty { return .lines(lines) }
            return .points(pts)
        }
    }

    /// Projects one lon/lat position to page millimetres.
    public static func pagePoint(lon: Double, lat: Double, project: Projector, transform: PageTransform) rethrows -> (x: Double, y: Double) {
        let p = try project(Position(lon, lat))
        return (transform.pageX(p.x), transform.pageY(p.y))
    }
}
