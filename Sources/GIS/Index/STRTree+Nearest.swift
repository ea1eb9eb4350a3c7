extension STRTree {
    /// The `k` items nearest to `p` by the caller's exact `distance`, nearest first (ties
    /// by lower index). Best-first search (Hjaltason & Samet 1999): nodes and items wait
    /// in a priority queue keyed by the distance from `p` to their box, a lower bound of
    /// the exact distance, so `distance` is called only for items that might be among
    /// the `k` nearest.
    ///
    /// - Parameters:
    ///   - p: the query position, in the units of the boxes.
    ///   - k: how many items to return (fewer when the tree has fewer).
    ///   - distance: the exact distance from `p` to item `i`; it must be at least the
    ///     distance from `p` to the item's box.
    /// - Complexity: O((log n + k) log n) box visits, typically.
    public func nearest(to p: Position, k: Int = 1, distance: (Int) -> Double) -> [(index: Int, distance: Double)] {
        guard let root, k > 0 else { return [] }
        var queue = BestFirstQueue()
        queue.push(.init(key: nodeBoxes[root].distanceSquared(to: p).squareRoot(), kind: .node, index: root))
        var result: [(index: Int, distance: Double)] = []
        while let entry = queue.pop() {
            switch entry.kind {
            case .exact:
                result.append((entry.index, entry.key))
                if result.count == k { return result }
            case .item:
                queue.push(.init(key: distance(entry.index), kind: .exact, index: entry.index))
            case .node:
                let first = Int(nodeFirstChild[entry.index]), count = Int(nodeChildCount[entry.index])
                if entry.index < leafCount {
                    for slot in first..<(first + count) {
                        let item = Int(itemOrder[slot])
                        queue.push(.init(key: itemBoxes[item].distanceSquared(to: p).squareRoot(), kind: .item, index: item))
                    }
                } else {
                    for slot in first..<(first + count) {
                        let child = Int(innerChildren[slot])
                        queue.push(.init(key: nodeBoxes[child].distanceSquared(to: p).squareRoot(), kind: .node, index: child))
                    }
                }
            }
        }
        return result
    }
}

/// A binary min-heap of search entries for ``STRTree/nearest(to:k:distance:)``.
/// At equal keys nodes and items come before exact distances: every item whose exact
/// distance could equal the key has been evaluated before an exact entry at that key
/// surfaces, so among equal distances the lowest index wins. Then lower indices.
private struct BestFirstQueue {
    enum Kind: Int { case node = 0, item = 1, exact = 2 }
    struct Entry {
        var key: Double
        var kind: Kind
        var index: Int
        func precedes(_ o: Entry) -> Bool {
            if key != o.key { return key < o.key }
            if kind != o.kind { return kind.rawValue < o.kind.rawValue }
            return index < o.index
        }
    }
    private var heap: [Entry] = []

    mutating func push(_ e: Entry) {
        heap.append(e)
        var i = heap.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard heap[i].precedes(heap[parent]) else { break }
            heap.swapAt(i, parent); i = parent
        }
    }

    mutating func pop() -> Entry? {
        guard !heap.isEmpty else { return nil }
        let top = heap[0]
        let last = heap.removeLast()
        if heap.isEmpty { return top }
        heap[0] = last
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var best = i
            if l < heap.count && heap[l].precedes(heap[best]) { best = l }
            if r < heap.count && heap[r].precedes(heap[best]) { best = r }
            if best == i { break }
            heap.swapAt(i, best); i = best
        }
        return top
    }
}
