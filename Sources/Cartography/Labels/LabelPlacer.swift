#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// A label to place: its text, the feature point it names (page mm) and how important it is.
public struct LabelCandidate: Sendable {
    /// How a label may sit relative to its anchor point.
    public enum Mode: Sendable {
        /// Beside a point symbol of the given radius (mm): right, left, above, below, diagonals.
        case point(symbolRadiusMillimetres: Double)
        /// Centred on an area's inner point, nudged a little if needed.
        case area
        /// Centred on the point and rotated by the angle (degrees, clockwise), for lines.
        case line(angleDegrees: Double)
    }

    public var text: String
    public var x: Double
    public var y: Double
    /// Lower is more important: placed first, wins conflicts.
    public var priority: Int
    public var fontSizePoints: Double
    public var cssClass: String
    public var mode: Mode
    /// Further anchors to try along a line (x, y, angle in degrees), after the main one.
    public var alternatives: [LineAnchor]

    public init(text: String, x: Double, y: Double, priority: Int, fontSizePoints: Double,
                cssClass: String, mode: Mode, alternatives: [LineAnchor] = []) {
        self.text = text; self.x = x; self.y = y; self.priority = priority
        self.fontSizePoints = fontSizePoints; self.cssClass = cssClass; self.mode = mode
        self.alternatives = alternatives
    }
}

/// A point on a line and the reading angle there (degrees, clockwise).
public struct LineAnchor: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var angleDegrees: Double
    public init(x: Double, y: Double, angleDegrees: Double) { self.x = x; self.y = y; self.angleDegrees = angleDegrees }
}

/// A label that found room: where its text goes and the box it occupies.
public struct PlacedLabel: Sendable, Hashable {
    public var text: String
    public var x: Double
    public var y: Double
    public var anchor: TextAnchor
    public var angleDegrees: Double
    public var fontSizePoints: Double
    public var cssClass: String
    public var priority: Int
    /// The occupied box (axis-aligned, halo included) in page mm.
    public var box: PageRect
}

/// Greedy label placement with collision avoidance: candidates are taken by priority
/// (then by text, for determinism), each tries its positions in order, and takes the
/// first whose box stays inside the frame and overlaps no placed label and no obstacle.
/// A label with no free position is dropped, never overlapped.
public struct LabelPlacer {
    public let frame: PageRect
    public let haloMillimetres: Double
    private var index = PageRectIndex(cellMillimetres: 12)
    public private(set) var placed: [PlacedLabel] = []
    public private(set) var dropped: [LabelCandidate] = []

    public init(frame: PageRect, haloMillimetres: Double = 0.4) {
        self.frame = frame; self.haloMillimetres = haloMillimetres
    }

    /// Marks an area labels must avoid (legend, inset, point symbols).
    public mutating func addObstacle(_ r: PageRect) { index.insert(r) }

    /// Places `candidates`; returns those placed in this call.
    /// - Complexity: O(n log n + n · p) where p is the positions tried per label.
    @discardableResult
    public mutating func place(_ candidates: [LabelCandidate]) -> [PlacedLabel] {
        let order = candidates.indices.sorted {
            let a = candidates[$0], b = candidates[$1]
            return (a.priority, a.text, a.x, a.y) < (b.priority, b.text, b.x, b.y)
        }
        var result: [PlacedLabel] = []
        for i in order {
            let c = candidates[i]
            var done = false
            for option in options(c) where frame.contains(option.box) && !index.intersects(option.box) {
                index.insert(option.box); placed.append(option); result.append(option); done = true
                break
            }
            if !done { dropped.append(c) }
        }
        return result
    }

    func options(_ c: LabelCandidate) -> [PlacedLabel] {
        let em = PrintUnits.mm(pt: c.fontSizePoints)
        func make(_ x: Double, _ y: Double, _ a: TextAnchor, angle: Double = 0) -> PlacedLabel {
            var box = TextMetrics.box(c.text, x: x, y: y, anchor: a, fontSizePoints: c.fontSizePoints,
                                      haloMillimetres: haloMillimetres)
            if angle != 0 { box = rotatedBounds(box, aboutX: x, y: y, degrees: angle) }
            return PlacedLabel(text: c.text, x: x, y: y, anchor: a, angleDegrees: angle,
                               fontSizePoints: c.fontSizePoints, cssClass: c.cssClass, priority: c.priority, box: box)
        }
        switch c.mode {
        case .point(let r):
            let g = r + 0.6
            let mid = c.y + 0.35 * em
            return [make(c.x + g, mid, .start), make(c.x - g, mid, .end),
                    make(c.x, c.y - g - 0.15 * em, .middle), make(c.x, c.y + g + 0.85 * em, .middle),
                    make(c.x + g * 0.8, c.y - g * 0.6, .start), make(c.x - g * 0.8, c.y - g * 0.6, .end),
                    make(c.x + g * 0.8, c.y + g * 0.6 + 0.7 * em, .start), make(c.x - g * 0.8, c.y + g * 0.6 + 0.7 * em, .end)]
        case .area:
            let base = c.y + 0.35 * em
            return [0.0, -1, 1, -2, 2].flatMap { dy in
                [0.0, -1.5, 1.5].map { dx in make(c.x + dx * em, base + dy * em, .middle) }
            }
        case .line(let angle):
            let anchors = [LineAnchor(x: c.x, y: c.y, angleDegrees: angle)] + c.alternatives
            return anchors.flatMap { a -> [PlacedLabel] in
                // Baseline offset perpendicular to the line so the text sits beside it.
                let t = a.angleDegrees * Double.pi / 180
                let (nx, ny) = (-sin(t), cos(t))
                return [-0.9, 1.6].map { k in make(a.x + nx * k * em, a.y + ny * k * em, .middle, angle: a.angleDegrees) }
            }
        }
    }

    func rotatedBounds(_ r: PageRect, aboutX cx: Double, y cy: Double, degrees: Double) -> PageRect {
        let t = degrees * Double.pi / 180
        let (c, s) = (cos(t), sin(t))
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for (px, py) in [(r.x, r.y), (r.maxX, r.y), (r.x, r.maxY), (r.maxX, r.maxY)] {
            let dx = px - cx, dy = py - cy
            let x = cx + dx * c - dy * s, y = cy + dx * s + dy * c
            minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
        }
        return PageRect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}

/// A uniform-grid index of page rectangles for overlap queries.
struct PageRectIndex {
    let cell: Double
    var buckets: [Int64: [Int]] = [:]
    var rects: [PageRect] = []

    init(cellMillimetres: Double) { cell = cellMillimetres }

    func keys(_ r: PageRect) -> [Int64] {
        let x0 = Int64((r.x / cell).rounded(.down)), x1 = Int64((r.maxX / cell).rounded(.down))
        let y0 = Int64((r.y / cell).rounded(.down)), y1 = Int64((r.maxY / cell).rounded(.down))
        var out: [Int64] = []
        for x in x0...x1 { for y in y0...y1 { out.append(x &* 1_000_003 &+ y) } }
        return out
    }

    mutating func insert(_ r: PageRect) {
        rects.append(r)
        for k in keys(r) { buckets[k, default: []].append(rects.count - 1) }
    }

    func intersects(_ r: PageRect) -> Bool {
        for k in keys(r) { for i in buckets[k] ?? [] where rects[i].overlaps(r) { return true } }
        return false
    }
}
