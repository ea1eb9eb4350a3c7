@testable import Simulation

// The optimizer benkang shipped before the network simplex, kept as a test oracle:
/// An exact minimum-cost flow solver on a directed graph with integer capacities and
/// integer costs: successive shortest paths with node potentials (Johnson's
/// reweighting) and Dijkstra's algorithm on a binary heap.
///
/// Arc costs must be non-negative (the relocation graphs are built that way), so the
/// initial potentials are zero and every reduced cost stays non-negative. Each
/// augmentation pushes the bottleneck capacity along a cheapest path, so the flow is
/// optimal for its value at every step (Ahuja, Magnanti & Orlin, *Network Flows*, §9.7).
struct SuccessiveShortestPaths: Sendable {
    struct Arc: Sendable {
        var to: Int
        var capacity: Int
        var cost: Int
    }

    /// Arcs in pairs: arc `2k` is the k-th added arc, `2k + 1` its residual reverse.
    private var arcs: [Arc] = []
    private var outgoing: [[Int]]
    private var original: [Int] = []

    /// A graph with `nodeCount` nodes numbered 0..<nodeCount and no arcs.
    init(nodeCount: Int) {
        outgoing = Array(repeating: [], count: nodeCount)
    }

    var nodeCount: Int { outgoing.count }

    /// Adds an arc and returns its id (for `flow(onArc:)`).
    /// - Precondition: `capacity >= 0`, `cost >= 0`.
    @discardableResult
    mutating func addArc(from: Int, to: Int, capacity: Int, cost: Int) -> Int {
        precondition(capacity >= 0 && cost >= 0, "arcs need non-negative capacity and cost")
        let id = arcs.count / 2
        outgoing[from].append(arcs.count)
        arcs.append(Arc(to: to, capacity: capacity, cost: cost))
        outgoing[to].append(arcs.count)
        arcs.append(Arc(to: from, capacity: 0, cost: -cost))
        original.append(capacity)
        return id
    }

    /// The flow on arc `id` after `solve`.
    func flow(onArc id: Int) -> Int { original[id] - arcs[2 * id].capacity }

    /// Sends up to `maxFlow` units from `source` to `sink` at minimum total cost.
    /// - Returns: the flow sent and its total cost (Σ flow × cost over the arcs).
    /// - Complexity: O(F · (E + V) log V) for F augmenting paths (at most the number of
    ///   distinct bottlenecks, bounded by the flow value).
    mutating func solve(source: Int, sink: Int, maxFlow: Int = .max) -> (flow: Int, cost: Int) {
        let n = nodeCount
        var potential = [Int](repeating: 0, count: n)
        var distance = [Int](repeating: .max, count: n)
        var viaArc = [Int](repeating: -1, count: n)
        var flow = 0, cost = 0
        var heap = OracleMinHeap()
        while flow < maxFlow {
            for i in 0..<n { distance[i] = .max; viaArc[i] = -1 }
            distance[source] = 0
            heap.push(0, source)
            while let (d, u) = heap.pop() {
                if d > distance[u] { continue }
                for a in outgoing[u] where arcs[a].capacity > 0 {
                    let v = arcs[a].to
                    let nd = d + arcs[a].cost + potential[u] - potential[v]
                    if nd < distance[v] {
                        distance[v] = nd; viaArc[v] = a
                        heap.push(nd, v)
                    }
                }
            }
            guard distance[sink] != .max else { break }
            for i in 0..<n where distance[i] != .max { potential[i] += distance[i] }
            var push = maxFlow - flow
            var v = sink
            while v != source {
                let a = viaArc[v]
                push = min(push, arcs[a].capacity)
                v = arcs[a ^ 1].to
            }
            v = sink
            while v != source {
                let a = viaArc[v]
                arcs[a].capacity -= push
                arcs[a ^ 1].capacity += push
                cost += push * arcs[a].cost
                v = arcs[a ^ 1].to
            }
            flow += push
        }
        return (flow, cost)
    }
}

/// A binary min-heap of (key, node) pairs, ties broken by node for determinism.
struct OracleMinHeap: Sendable {
    private var items: [(key: Int, node: Int)] = []

    mutating func push(_ key: Int, _ node: Int) {
        items.append((key, node))
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            guard less(items[i], items[p]) else { break }
            items.swapAt(i, p); i = p
        }
    }

    mutating func pop() -> (Int, Int)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count, less(items[l], items[m]) { m = l }
                if r < items.count, less(items[r], items[m]) { m = r }
                if m == i { break }
                items.swapAt(i, m); i = m
            }
        }
        return (top.key, top.node)
    }

    private func less(_ a: (key: Int, node: Int), _ b: (key: Int, node: Int)) -> Bool {
        (a.key, a.node) < (b.key, b.node)
    }
}

extension TransportationProblem {
    /// The optimum by successive shortest paths (the former `solve()`): the same graph,
    /// source → supplies → demands → sink plus penalised spill arcs.
    func solveBySuccessiveShortestPaths() -> TransportationSolution {
        let s = supplies.count, d = capacities.count
        let source = s + d, sink = s + d + 1
        var graph = SuccessiveShortestPaths(nodeCount: s + d + 2)
        for (i, units) in supplies.enumerated() { graph.addArc(from: source, to: i, capacity: max(0, units), cost: 0) }
        for (j, room) in capacities.enumerated() { graph.addArc(from: s + j, to: sink, capacity: max(0, room), cost: 0) }
        let arcIDs = arcs.map { graph.addArc(from: $0.supply, to: s + $0.demand, capacity: .max / 4, cost: $0.cost) }
        let penalty = unassignedPenalty
        let spillIDs = supplies.indices.map { graph.addArc(from: $0, to: sink, capacity: .max / 4, cost: penalty) }
        _ = graph.solve(source: source, sink: sink)
        let flows = arcIDs.map { graph.flow(onArc: $0) }
        let objective = zip(flows, arcs).reduce(0) { $0 + $1.0 * $1.1.cost }
        return TransportationSolution(arcFlows: flows, unassigned: spillIDs.map { graph.flow(onArc: $0) }, objective: objective)
    }
}
