import Planning

/// A relocation strategy from the scenario (`programs.relocation.*`): who moves
/// (`StrategyEligibility`), where to (`DestinationCatalog`), how households are placed
/// (nearest, own township first, or an exact optimized assignment), and when (priority
/// order within each year's budget, phasing limit and site capacities).
public struct RelocationStrategy: Sendable {
    public enum Method: String, Sendable {
        case nearest
        case ownTownshipFirst = "own_township_first"
        case optimized
    }

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
    public let priority: String
    public let keepVillagesTogether: Bool
    /// Optimized assignment: only each village's k nearest allowed sites (0 = all).
    public let kNearestSites: Int
    public let weights: AssignmentWeights
    let maxPersonsByYear: [Int: Double]
    let roadDistance: [Double]

    public init(world: SimulationWorld) {
        let s = world.scenario
        eligibility = StrategyEligibility(world: world)
        destinations = DestinationCatalog(world: world)
        let m = Method(rawValue: s.text("programs.relocation.assignment")) ?? .nearest
        method = m == .nearest && s.bool("programs.relocation.own_township_first") ? .ownTownshipFirst : m
        priority = s.text("programs.relocation.priority")
        keepVillagesTogether = s.bool("programs.relocation.keep_villages_together")
        kNearestSites = s.integer("programs.relocation.k_nearest_sites")
        weights = AssignmentWeights(world: world, destinations: destinations)
        maxPersonsByYear = s.yearly("programs.relocation.max_persons_by_year")
        roadDistance = world.villages.map(\.distanceRoadKilometres)
    }

    /// This year's moves for `state`, within `budgetYuan`, the phasing limit and the
    /// sites' room; every other eligible household is counted with its reason.
    /// - Complexity: O(households + candidates log candidates) plus, per candidate,
    ///   O(sites) (nearest) or one min-cost flow over villages × sites (optimized).
    public func plan(state: SimulationState, year: Int, budgetYuan: Double, world: SimulationWorld) -> RelocationPlan {
        var plan = RelocationPlan()
        let t = state.households
        var candidates: [Candidate] = []
        for i in 0..<t.count {
            switch eligibility.status(i, in: t) {
            case .notEligible: continue
            case .declined:
                plan.eligible.add(persons: Int(t.persons[i])); plan.skip(.declined, persons: Int(t.persons[i]))
            case .candidate(let nonpoor):
                plan.eligible.add(persons: Int(t.persons[i]))
                candidates.append(Candidate(household: i, village: Int(t.village[i]), persons: Int(t.persons[i]), nonpoor: nonpoor))
            }
        }
        sortByPriority(&candidates, table: t)
        var limit = Int(min(maxPersonsByYear[year] ?? 0, 1e15))
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

    /// Orders candidates: the priority rule's key, then poor before 同步搬迁 movers,
    /// then lowest income per person, then table order.
    func sortByPriority(_ candidates: inout [Candidate], table t: HouseholdTable) {
        func key(_ c: Candidate) -> (Double, Int, Float, Int) {
            let income = t.netIncomeYuan(c.household) / Float(c.persons)
            let first: Double = switch priority {
            case "poorest_first": 0
            case "remotest_first": -roadDistance[c.village]
            default: Double(eligibility.zoneRank[c.village] ?? 0)
            }
            return (first, c.nonpoor ? 1 : 0, income, c.household)
        }
        candidates.sort { key($0) < key($1) }
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
