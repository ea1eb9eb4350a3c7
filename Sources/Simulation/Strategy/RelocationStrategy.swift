import Planning

/// A relocation strategy from the scenario (`programs.relocation.*`): who moves
/// (`StrategyEligibility`), where to (`DestinationCatalog`), how households are placed
/// (nearest, own township first, or an exact optimized assignment), and when (priority
/// order within each year's budget, phasing limit and site capacities).
public struct RelocationStrategy: Sendable {
    /// The assignment method (`own_township_first: true` turns `nearest` into `ownTownshipFirst`).
    public typealias Method = RelocationParameters.Assignment

    /// One household considered this year.
    struct Candidate {
        var household: Int
        var village: Int
        var persons: Int
        var nonpoor: Bool
    }

    public let eligibility: StrategyEligibility
    public let destinations: DestinationCatalog
    public let method: Method
    /// Who moves first within a year's budget.
    public let priority: RelocationParameters.Priority
    public let keepVillagesTogether: Bool
    /// Optimized assignment: only each village's k nearest allowed sites (0 = all).
    public let kNearestSites: Int
    public let weights: AssignmentWeights
    let maxPersonsByYear: [Int: Double]
    let roadDistance: [Double]

    public init(world: SimulationWorld) {
        let p = world.scenario.parameters.programs.relocation
        eligibility = StrategyEligibility(world: world)
        destinations = DestinationCatalog(world: world)
        method = p.assignment == .nearest && p.ownTownshipFirst ? .ownTownshipFirst : p.assignment
        priority = p.priority
        keepVillagesTogether = p.keepVillagesTogether
        kNearestSites = p.kNearestSites
        weights = AssignmentWeights(world: world, destinations: destinations)
        maxPersonsByYear = p.maxPersonsByYear
        roadDistance = world.villages.map(\.distanceRoadKilometres)
    }

    /// This year's moves for `state`, within `budgetYuan`, the phasing limit and the
    /// sites' room; every other eligible household is counted with its reason.
    ///
    /// The household columns are read through buffer pointers of the borrowed state
    /// (no copy of the table, so the caller's later writes never copy a column), and
    /// only the households of qualifying villages are visited.
    /// - Complexity: O(households of qualifying villages + candidates log candidates)
    ///   plus, per candidate, O(sites) (nearest) or one min-cost flow over villages × sites (optimized).
    public func plan(state: borrowing SimulationState, year: Int, budgetYuan: Double, world: SimulationWorld) -> RelocationPlan {
        var plan = RelocationPlan()
        var candidates: [Candidate] = []
        var keys: [PriorityKey] = []
        let starts = state.households.villageStart
        state.households.flags.withUnsafeBufferPointer { flags in
        state.households.location.withUnsafeBufferPointer { location in
        state.households.persons.withUnsafeBufferPointer { persons in
            for v in eligibility.zoneRank.indices where eligibility.zoneRank[v] != nil && v + 1 < starts.count {
                for i in starts[v]..<starts[v + 1] {
                    switch eligibility.status(i, flags: flags[i], location: location[i], village: v, runSeed: state.runSeed) {
                    case .notEligible: continue
                    case .declined:
                        plan.eligible.add(persons: Int(persons[i])); plan.skip(.declined, persons: Int(persons[i]))
                    case .candidate(let nonpoor):
                        plan.eligible.add(persons: Int(persons[i]))
                        candidates.append(Candidate(household: i, village: v, persons: Int(persons[i]), nonpoor: nonpoor))
                    }
                }
            }
        }}}
        keys.reserveCapacity(candidates.count)
        for c in candidates { keys.append(priorityKey(c, income: state.households.netIncomeYuan(c.household))) }
        sortByPriority(&candidates, keys: keys)
        var limit = Int(min(maxPersonsByYear[year] ?? 1e15, 1e15))
        var phased: [Candidate] = []
        for c in candidates {
            if c.persons <= limit { phased.append(c); limit -= c.persons } else { plan.skip(.phasing, persons: c.persons) }
        }
        var room = destinations.sites.indices.map { destinations.room(site: $0, occupancy: state.siteOccupancyPersons, world: world) }
        var budget = budgetYuan
        if method == .optimized {
            OptimizedAssignment(strategy: self).assign(phased, room: &room, budget: &budget, into: &plan)
        } else {
            for c in phased { place(c, choice: nearest(c, room: room), room: &room, budget: &budget, into: &plan) }
        }
        return plan
    }

    /// A candidate's sort key: the priority rule's key, then poor before 同步搬迁 movers,
    /// then lowest income per person, then table order.
    struct PriorityKey: Comparable {
        var first: Double
        var nonpoor: Bool
        var income: Float
        var household: Int
        static func < (a: Self, b: Self) -> Bool {
            (a.first, a.nonpoor ? 1 : 0, a.income, a.household) < (b.first, b.nonpoor ? 1 : 0, b.income, b.household)
        }
    }

    /// The sort key of `c`, whose household's net income is `income` yuan.
    func priorityKey(_ c: Candidate, income: Float) -> PriorityKey {
        let first: Double = switch priority {
        case .poorestFirst: 0
        case .remotestFirst: -roadDistance[c.village]
        case .hazardFirst: Double(eligibility.zoneRank[c.village] ?? 0)
        }
        return PriorityKey(first: first, nonpoor: c.nonpoor, income: income / Float(c.persons), household: c.household)
    }

    /// Orders candidates by their precomputed keys (`keys[n]` belongs to `candidates[n]`).
    /// - Complexity: O(candidates log candidates), no string comparison or table read per comparison.
    func sortByPriority(_ candidates: inout [Candidate], keys: [PriorityKey]) {
        var order = Array(candidates.indices)
        keys.withUnsafeBufferPointer { k in order.sort { k[$0] < k[$1] } }
        candidates = order.map { candidates[$0] }
    }

    /// The nearest allowed destination with room (own township first when the method
    /// says so), or the reason there is none.
    func nearest(_ c: Candidate, room: [Int]) -> Result<Int, UnassignedFailure> {
        var best: Int?, bestOwn: Int?, anyAllowed = false
        let d = destinations.distanceKilometres[c.village]
        for k in destinations.sites.indices where destinations.allows(village: c.village, site: k) {
            anyAllowed = true
            guard room[k] >= c.persons else { continue }
            if best == nil || d[k] < d[best!] { best = k }
            if destinations.sameTownship[c.village][k], bestOwn == nil || d[k] < d[bestOwn!] { bestOwn = k }
        }
        let choice = method == .ownTownshipFirst ? (bestOwn ?? best) : best
        if let choice { return .success(choice) }
        return .failure(UnassignedFailure(reason: anyAllowed ? .capacity : .noSite))
    }

    /// Moves `c` to the chosen destination when the budget allows, else records why not.
    func place(_ c: Candidate, choice: Result<Int, UnassignedFailure>, room: inout [Int], budget: inout Double,
               into plan: inout RelocationPlan) {
        switch choice {
        case .failure(let f): plan.skip(f.reason, persons: c.persons)
        case .success(let k):
            let cost = Double(c.persons) * destinations.costYuanPerPerson[k]
            guard cost <= budget + 1e-6 else { plan.skip(.budget, persons: c.persons); return }
            budget -= cost
            room[k] -= c.persons
            plan.moves.append(RelocationMove(household: c.household, site: destinations.sites[k], destination: k,
                                             costYuan: cost, nonpoor: c.nonpoor))
            plan.moved.add(persons: c.persons)
            if c.nonpoor { plan.nonpoorMoved.add(persons: c.persons) }
            plan.objective += weights.costPerPerson[c.village][k] * c.persons
        }
    }
}

/// The reason a candidate found no destination.
struct UnassignedFailure: Error {
    var reason: UnassignedReason
}
