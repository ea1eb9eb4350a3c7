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
    /// Solves the problem exactly as a min-cost flow by the network simplex
    /// (`MinCostFlow`): supply nodes with their units, demand nodes, one sink taking all
    /// units; supply → demand arcs (unbounded, the arc's cost, in the problem's order),
    /// demand → sink arcs (the room, cost 0), and a penalised supply → sink arc per
    /// supply node for units left unassigned.
    /// - Returns: an optimal solution: the most units placed, and at least cost among
    ///   those. Among several optima the one returned depends only on the problem (its
    ///   arcs' order included): the same problem gives the same arc flows on every run.
    /// - Complexity: network simplex pivots over A + S + D arcs; about O(√A) per pivot
    ///   search plus the tree paths, a few times (S + D) pivots in practice.
    public func solve() -> TransportationSolution {
        let s = supplies.count, d = capacities.count
        let sink = s + d
        var graph = MinCostFlow(nodeCount: s + d + 1)
        var total = 0
        for (i, units) in supplies.enumerated() { graph.setSupply(i, max(0, units)); total += max(0, units) }
        graph.setSupply(sink, -total)
        let arcIDs = arcs.map { graph.addArc(from: $0.supply, to: s + $0.demand, capacity: MinCostFlow.unbounded, cost: $0.cost) }
        for (j, room) in capacities.enumerated() { graph.addArc(from: s + j, to: sink, capacity: max(0, room), cost: 0) }
        let penalty = unassignedPenalty
        let spillIDs = supplies.indices.map { graph.addArc(from: $0, to: sink, capacity: MinCostFlow.unbounded, cost: penalty) }
        // Always feasible (every unit may spill) and bounded (non-negative costs).
        _ = graph.solve()
        let flows = arcIDs.map { graph.flow(onArc: $0) }
        let objective = zip(flows, arcs).reduce(0) { $0 + $1.0 * $1.1.cost }
        return TransportationSolution(arcFlows: flows, unassigned: spillIDs.map { graph.flow(onArc: $0) }, objective: objective)
    }
}
