import GIS
import Planning

extension GeodataBuilder {
    /// The sourced roads on modelled alignments (expressways, national roads), the
    /// county roads as a minimum spanning tree over the township seats, and village
    /// roads as a minimum spanning tree per township over its seat and village points.
    func buildRoads() throws {
        var out: [RoadRecord] = []
        if parameters.modelInputs.roads.isEmpty {
            warnings.append(Diagnostic(.warning, file: parameters.modelInputs.file ?? profile.file, "\(parameters.countyName) has no trunk roads "
                + "in \(parameters.modelInputsName): roads.geojson holds only the modelled township and village roads"))
        }
        for spec in parameters.modelInputs.roads {
            let pts = try spec.path.map { p -> Position in let q = try proj.transform(p); return Position(q.x, q.y) }
            out.append(RoadRecord(kind: spec.kind, name: spec.name, ref: spec.ref, level: "trunk", line: PlanarPolyline(pts), source: spec.source))
        }
        let seats = townships.map(\.seat)
        for (a, b) in Self.minimumSpanningTree(seats) {
            let names = [townships[a].source.name, townships[b].source.name].sorted()
            out.append(RoadRecord(kind: "county", name: "县道 \(names[0])–\(names[1])", ref: "",
                                  level: "township", line: PlanarPolyline([seats[a], seats[b]]), source: "modelled"))
        }
        for (ti, t) in townships.enumerated() {
            let members = villages.indices.filter { villages[$0].townshipIndex == ti }
            let points = [t.seat] + members.map { villages[$0].point }
            for (a, b) in Self.minimumSpanningTree(points) {
                let label = { (k: Int) in k == 0 ? t.source.name : self.villages[members[k - 1]].source.name }
                out.append(RoadRecord(kind: "county", name: "村道 \(label(a))–\(label(b))", ref: "",
                                      level: "village", line: PlanarPolyline([points[a], points[b]]), source: "modelled"))
            }
        }
        roads = out
    }

    /// Prim's minimum spanning tree over planar points: edges (i, j) with i < j in the
    /// order they join the tree. Ties go to the lower index.
    /// - Complexity: O(n²).
    static func minimumSpanningTree(_ points: [Position]) -> [(Int, Int)] {
        guard points.count > 1 else { return [] }
        var inTree = [Bool](repeating: false, count: points.count)
        var best = [Double](repeating: .infinity, count: points.count)
        var parent = [Int](repeating: 0, count: points.count)
        var edges: [(Int, Int)] = []
        var current = 0
        inTree[0] = true
        for _ in 1..<points.count {
            for j in points.indices where !inTree[j] {
                let d = PlanarPolyline.length(points[current], points[j])
                if d < best[j] { best[j] = d; parent[j] = current }
            }
            var next = -1
            for j in points.indices where !inTree[j] && (next < 0 || best[j] < best[next]) { next = j }
            inTree[next] = true
            edges.append((min(parent[next], next), max(parent[next], next)))
            current = next
        }
        return edges
    }
}
