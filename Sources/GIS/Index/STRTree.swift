/// A Sort-Tile-Recursive packed R-tree over bounding boxes (Leutenegger, Lopez &
/// Edgington 1997, "STR: A Simple and Efficient Algorithm for R-Tree Packing").
///
/// Items are the indices of the boxes given to ``init(boxes:nodeCapacity:)``. Building
/// sorts the boxes' centres by x into ⌈√P⌉ vertical slices (P = ⌈n / capacity⌉
/// leaves), sorts each slice by y and packs runs of `nodeCapacity` into nodes; the
/// level above is packed the same way from the node boxes, up to one root. The tree is
/// immutable after building and `Sendable`, so many threads may search it at once.
///
/// ```swift
/// let tree = STRTree(boxes: villages.map(\.boundingBox))
/// let candidates = tree.search(BoundingBox(minX: 0, minY: 0, maxX: 10, maxY: 10))
/// ```
///
/// Items with an empty box are never found.
public struct STRTree: Sendable {
    /// Node storage, leaves first, root last. A leaf's children are positions in
    /// `itemOrder`; an inner node's children are node indices.
    var nodeBoxes: [BoundingBox] = []
    var nodeFirstChild: [Int32] = []
    var nodeChildCount: [Int32] = []
    /// Number of leaf nodes; nodes `0..<leafCount` are leaves.
    var leafCount = 0
    /// Child node indices of inner nodes, addressed by `nodeFirstChild`.
    var innerChildren: [Int32] = []
    /// Item indices in packed order.
    var itemOrder: [Int32] = []
    /// Item boxes by original index.
    let itemBoxes: [BoundingBox]
    /// Node boxes and item boxes (in packed order) as search keys: see ``searchKey(_:)``.
    var nodeKeys: [SIMD4<Double>] = []
    var leafKeys: [SIMD4<Double>] = []
    /// An upper bound of the search stack: levels × node capacity + 1.
    var maxStackDepth = 1

    /// The number of boxes the tree was built from (including empty ones).
    public var count: Int { itemBoxes.count }

    /// Builds the packed tree.
    /// - Parameters:
    ///   - boxes: one box per item; the item's index is its position here.
    ///   - nodeCapacity: children per node (at least 2).
    /// - Complexity: O(n log n) in boxes.
    public init(boxes: [BoundingBox], nodeCapacity: Int = 16) {
        precondition(nodeCapacity >= 2, "STRTree: nodeCapacity must be at least 2")
        precondition(boxes.count < Int(Int32.max), "STRTree: too many boxes")
        itemBoxes = boxes
        let items = boxes.indices.filter { !boxes[$0].isEmpty }
        guard !items.isEmpty else { return }
        let leafGroups = STRTree.pack(items, capacity: nodeCapacity) { boxes[$0].center }
        for group in leafGroups {
            appendNode(first: itemOrder.count, children: group, box: group.reduce(.empty) { $0.union(boxes[$1]) })
            itemOrder.append(contentsOf: group.map { Int32($0) })
            leafKeys.append(contentsOf: group.map { STRTree.searchKey(boxes[$0]) })
        }
        leafCount = nodeBoxes.count
        var level = Array(0..<leafCount)
        while level.count > 1 {
            let groups = STRTree.pack(level, capacity: nodeCapacity) { nodeBoxes[$0].center }
            var next: [Int] = []
            for group in groups {
                next.append(nodeBoxes.count)
                appendNode(first: innerChildren.count, children: group,
                           box: group.reduce(.empty) { $0.union(nodeBoxes[$1]) })
                innerChildren.append(contentsOf: group.map { Int32($0) })
            }
            level = next
            maxStackDepth += nodeCapacity
        }
    }

    private mutating func appendNode(first: Int, children: [Int], box: BoundingBox) {
        nodeBoxes.append(box)
        nodeKeys.append(STRTree.searchKey(box))
        nodeFirstChild.append(Int32(first))
        nodeChildCount.append(Int32(children.count))
    }

    /// Splits `entries` into STR groups of at most `capacity`, tiling by centre x then y
    /// (ties broken by entry, so the tree is the same for the same boxes).
    private static func pack(_ entries: [Int], capacity: Int, center: (Int) -> Position) -> [[Int]] {
        let byX = entries.map { PackEntry(id: $0, c: center($0)) }.sorted(by: PackEntry.xFirst)
        let pageCount = (entries.count + capacity - 1) / capacity
        let sliceCount = Int(Double(pageCount).squareRoot().rounded(.up))
        let sliceSize = sliceCount * capacity
        var groups: [[Int]] = []
        groups.reserveCapacity(pageCount)
        var start = 0
        while start < byX.count {
            let slice = byX[start..<min(start + sliceSize, byX.count)].sorted(by: PackEntry.yFirst)
            var i = 0
            while i < slice.count {
                groups.append(slice[i..<min(i + capacity, slice.count)].map { $0.id })
                i += capacity
            }
            start += sliceSize
        }
        return groups
    }

    /// The root node index, or nil for a tree without items.
    var root: Int? { nodeBoxes.isEmpty ? nil : nodeBoxes.count - 1 }

    /// Calls `visit` with the index of every item whose box intersects `box` (boxes
    /// touching at an edge count), in no particular order.
    /// - Complexity: O(log n + k) for k results, typically.
    public func search(_ box: BoundingBox, _ visit: (Int) -> Void) {
        guard let root, !box.isEmpty, nodeBoxes[root].intersects(box) else { return }
        // A depth-first stack never holds more than (capacity - 1) entries per level
        // plus one, so it lives on the stack: no allocation per query.
        let query = SIMD4(box.maxX, box.maxY, -box.minX, -box.minY)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: maxStackDepth) { stack in
            nodeKeys.withUnsafeBufferPointer { nodeKeys in
            leafKeys.withUnsafeBufferPointer { leafKeys in
            nodeFirstChild.withUnsafeBufferPointer { nodeFirstChild in
            nodeChildCount.withUnsafeBufferPointer { nodeChildCount in
            itemOrder.withUnsafeBufferPointer { itemOrder in
            innerChildren.withUnsafeBufferPointer { innerChildren in
                stack[0] = root
                var top = 1
                while top > 0 {
                    top -= 1
                    let node = stack[top]
                    let first = Int(nodeFirstChild[node]), end = first + Int(nodeChildCount[node])
                    if node < leafCount {
                        for k in first..<end where all(leafKeys[k] .<= query) { visit(Int(itemOrder[k])) }
                    } else {
                        for k in first..<end {
                            let child = Int(innerChildren[k])
                            if all(nodeKeys[child] .<= query) { stack[top] = child; top += 1 }
                        }
                    }
                }
            }}}}}}
        }
    }

    /// A box as (minX, minY, −maxX, −maxY): a stored box overlaps a query box exactly
    /// when every lane is ≤ the query's (maxX, maxY, −minX, −minY), one branch-free
    /// vector comparison instead of four unpredictable branches.
    @inline(__always)
    static func searchKey(_ b: BoundingBox) -> SIMD4<Double> {
        SIMD4(b.minX, b.minY, -b.maxX, -b.maxY)
    }

    /// The indices of the items whose boxes intersect `box`, in ascending order.
    /// - Complexity: O(log n + k log k) for k results, typically.
    public func search(_ box: BoundingBox) -> [Int] {
        var result: [Int] = []
        search(box) { result.append($0) }
        result.sort()
        return result
    }
}

/// An entry being packed: its id and the centre of its box.
private struct PackEntry {
    var id: Int
    var c: Position
    static func xFirst(_ a: PackEntry, _ b: PackEntry) -> Bool {
        if a.c.x != b.c.x { return a.c.x < b.c.x }
        if a.c.y != b.c.y { return a.c.y < b.c.y }
        return a.id < b.id
    }
    static func yFirst(_ a: PackEntry, _ b: PackEntry) -> Bool {
        if a.c.y != b.c.y { return a.c.y < b.c.y }
        if a.c.x != b.c.x { return a.c.x < b.c.x }
        return a.id < b.id
    }
}
