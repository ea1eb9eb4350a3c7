/// One contour line: a continuous run of positions at one level, closed when it
/// forms a loop inside the grid, open when it ends at the grid's edge or at NODATA.
public struct ContourLine: Hashable, Sendable {
    /// The level in the grid's value units (metres for a DEM).
    public var level: Double
    /// The positions, in the grid's CRS.
    public var coordinates: CoordinateSequence
    /// True when the first and last positions coincide.
    public var isClosed: Bool { coordinates.isClosed }
}

/// Marching-squares contouring over the cell centres of a ``RasterGrid``, with the
/// segments of each level joined into continuous lines.
///
/// A centre counts as "above" a level when its value is ≥ the level; a crossing point
/// is placed by linear interpolation along the cell edge; saddles are resolved by the
/// mean of the four corners. Cells with a NODATA corner produce no segment.
public enum Contours {
    /// The contour lines of `grid` at each of `levels`, ordered by level, then by the
    /// position where each line starts in the grid (row-major), so output is
    /// deterministic.
    /// - Complexity: O(levels × cells).
    public static func lines(grid: RasterGrid, levels: [Double]) -> [ContourLine] {
        var result: [ContourLine] = []
        for level in levels.sorted() {
            let segments = segmentsOf(grid: grid, level: level)
            for chain in join(segments) {
                var seq = CoordinateSequence()
                seq.xy.reserveCapacity(chain.count * 2)
                for edge in chain { let p = crossing(grid: grid, edge: edge, level: level); seq.xy += [p.x, p.y] }
                if seq.count >= 2 { result.append(ContourLine(level: level, coordinates: seq)) }
            }
        }
        return result
    }

    /// Levels every `interval` from the first multiple above the grid's minimum up
    /// to its maximum (for example every 100 m).
    public static func levels(grid: RasterGrid, interval: Double) -> [Double] {
        guard let range = grid.valueRange, interval > 0 else { return [] }
        var l = (range.lowerBound / interval).rounded(.up) * interval
        if l == range.lowerBound { l += interval }
        var out: [Double] = []
        while l <= range.upperBound { out.append(l); l += interval }
        return out
    }

    // Edges of the grid of cell centres: a horizontal edge joins centre (c, r) to
    // (c + 1, r); a vertical edge joins (c, r) to (c, r + 1).
    struct Edge: Hashable { var column: Int; var row: Int; var vertical: Bool }

    static func segmentsOf(grid: RasterGrid, level: Double) -> [(Edge, Edge)] {
        var segs: [(Edge, Edge)] = []
        guard grid.columns > 1, grid.rows > 1 else { return segs }
        for r in 0..<(grid.rows - 1) {
            for c in 0..<(grid.columns - 1) {
                guard let tl = grid[column: c, row: r], let tr = grid[column: c + 1, row: r],
                      let br = grid[column: c + 1, row: r + 1], let bl = grid[column: c, row: r + 1]
                else { continue }
                var index = 0
                if tl >= level { index |= 8 }
                if tr >= level { index |= 4 }
                if br >= level { index |= 2 }
                if bl >= level { index |= 1 }
                if index == 0 || index == 15 { continue }
                let t = Edge(column: c, row: r, vertical: false)
                let b = Edge(column: c, row: r + 1, vertical: false)
                let l = Edge(column: c, row: r, vertical: true)
                let rt = Edge(column: c + 1, row: r, vertical: true)
                let centreAbove = (tl + tr + br + bl) / 4 >= level
                switch index {
                case 1, 14: segs.append((l, b))
                case 2, 13: segs.append((b, rt))
                case 3, 12: segs.append((l, rt))
                case 4, 11: segs.append((t, rt))
                case 6, 9: segs.append((t, b))
                case 7, 8: segs.append((l, t))
                case 5:
                    if centreAbove { segs.append((l, t)); segs.append((b, rt)) } else { segs.append((l, b)); segs.append((t, rt)) }
                case 10:
                    if centreAbove { segs.append((t, rt)); segs.append((l, b)) } else { segs.append((l, t)); segs.append((b, rt)) }
                default: break
                }
            }
        }
        return segs
    }

    /// Joins segments sharing an edge into chains; each edge is shared by at most two
    /// segments (the two cells beside it).
    static func join(_ segments: [(Edge, Edge)]) -> [[Edge]] {
        var byEdge: [Edge: [Int]] = [:]
        for (i, s) in segments.enumerated() {
            byEdge[s.0, default: []].append(i); byEdge[s.1, default: []].append(i)
        }
        var used = [Bool](repeating: false, count: segments.count)
        func other(_ i: Int, _ e: Edge) -> Edge { segments[i].0 == e ? segments[i].1 : segments[i].0 }
        func extend(_ chain: inout [Edge], from start: Edge) {
            var e = start
            while let next = byEdge[e]?.first(where: { !used[$0] }) {
                used[next] = true
                e = other(next, e)
                chain.append(e)
            }
        }
        var chains: [[Edge]] = []
        // Open chains first start at an edge with a single segment (grid border or NODATA).
        let order = Array(0..<segments.count)
        for pass in 0..<2 {
            for i in order where !used[i] {
                let s = segments[i]
                if pass == 0 && byEdge[s.0]!.count != 1 && byEdge[s.1]!.count != 1 { continue }
                let start = pass == 0 && byEdge[s.0]!.count != 1 ? s.1 : s.0
                used[i] = true
                var chain = [start, other(i, start)]
                extend(&chain, from: chain[1])
                chains.append(chain)
            }
        }
        return chains
    }

    static func crossing(grid: RasterGrid, edge: Edge, level: Double) -> Position {
        let a = grid.centre(column: edge.column, row: edge.row)
        let c2 = edge.vertical ? edge.column : edge.column + 1
        let r2 = edge.vertical ? edge.row + 1 : edge.row
        let b = grid.centre(column: c2, row: r2)
        let va = grid[column: edge.column, row: edge.row]!, vb = grid[column: c2, row: r2]!
        let t = va == vb ? 0.5 : min(max((level - va) / (vb - va), 0), 1)
        return Position(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t)
    }
}
