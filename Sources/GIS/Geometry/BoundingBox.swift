/// An axis-aligned box in the units of its coordinates (degrees for lon/lat, metres in
/// a projected CRS). An empty box has min > max and contains nothing.
public struct BoundingBox: Hashable, Sendable {
    public var minX: Double
    public var minY: Double
    public var maxX: Double
    public var maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX; self.minY = minY; self.maxX = maxX; self.maxY = maxY
    }

    /// The empty box: extending it by a point gives that point's box.
    public static let empty = BoundingBox(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)

    public var isEmpty: Bool { minX > maxX || minY > maxY }
    public var width: Double { isEmpty ? 0 : maxX - minX }
    public var height: Double { isEmpty ? 0 : maxY - minY }
    public var center: Position { Position((minX + maxX) / 2, (minY + maxY) / 2) }

    public mutating func extend(x: Double, y: Double) {
        if x < minX { minX = x }
        if x > maxX { maxX = x }
        if y < minY { minY = y }
        if y > maxY { maxY = y }
    }
    public mutating func extend(_ p: Position) { extend(x: p.x, y: p.y) }
    public mutating func extend(_ other: BoundingBox) {
        guard !other.isEmpty else { return }
        extend(x: other.minX, y: other.minY); extend(x: other.maxX, y: other.maxY)
    }
    public func union(_ other: BoundingBox) -> BoundingBox { var b = self; b.extend(other); return b }

    public func intersects(_ o: BoundingBox) -> Bool {
        !isEmpty && !o.isEmpty && minX <= o.maxX && o.minX <= maxX && minY <= o.maxY && o.minY <= maxY
    }
    public func contains(_ p: Position) -> Bool {
        p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY
    }
    /// The box grown by `d` on every side.
    public func expanded(by d: Double) -> BoundingBox {
        BoundingBox(minX: minX - d, minY: minY - d, maxX: maxX + d, maxY: maxY + d)
    }
    /// Squared distance from a point to the box (0 inside).
    public func distanceSquared(to p: Position) -> Double {
        let dx = max(minX - p.x, 0, p.x - maxX)
        let dy = max(minY - p.y, 0, p.y - maxY)
        return dx * dx + dy * dy
    }
}

extension CoordinateSequence {
    /// The box around every position. - Complexity: O(n).
    public var boundingBox: BoundingBox {
        var b = BoundingBox.empty
        var i = 0
        while i < xy.count { b.extend(x: xy[i], y: xy[i + 1]); i += 2 }
        return b
    }
}

extension Geometry {
    /// The box around every position (empty for an empty geometry). - Complexity: O(n).
    public var boundingBox: BoundingBox {
        switch self {
        case .point(let p): var b = BoundingBox.empty; b.extend(p); return b
        default: return coordinateSequences.reduce(into: BoundingBox.empty) { $0.extend($1.boundingBox) }
        }
    }
}
