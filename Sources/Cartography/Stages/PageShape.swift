/// A feature's geometry on the page: flat `[x0, y0, x1, y1, …]` runs in millimetres.
///
/// Polygons keep their rings (closed, first point repeated) and are filled even-odd;
/// lines keep their parts; points are single positions.
public enum PageShape: Sendable, Hashable {
    case polygons([[Double]])
    case lines([[Double]])
    case points([Double])

    public var isEmpty: Bool {
        switch self {
        case .polygons(let r), .lines(let r): r.isEmpty
        case .points(let p): p.isEmpty
        }
    }

    /// The number of vertices.
    public var vertexCount: Int {
        switch self {
        case .polygons(let r), .lines(let r): r.reduce(0) { $0 + $1.count / 2 }
        case .points(let p): p.count / 2
        }
    }

    /// Bounding rectangle in page millimetres (nil when empty).
    public var bounds: PageRect? {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        func scan(_ xy: [Double]) {
            var i = 0
            while i + 1 < xy.count {
                minX = min(minX, xy[i]); maxX = max(maxX, xy[i]); minY = min(minY, xy[i + 1]); maxY = max(maxY, xy[i + 1]); i += 2
            }
        }
        switch self {
        case .polygons(let r), .lines(let r): r.forEach(scan)
        case .points(let p): scan(p)
        }
        return minX > maxX ? nil : PageRect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}
