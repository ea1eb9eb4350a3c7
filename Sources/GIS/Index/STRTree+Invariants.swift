extension STRTree {
    /// Checks the tree's invariants with `precondition`: every item with a non-empty box
    /// is in exactly one leaf, no empty box is, each node's box is the union of its
    /// children's boxes, and every non-root node has exactly one parent.
    /// Tests call it; it is not run on the hot path.
    /// - Complexity: O(n).
    public func checkInvariants() {
        var seenItems = [Bool](repeating: false, count: itemBoxes.count)
        var parents = [Int](repeating: 0, count: nodeBoxes.count)
        for node in nodeBoxes.indices {
            let first = Int(nodeFirstChild[node]), end = first + Int(nodeChildCount[node])
            precondition(end > first, "STRTree: node \(node) has no children")
            var box = BoundingBox.empty
            for slot in first..<end {
                if node < leafCount {
                    let item = Int(itemOrder[slot])
                    precondition(!itemBoxes[item].isEmpty && !seenItems[item], "STRTree: item \(item) misplaced")
                    seenItems[item] = true
                    precondition(leafKeys[slot] == STRTree.searchKey(itemBoxes[item]), "STRTree: stale key of item \(item)")
                    box.extend(itemBoxes[item])
                } else {
                    let child = Int(innerChildren[slot])
                    precondition(child < node, "STRTree: node \(node) points up to \(child)")
                    parents[child] += 1
                    box.extend(nodeBoxes[child])
                }
            }
            precondition(box == nodeBoxes[node], "STRTree: node \(node) box is not its children's union")
            precondition(nodeKeys[node] == STRTree.searchKey(box), "STRTree: stale key of node \(node)")
        }
        for item in itemBoxes.indices {
            precondition(seenItems[item] == !itemBoxes[item].isEmpty, "STRTree: item \(item) missing")
        }
        for node in nodeBoxes.indices.dropLast() {
            precondition(parents[node] == 1, "STRTree: node \(node) has \(parents[node]) parents")
        }
    }
}
