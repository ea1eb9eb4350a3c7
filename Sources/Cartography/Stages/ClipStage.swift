/// The clipping stage: shapes cut to the map frame (an axis-aligned page rectangle).
///
/// Polygon rings use Sutherland–Hodgman (a ring stays one ring; parts outside collapse
/// onto the frame edge, which the frame's own stroke covers); lines use Liang–Barsky per
/// segment and split where they leave the frame. Edge crossings are computed from the
/// segment's endpoints in a canonical order, so two polygons sharing a border get the
/// same crossing point bit for bit.
public enum ClipStage {
    /// `shape` clipped to `rect`; points outside are dropped.
    /// - Complexity: O(vertices).
    public static func clip(_ shape: PageShape, to rect: PageRect) -> PageShape {
        switch shape {
        case .polygons(let rings):
            return .polygons(rings.compactMap { clipRing($0, to: rect) })
        case .lines(let parts):
            return .lines(parts.flatMap { clipLine($0, to: rect) })
        case .points(let xy):
            var out: [Double] = []
            var i = 0
            while i + 1 < xy.count {
                if rect.contains(x: xy[i], y: xy[i + 1]) { out.append(xy[i]); out.append(xy[i + 1]) }
                i += 2
            }
            return .points(out)
        }
    }

    /// One closed ring clipped to `rect`, or nil when nothing of it remains.
    public static func clipRing(_ ring: [Double], to rect: PageRect) -> [Double]? {
        guard let b = PageShape.polygons([ring]).bounds else { return nil }
        if rect.contains(b) { return ring }
        if !rect.overlaps(b) { return nil }
        var pts = ring
        if pts.count >= 4 && pts[0] == pts[pts.count - 2] && pts[1] == pts[pts.count - 1] { pts.removeLast(2) }
        for edge in 0..<4 {
            pts = clipAgainst(edge: edge, rect: rect, pts)
            if pts.count < 6 { return nil }
        }
        pts.append(pts[0]); pts.append(pts[1])
        return pts
    }

    static func inside(_ edge: Int, _ r: PageRect, _ x: Double, _ y: Double) -> Bool {
        switch edge {
        case 0: x >= r.x
        case 1: x <= r.maxX
        case 2: y >= r.y
        default: y <= r.maxY
        }
    }

    /// The crossing of segment a–b with one frame edge, computed with a and b sorted.
    static func crossing(_ edge: Int, _ r: PageRect, _ ax: Double, _ ay: Double, _ bx: Double, _ by: Double) -> (Double, Double) {
        var (x0, y0, x1, y1) = (ax, ay, bx, by)
        if (x1, y1) < (x0, y0) { (x0, y0, x1, y1) = (x1, y1, x0, y0) }
        switch edge {
        case 0, 1:
            let ex = edge == 0 ? r.x : r.maxX
            let t = (ex - x0) / (x1 - x0)
            return (ex, y0 + t * (y1 - y0))
        default:
            let ey = edge == 2 ? r.y : r.maxY
            let t = (ey - y0) / (y1 - y0)
            return (x0 + t * (x1 - x0), ey)
        }
    }

    static func clipAgainst(edge: Int, rect: PageRect, _ pts: [Double]) -> [Double] {
        let n = pts.count / 2
        guard n > 0 else { return [] }
        var out: [Double] = []
        out.reserveCapacity(pts.count + 8)
        var px = pts[2 * (n - 1)], py = pts[2 * (n - 1) + 1]
        var pIn = inside(edge, rect, px, py)
        for i in 0..<n {
            let cx = pts[2 * i], cy = pts[2 * i + 1]
            let cIn = inside(edge, rect, cx, cy)
            if cIn {
                if !pIn { let c = crossing(edge, rect, px, py, cx, cy); out.append(c.0); out.append(c.1) }
                out.append(cx); out.append(cy)
            } else if pIn {
                let c = crossing(edge, rect, px, py, cx, cy); out.append(c.0); out.append(c.1)
            }
            px = cx; py = cy; pIn = cIn
        }
        return out
    }

    /// A polyline cut to `rect`: the pieces inside, in order.
    public static func clipLine(_ line: [Double], to rect: PageRect) -> [[Double]] {
        guard let b = PageShape.lines([line]).bounds else { return [] }
        if rect.contains(b) { return [line] }
        if !rect.overlaps(b) && !(b.width == 0 || b.height == 0) { return [] }
        var pieces: [[Double]] = []
        var current: [Double] = []
        let n = line.count / 2
        for i in 0..<(n - 1) {
            let (x0, y0, x1, y1) = (line[2 * i], line[2 * i + 1], line[2 * i + 2], line[2 * i + 3])
            guard let (t0, t1) = liangBarsky(x0, y0, x1, y1, rect) else {
                if !current.isEmpty { pieces.append(current); current = [] }
                continue
            }
            let sx = x0 + t0 * (x1 - x0), sy = y0 + t0 * (y1 - y0)
            let ex = x0 + t1 * (x1 - x0), ey = y0 + t1 * (y1 - y0)
            if current.isEmpty { current = [sx, sy] }
            current.append(ex); current.append(ey)
            if t1 < 1 { pieces.append(current); current = [] }
        }
        if current.count >= 4 { pieces.append(current) }
        return pieces.filter { $0.count >= 4 }
    }

    static func liangBarsky(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, _ r: PageRect) -> (Double, Double)? {
        let dx = x1 - x0, dy = y1 - y0
        var t0 = 0.0, t1 = 1.0
        let p = [-dx, dx, -dy, dy]
        let q = [x0 - r.x, r.maxX - x0, y0 - r.y, r.maxY - y0]
        for k in 0..<4 {
            if p[k] == 0 { if q[k] < 0 { return nil } ; continue }
            let t = q[k] / p[k]
            if p[k] < 0 { if t > t1 { return nil }; if t > t0 { t0 = t } }
            else { if t < t0 { return nil }; if t < t1 { t1 = t } }
        }
        return (t0, t1)
    }
}
