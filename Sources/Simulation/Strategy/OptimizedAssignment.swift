/// The `optimized` assignment: this year's candidates (as many, in priority order, as the
/// budget covers at their cheapest destination) of each village form one supply
/// node (their persons), the allowed destinations with room form the demand nodes, and
/// the transportation problem minimizing `AssignmentWeights` is solved exactly as a
/// min-cost flow (placing as many persons as the room allows, at least cost). Whole
/// households are then placed along the optimal flows in priority order; a household
/// that no longer fits its village's flows goes to its cheapest destination with room.
/// With `keep_villages_together`, a village's candidates all go to one destination:
/// the one carrying most of its optimal flow that has room for all of them.
struct OptimizedAssignment {
    let strategy: RelocationStrategy

    /// - Complexity: one min-cost flow over (villages with candidates) × (allowed sites),
    ///   sparsified to each village's `k_nearest_sites` when set; then O(candidates × sites).
    func assign(_ all: [RelocationStrategy.Candidate], room: inout [Int], budget: inout Double,
                into plan: inout RelocationPlan) {
        let dest = strategy.destinations, costs = strategy.weights.costPerPerson
        // The year's budget first: candidates in priority order while it covers them at
        // their village's cheapest destination with room (a lower bound of their cost),
        // so that the flow optimizes the placement of those who can actually move.
        var cheapest: [Int: Double] = [:]
        var estimate = budget
        var candidates: [RelocationStrategy.Candidate] = []
        for c in all {
            if cheapest[c.village] == nil {
                cheapest[c.village] = dest.sites.indices.filter { dest.allows(village: c.village, site: $0) && room[$0] > 0 }
                    .map { dest.costYuanPerPerson[$0] }.min() ?? 0
            }
            let cost = cheapest[c.village]! * Double(c.persons)
            if cost <= estimate + 1e-6 { estimate -= cost; candidates.append(c) } else { plan.skip(.budget, persons: c.persons) }
        }
        var villages: [Int] = []
        var node: [Int: Int] = [:]
        var supply: [Int] = []
        for c in candidates {
            if node[c.village] == nil { node[c.village] = villages.count; villages.append(c.village); supply.append(0) }
            supply[node[c.village]!] += c.persons
        }
        var arcs: [TransportationProblem.Arc] = []
        for (n, v) in villages.enumerated() {
            var allowed = dest.sites.indices.filter { dest.allows(village: v, site: $0) && room[$0] > 0 }
            if strategy.kNearestSites > 0 && allowed.count > strategy.kNearestSites {
                allowed = allowed.sorted { (dest.distanceKilometres[v][$0], $0) < (dest.distanceKilometres[v][$1], $1) }
                allowed = Array(allowed.prefix(strategy.kNearestSites)).sorted()
            }
            for k in allowed { arcs.append(.init(supply: n, demand: k, cost: costs[v][k])) }
        }
        let solution = TransportationProblem(supplies: supply, capacities: room, arcs: arcs).solve()
        plan.flowObjective += solution.objective
        var flow = [[Int]](repeating: [Int](repeating: 0, count: dest.sites.count), count: villages.count)
        for (a, f) in zip(arcs, solution.arcFlows) { flow[a.supply][a.demand] += f }

        if strategy.keepVillagesTogether {
            var target: [Int: Result<Int, UnassignedFailure>] = [:]
            var unreserved = room  // room left after the villages already given a site
            for c in candidates {
                let n = node[c.village]!
                if target[n] == nil {
                    let choice = together(village: c.village, persons: supply[n], flow: flow[n], room: unreserved)
                    if case .success(let k) = choice { unreserved[k] -= supply[n] }
                    target[n] = choice
                }
                let choice = target[n]!
                if case .success(let k) = choice, room[k] < c.persons { plan.skip(.capacity, persons: c.persons); continue }
                strategy.place(c, choice: choice, room: &room, budget: &budget, into: &plan)
            }
            return
        }
        for c in candidates {
            let n = node[c.village]!
            var choice: Int?
            for k in dest.sites.indices where flow[n][k] >= c.persons && room[k] >= c.persons {
                if choice == nil || (costs[c.village][k], k) < (costs[c.village][choice!], choice!) { choice = k }
            }
            if choice == nil {
                for k in dest.sites.indices where dest.allows(village: c.village, site: k) && room[k] >= c.persons {
                    if choice == nil || (costs[c.village][k], k) < (costs[c.village][choice!], choice!) { choice = k }
                }
            }
            if let k = choice {
                flow[n][k] = max(0, flow[n][k] - c.persons)
                strategy.place(c, choice: .success(k), room: &room, budget: &budget, into: &plan)
            } else {
                let anyAllowed = dest.sites.indices.contains { dest.allows(village: c.village, site: $0) }
                plan.skip(anyAllowed ? .capacity : .noSite, persons: c.persons)
            }
        }
    }

    /// The destination for a whole village's `persons`: most optimal flow first, then
    /// cheapest, among those with room for everyone.
    private func together(village v: Int, persons: Int, flow: [Int], room: [Int]) -> Result<Int, UnassignedFailure> {
        let dest = strategy.destinations, costs = strategy.weights.costPerPerson[v]
        let allowed = dest.sites.indices.filter { dest.allows(village: v, site: $0) }
        guard !allowed.isEmpty else { return .failure(UnassignedFailure(reason: .noSite)) }
        let fits = allowed.filter { room[$0] >= persons }
            .sorted { (-flow[$0], costs[$0], $0) < (-flow[$1], costs[$1], $1) }
        return fits.first.map { .success($0) } ?? .failure(UnassignedFailure(reason: .capacity))
    }
}
