/// A capacitated transportation problem: supply nodes (villages, with persons to move)
/// send units to demand nodes (sites, with room) along allowed arcs, each unit on an arc
/// costing the arc's integer cost. Units that cannot be placed stay unassigned; an
/// unassigned unit costs `unassignedPenalty`, chosen above the cost of placing every
/// unit, so that the optimum places as many units as the capacities allow, and among
/// those placements has the least cost.
public struct TransportationProblem: Sendable {
    /// One allowed pairing of a supply node and a demand node.
    public struct Arc: Hashable, Sendable {
        public var supply: Int
        public var demand: Int
        /// Cost per unit sent (non-negative).
        public var cost: Int
        public init(supply: Int, demand: Int, cost: Int) { self.supply = supply; self.demand = demand; self.cost = cost }
    }

    public var supplies: [Int]
    public var capacities: [Int]
    public var arcs: [Arc]

    public init(supplies: [Int], capacities: [Int], arcs: [Arc]) {
        self.supplies = supplies; self.capacities = capacities; self.arcs = arcs
    }

    /// A penalty per unassigned unit larger than the cost of any placement of all units
    /// ((max arc cost + 1) × (total supply + 1)): one more unit placed always pays.
    public var unassignedPenalty: Int {
        ((arcs.map(\.cost).max() ?? 0) + 1) * (supplies.reduce(0) { $0 + max(0, $1) } + 1)
    }
}

/// The optimum of a `TransportationProblem`.
public struct TransportationSolution: Hashable, Sendable {
    /// Units sent on each arc, in the problem's arc order.
    public var arcFlows: [Int]
    /// Units of each supply node left unassigned.
    public var unassigned: [Int]
    /// Σ flow × cost over the arcs (the stated objective, without the penalty).
    public var objective: Int

    public var assignedUnits: Int { arcFlows.reduce(0, +) }
}

extension TransportationProblem {
    /// Solves the problem exactly as a min-cost flow (source → supplies → demands → sink,
    /// plus a penalised supply → sink arc for units left unassigned).
    /// - Returns: an optimal solution: the most units placed, and at least cost among those.
    /// - Complexity: O(P · (A + S + D) log(S + D)) for P augmenting paths, A arcs,
    ///   S supply and D demand nodes; P ≤ A + S + D in practice for these bipartite graphs.
    public func solve() -> TransportationSolution {
        let s = supplies.count, d = capacities.count
        let source = s + d, sink = s + d + 1
        var graph = MinCostFlow(nodeCount: s + d + 2)
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
