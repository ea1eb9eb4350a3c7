/// The simplification stage: Douglas–Peucker to the page resolution on the arcs of a
/// layer's polygon mesh, so a border shared by two neighbours is simplified once and
/// stays shared (no gaps, no slivers).
///
/// Arcs are found by vertex degree: a vertex whose set of distinct neighbouring vertices
/// has more than two members (a junction of three or more borders, or where a border
/// meets the layer's outline) is a node that is always kept; rings are cut at nodes and
/// each arc is simplified in a canonical direction, so both rings that use it get the
/// same vertices. A ring with no node keeps its smallest vertex as its node.
public enum SimplifyStage {
    struct Key: Hashable { let x: UInt64; let y: UInt64
        init(_ x: Double, _ y: Double) { self.x = (x + 0).bitPattern; self.y = (y + 0).bitPattern }
        static func < (a: Key, b: Key) -> Bool { (Double(bitPattern: a.x), Double(bitPattern: a.y)) < (Double(bitPattern: b.x), Double(bitPattern: b.y)) }
    }

    /// Simplifies every shape of one layer together with `toleranceMillimetres`.
    /// Polygon rings that collapse below 4 points are dropped; lines are simplified alone.
    /// - Complexity: O(V log V) expected in the layer's vertex count V.
    public static func simplify(_ shapes: [PageShape], toleranceMillimetres tol: Double) -> [PageShape] {
        guard tol > 0 else { return shapes }
        var neighbours: [Key: Set<Key>] = [:]
        for shape in shapes {
            guard case .polygons(let rings) = shape else { continue }
            for ring in rings {
                let pts = openRing(ring)
                let n = pts.count
                guard n >= 3 else { continue }
                for i in 0..<n {
                    neighbours[pts[i], default: []].insert(pts[(i + 1) % n])
                    neighbours[pts[i], default: []].insert(pts[(i + n - 1) % n])
                }
            }
        }
        let isNode: (Key) -> Bool = { (neighbours[$0]?.count ?? 0) > 2 }
        return shapes.map { shape in
            switch shape {
            case .polygons(let rings):
                return .polygons(rings.compactMap { simplifyRing($0, tol: tol, isNode: isNode) })
            case .lines(let parts):
                return .lines(parts.map { douglasPeucker($0, tol: tol) })
            case .points: return shape
            }
        }
    }

    static func openRing(_ ring: [Double]) -> [Key] {
        var keys: [Key] = []
        keys.reserveCapacity(ring.count / 2)
        var i = 0
        while i + 1 < ring.count { keys.append(Key(ring[i], ring[i + 1])); i += 2 }
        if keys.count > 1 && keys.first == keys.last { keys.removeLast() }
        var dedup: [Key] = []
        for k in keys where dedup.last != k { dedup.append(k) }
        if dedup.count > 1 && dedup.first == dedup.last { dedup.removeLast() }
        return dedup
    }

    static func simplifyRing(_ ring: [Double], tol: Double, isNode: (Key) -> Bool) -> [Double]? {
        let pts = openRing(ring)
        let n = pts.count
        guard n >= 3 else { return nil }
        var nodes = (0..<n).filter { isNode(pts[$0]) }
        if nodes.isEmpty { nodes = [(0..<n).min { pts[$0] < pts[$1] }!] }
        var out: [Double] = []
        for (j, start) in nodes.enumerated() {
            let end = j + 1 < nodes.count ? nodes[j + 1] : nodes[0] + n
            var arc: [Key] = []
            for k in start...end { arc.append(pts[k % n]) }
            let simplified = simplifyArc(arc, tol: tol)
            for (m, p) in simplified.enumerated() where m < simplified.count - 1 {
                out.append(Double(bitPattern: p.x)); out.append(Double(bitPattern: p.y))
            }
        }
        guard out.count >= 6 else { return nil }
        out.append(out[0]); out.append(out[1])
        return out
    }

    /// Simplifies an arc in its canonical direction and returns it in the given direction.
    static func simplifyArc(_ arc: [Key], tol: Double) -> [Key] {
        guard arc.count > 2 else { return arc }
        let reversed = arc.last! < arc.first! || (arc.last! == arc.first! && arc[arc.count - 2] < arc[1])
        let canonical = reversed ? Array(arc.reversed()) : arc
        var flat: [Double] = []
        flat.reserveCapacity(canonical.count * 2)
        for k in canonical { flat.append(Double(bitPattern: k.x)); flat.append(Double(bitPattern: k.y)) }
        let s = douglasPeucker(flat, tol: tol)
        var keys: [Key] = []
        var i = 0
        while i + 1 < s.count { keys.append(Key(s[i], s[i + 1])); i += 2 }
        return reversed ? keys.reversed() : keys
    }

    /// Douglas–Peucker on a flat run, keeping both ends; iterative (no deep recursion).
    /// - Complexity: O(n log n) typical, O(n²) worst case.
    public static func douglasPeucker(_ xy: [Double], tol: Double) -> [Double] {
        let n = xy.count / 2
        guard n > 2 else { return xy }
        var keep = [Bool](repeating: false, count: n)
        keep[0] = true; keep[n - 1] = true
        var stack: [(Int, Int)] = [(0, n - 1)]
        let tol2 = tol * tol
        while let (a, b) = stack.popLast() {
            guard b > a + 1 else { continue }
            let ax = xy[2 * a], ay = xy[2 * a + 1], bx = xy[2 * b], by = xy[2 * b + 1]
            let dx = bx - ax, dy = by - ay
            let len2 = dx * dx + dy * dy
            var best = -1.0, bestIndex = a
            for i in (a + 1)..<b {
                let px = xy[2 * i] - ax, py = xy[2 * i + 1] - ay
                let d2: Double
                if len2 == 0 { d2 = px * px + py * py }
                else {
                    let t = max(0, min(1, (px * dx + py * dy) / len2))
                    let ex = px - t * dx, ey = py - t * dy
                    d2 = ex * ex + ey * ey
                }
                if d2 > best { best = d2; bestIndex = i }
            }
            if best > tol2 {
                keep[bestIndex] = true
                stack.append((a, bestIndex)); stack.append((bestIndex, b))
            }
        }
        var out: [Double] = []
        for i in 0..<n where keep[i] { out.append(xy[2 * i]); out.append(xy[2 * i + 1]) }
        return out
    }
}
