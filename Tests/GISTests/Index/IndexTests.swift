#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

import Testing
@testable import GIS

/// Random polygons with holes and random points for checking the index and the join
/// against brute force.
enum IndexFixtures {
    /// A star-shaped polygon around (cx, cy) with `n` vertices, counterclockwise, and a
    /// square hole at its centre (clockwise) when `hole`.
    static func star(_ cx: Double, _ cy: Double, radius: Double, n: Int, hole: Bool,
                     _ random: inout Xoshiro256StarStar) -> Polygon {
        var xy: [Double] = []
        for k in 0..<n {
            let t = Double(k) / Double(n) * 2 * Double.pi
            let r = radius * (0.6 + 0.4 * random.nextUnit())
            xy += [cx + r * cos(t), cy + r * sin(t)]
        }
        xy += [xy[0], xy[1]]
        var rings = [CoordinateSequence(xy: xy)]
        if hole {
            let h = radius * 0.25
            rings.append(CoordinateSequence(xy: [cx - h, cy - h, cx - h, cy + h, cx + h, cy + h, cx + h, cy - h, cx - h, cy - h]))
        }
        return Polygon(rings: rings)
    }

    static func randomPolygons(_ count: Int, seed: UInt64) -> [Geometry] {
        var random = Xoshiro256StarStar(seed: seed)
        return (0..<count).map { i in
            let p = star(random.nextUnit() * 100, random.nextUnit() * 100, radius: 2 + random.nextUnit() * 6,
                         n: 5 + Int(random.nextUnit() * 20), hole: i % 3 != 0, &random)
            return i % 5 == 0
                ? .multiPolygon([p, star(random.nextUnit() * 100, random.nextUnit() * 100, radius: 3, n: 8, hole: false, &random)])
                : .polygon(p)
        }
    }

    static func randomPoints(_ count: Int, seed: UInt64) -> [Position] {
        var random = Xoshiro256StarStar(seed: seed)
        return (0..<count).map { _ in Position(random.nextUnit() * 110 - 5, random.nextUnit() * 110 - 5) }
    }

    static func randomBoxes(_ count: Int, seed: UInt64) -> [BoundingBox] {
        var random = Xoshiro256StarStar(seed: seed)
        return (0..<count).map { _ in
            let x = random.nextUnit() * 100, y = random.nextUnit() * 100
            return BoundingBox(minX: x, minY: y, maxX: x + random.nextUnit() * 5, maxY: y + random.nextUnit() * 5)
        }
    }
}

@Suite("STR R-tree")
struct IndexTests {
    @Test(arguments: [2, 4, 16])
    func boxSearchFindsExactlyTheIntersectingBoxes(capacity: Int) {
        let boxes = IndexFixtures.randomBoxes(3000, seed: 1)
        let tree = STRTree(boxes: boxes, nodeCapacity: capacity)
        tree.checkInvariants()
        for query in IndexFixtures.randomBoxes(200, seed: 2) {
            let expected = boxes.indices.filter { boxes[$0].intersects(query) }
            #expect(tree.search(query) == expected)
        }
    }

    @Test func emptyBoxesAreNeverFoundAndAnEmptyTreeFindsNothing() {
        let tree = STRTree(boxes: [.empty, BoundingBox(minX: 0, minY: 0, maxX: 1, maxY: 1), .empty])
        tree.checkInvariants()
        #expect(tree.search(BoundingBox(minX: -10, minY: -10, maxX: 10, maxY: 10)) == [1])
        #expect(tree.count == 3)
        let empty = STRTree(boxes: [])
        #expect(empty.search(BoundingBox(minX: 0, minY: 0, maxX: 1, maxY: 1)).isEmpty)
        #expect(empty.nearest(to: Position(0, 0)) { _ in 0 }.isEmpty)
    }

    @Test func buildingTwiceGivesTheSameTree() {
        let boxes = IndexFixtures.randomBoxes(1000, seed: 9)
        let a = STRTree(boxes: boxes), b = STRTree(boxes: boxes)
        #expect(a.nodeBoxes == b.nodeBoxes && a.itemOrder == b.itemOrder && a.innerChildren == b.innerChildren)
        // Items are packed in leaves of at most the capacity, so 1000 boxes need 63 leaves.
        #expect(a.leafCount == 63)
    }

    @Test func nearestReturnsTheKClosestBoxesByExactDistanceNearestFirst() {
        let boxes = IndexFixtures.randomBoxes(2000, seed: 3)
        let tree = STRTree(boxes: boxes, nodeCapacity: 8)
        var calls = 0
        for p in IndexFixtures.randomPoints(100, seed: 4) {
            let distance: (Int) -> Double = { calls += 1; return boxes[$0].center.distance(to: p) }
            let found = tree.nearest(to: p, k: 5, distance: distance)
            let expected = boxes.indices.map { ($0, boxes[$0].center.distance(to: p)) }
                .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(5)
            #expect(found.map(\.index) == expected.map(\.0))
            #expect(found.map(\.distance) == expected.map(\.1))
        }
        // Best-first search evaluates far fewer exact distances than brute force.
        #expect(calls < 100 * 2000 / 10)
    }

    /// Polygon 0 overlaps all the others at the query point but sorts into the last leaf:
    /// every polygon is at distance 0, and the lowest index must still win.
    @Test func atEqualDistancesTheLowestIndexWinsEvenFromAnUnexpandedNode() {
        func square(_ minX: Double, _ maxX: Double) -> Geometry {
            .polygon(Polygon(rings: [CoordinateSequence(xy: [minX, -1, maxX, -1, maxX, 1, minX, 1, minX, -1])]))
        }
        var polygons = [square(-1, 100)]
        for i in 1...300 { polygons.append(square(-1 - Double(i) * 0.01, 1 - Double(i) * 0.001)) }
        let origin = Position(0, 0)
        let found = SpatialJoin.nearest([origin], to: polygons)
        #expect(found.first??.index == 0)
        #expect(found.first??.distance == 0)
        let boxes = polygons.map(\.boundingBox)
        for capacity in [2, 4, 16] {
            let tree = STRTree(boxes: boxes, nodeCapacity: capacity)
            let nearest = tree.nearest(to: origin, k: 3) { _ in 0 }
            #expect(nearest.map(\.index) == [0, 1, 2], "node capacity \(capacity)")
        }
    }
}

extension Position {
    fileprivate func distance(to o: Position) -> Double {
        ((x - o.x) * (x - o.x) + (y - o.y) * (y - o.y)).squareRoot()
    }
}
