/// An exact minimum-cost flow solver on a directed graph with integer node supplies,
/// integer arc capacities and integer arc costs: the primal network simplex method with
/// a spanning tree kept as parent, thread and subtree-size lists and the block-search
/// pivot rule (Király & Kovács, "Efficient implementations of minimum-cost flow
/// algorithms", 2012; the structure of LEMON's `NetworkSimplex`).
///
/// Supplies must balance (Σ supply = 0): a positive supply leaves its node, a negative
/// one arrives there. The start is an artificial root joined to every node by an arc of
/// a cost larger than any simple path (big M); a flow left on one of those at the end
/// means the supplies cannot be met (`.infeasible`).
///
/// Determinism: the result depends only on the nodes, arcs (in the order added) and
/// supplies; among several optima the one reached is fixed by that order.
public struct MinCostFlow: Sendable {
    /// The outcome of `solve`.
    public enum Outcome: Equatable, Sendable {
        /// An optimal flow; `cost` is Σ flow × cost over the arcs added.
        case optimal(cost: Int)
        /// Σ supply ≠ 0, or the capacities cannot carry the supplies to the demands.
        case infeasible
        /// A negative-cost cycle of unbounded capacity (never with non-negative costs).
        case unbounded
    }

    /// Capacity meaning "unbounded".
    public static let unbounded = Int.max

    private var source: [Int32] = []
    private var target: [Int32] = []
    private var capacity: [Int] = []
    private var cost: [Int] = []
    private var flowValues: [Int] = []
    private var supply: [Int]
    private var arcCount = 0

    /// A graph with `nodeCount` nodes numbered 0..<nodeCount, no arcs, zero supplies.
    public init(nodeCount: Int) {
        supply = [Int](repeating: 0, count: nodeCount)
    }

    public var nodeCount: Int { supply.count }

    /// Sets the units leaving `node` (negative: arriving).
    public mutating func setSupply(_ node: Int, _ units: Int) { supply[node] = units }

    /// Adds an arc and returns its id (for `flow(onArc:)`).
    /// - Parameters: `capacity` ≥ 0 (`MinCostFlow.unbounded` for none); `cost` per unit.
    /// - Precondition: `capacity >= 0` and both ends are nodes of the graph.
    @discardableResult
    public mutating func addArc(from: Int, to: Int, capacity: Int, cost: Int) -> Int {
        precondition(capacity >= 0 && from >= 0 && from < nodeCount && to >= 0 && to < nodeCount,
                     "an arc needs non-negative capacity and ends among the nodes")
        source.append(Int32(from)); target.append(Int32(to))
        self.capacity.append(capacity); self.cost.append(cost)
        arcCount += 1
        return arcCount - 1
    }

    /// The flow on arc `id` after `solve` (0 before).
    public func flow(onArc id: Int) -> Int { id < flowValues.count ? flowValues[id] : 0 }

    /// Finds a flow meeting every supply at least total cost.
    /// - Complexity: pivots are not polynomially bounded in theory; in practice a few
    ///   times the node count, each O(√arcs) to O(arcs) for the search plus the tree
    ///   path lengths.
    public mutating func solve() -> Outcome {
        var simplex = NetworkSimplexState(nodeCount: nodeCount, source: source, target: target,
                                          capacity: capacity, cost: cost, supply: supply)
        let outcome = simplex.run()
        flowValues = Array(simplex.flow[0..<arcCount])
        if outcome == .optimal {
            var total = 0
            for e in 0..<arcCount { total += flowValues[e] * cost[e] }
            return .optimal(cost: total)
        }
        return outcome == .infeasible ? .infeasible : .unbounded
    }
}

/// The working arrays of one network simplex run (nodes 0..<n, the root n; arcs
/// 0..<m, then one artificial arc per node).
struct NetworkSimplexState {
    enum Result { case optimal, infeasible, unbounded }

    static let stateUpper: Int8 = -1, stateTree: Int8 = 0, stateLower: Int8 = 1
    static let up = 1, down = -1

    let n: Int, m: Int, root: Int
    // Arc ends as 32-bit and states as 8-bit numbers: the pivot search streams over
    // every arc, so fewer bytes per arc is what makes it fast.
    var source: [Int32], target: [Int32], cap: [Int], cost: [Int]
    var flow: [Int], state: [Int8]
    var pi: [Int], parent: [Int], pred: [Int], thread: [Int], revThread: [Int]
    var succNum: [Int], lastSucc: [Int], predDir: [Int]
    var dirtyRevs: [Int] = []
    // The current pivot.
    var inArc = 0, join = 0, uIn = 0, vIn = 0, uOut = 0, vOut = 0, delta = 0
    var blockSize: Int, nextArc = 0
    let feasibleSupply: Bool
    let supply: [Int]

    init(nodeCount: Int, source s: [Int32], target t: [Int32], capacity: [Int], cost c: [Int], supply: [Int]) {
        n = nodeCount; m = s.count; root = n
        self.supply = supply
        let all = m + n
        source = s + [Int32](repeating: 0, count: n)
        target = t + [Int32](repeating: 0, count: n)
        cap = capacity + [Int](repeating: Int.max, count: n)
        cost = c + [Int](repeating: 0, count: n)
        flow = [Int](repeating: 0, count: all)
        state = [Int8](repeating: Self.stateLower, count: all)
        pi = [Int](repeating: 0, count: n + 1)
        parent = [Int](repeating: -1, count: n + 1)
        pred = [Int](repeating: -1, count: n + 1)
        thread = [Int](repeating: 0, count: n + 1)
        revThread = [Int](repeating: 0, count: n + 1)
        succNum = [Int](repeating: 1, count: n + 1)
        lastSucc = [Int](repeating: 0, count: n + 1)
        predDir = [Int](repeating: Self.up, count: n + 1)
        // Blocks of ¼√arcs (LEMON uses √arcs): on the relocation-like 2,000 × 200
        // transportation problems a quarter was about 20 % faster, with the same optimum.
        blockSize = max(10, Int(Double(m).squareRoot() / 4))
        feasibleSupply = supply.reduce(0, &+) == 0
        // Big M: more than the cost of any simple path of original arcs.
        let maxCost = c.reduce(0) { max($0, abs($1)) }
        let artificial = (maxCost + 1).multipliedReportingOverflow(by: n + 1)
        let big = artificial.overflow ? Int.max / 4 : min(artificial.partialValue, Int.max / 4)
        // The root and the initial tree: every node hangs from the root by its artificial arc.
        thread[root] = n == 0 ? root : 0
        revThread[0] = root
        succNum[root] = n + 1
        lastSucc[root] = n == 0 ? root : n - 1
        for u in 0..<n {
            let e = m + u
            parent[u] = root
            pred[u] = e
            thread[u] = u + 1
            revThread[u + 1] = u
            succNum[u] = 1
            lastSucc[u] = u
            state[e] = Self.stateTree
            if supply[u] >= 0 {
                predDir[u] = Self.up
                pi[u] = 0
                source[e] = Int32(u); target[e] = Int32(root)
                flow[e] = supply[u]
                cost[e] = 0
            } else {
                predDir[u] = Self.down
                pi[u] = big
                source[e] = Int32(root); target[e] = Int32(u)
                flow[e] = -supply[u]
                cost[e] = big
            }
        }
        if n > 0 { thread[n - 1] = root }
    }

    mutating func run() -> Result {
        guard feasibleSupply else { return .infeasible }
        // Initial pivots (as LEMON's heuristic, from the supply side): each supply node's
        // cheapest outgoing arc, in node order, enters when it prices out.
        var cheapest = [Int](repeating: -1, count: n)
        for e in 0..<m {
            let u = Int(source[e])
            if supply[u] > 0, cheapest[u] < 0 || cost[e] < cost[cheapest[u]] { cheapest[u] = e }
        }
        for e in cheapest where e >= 0 {
            guard Int(state[e]) * (cost[e] + pi[Int(source[e])] - pi[Int(target[e])]) < 0 else { continue }
            inArc = e
            if pivot() == false { return .unbounded }
        }
        while findEnteringArc() {
            if pivot() == false { return .unbounded }
        }
        for e in m..<(m + n) where flow[e] != 0 { return .infeasible }
        return .optimal
    }

    /// One pivot on `inArc`; false when the cycle is unbounded.
    mutating func pivot() -> Bool {
        findJoinNode()
        let change = findLeavingArc()
        if delta == Int.max { return false }
        changeFlow(change)
        if change {
            updateTreeStructure()
            updatePotential()
        }
        return true
    }

    /// Block search: scans the arcs cyclically in blocks of `blockSize` and takes the
    /// most violating arc of the first block holding one.
    mutating func findEnteringArc() -> Bool {
        guard m > 0 else { return false }
        var minimum = 0
        var count = blockSize
        var found = -1
        let start = nextArc
        var stopAt = -1
        state.withUnsafeBufferPointer { st in
            cost.withUnsafeBufferPointer { co in
                pi.withUnsafeBufferPointer { p in
                    source.withUnsafeBufferPointer { so in
                        target.withUnsafeBufferPointer { ta in
                            var e = start
                            for _ in 0..<m {
                                let c = Int(st[e]) &* (co[e] &+ p[Int(so[e])] &- p[Int(ta[e])])
                                if c < minimum { minimum = c; found = e }
                                e += 1
                                if e == m { e = 0 }
                                count -= 1
                                if count == 0 {
                                    if minimum < 0 { stopAt = e; return }
                                    count = blockSize
                                }
                            }
                            stopAt = start
                        }
                    }
                }
            }
        }
        guard minimum < 0 else { return false }
        inArc = found
        nextArc = stopAt
        return true
    }

    mutating func findJoinNode() {
        var u = Int(source[inArc]), v = Int(target[inArc])
        while u != v {
            if succNum[u] < succNum[v] { u = parent[u] } else { v = parent[v] }
        }
        join = u
    }

    /// The cycle's bottleneck; false when the entering arc itself is (it only flips bound).
    mutating func findLeavingArc() -> Bool {
        let first: Int, second: Int
        if state[inArc] == Self.stateLower { first = Int(source[inArc]); second = Int(target[inArc]) }
        else { first = Int(target[inArc]); second = Int(source[inArc]) }
        delta = cap[inArc]
        var result = 0
        var u = first
        while u != join {
            let e = pred[u]
            var d = flow[e]
            if predDir[u] == Self.down { d = cap[e] == Int.max ? Int.max : cap[e] - d }
            if d < delta { delta = d; uOut = u; result = 1 }
            u = parent[u]
        }
        u = second
        while u != join {
            let e = pred[u]
            var d = flow[e]
            if predDir[u] == Self.up { d = cap[e] == Int.max ? Int.max : cap[e] - d }
            if d <= delta { delta = d; uOut = u; result = 2 }
            u = parent[u]
        }
        if result == 1 { uIn = first; vIn = second } else { uIn = second; vIn = first }
        return result != 0
    }

    mutating func changeFlow(_ change: Bool) {
        if delta > 0 {
            let val = Int(state[inArc]) * delta
            flow[inArc] += val
            var u = Int(source[inArc])
            while u != join { flow[pred[u]] -= predDir[u] * val; u = parent[u] }
            u = Int(target[inArc])
            while u != join { flow[pred[u]] += predDir[u] * val; u = parent[u] }
        }
        if change {
            state[inArc] = Self.stateTree
            state[pred[uOut]] = flow[pred[uOut]] == 0 ? Self.stateLower : Self.stateUpper
        } else {
            state[inArc] = -state[inArc]
        }
    }

    mutating func updateTreeStructure() {
        let oldRevThread = revThread[uOut]
        let oldSuccNum = succNum[uOut]
        let oldLastSucc = lastSucc[uOut]
        vOut = parent[uOut]

        if uIn == uOut {
            parent[uIn] = vIn
            pred[uIn] = inArc
            predDir[uIn] = uIn == Int(source[inArc]) ? Self.up : Self.down
            if thread[vIn] != uOut {
                var after = thread[oldLastSucc]
                thread[oldRevThread] = after
                revThread[after] = oldRevThread
                after = thread[vIn]
                thread[vIn] = uOut
                revThread[uOut] = vIn
                thread[oldLastSucc] = after
                revThread[after] = oldLastSucc
            }
        } else {
            let threadContinue = oldRevThread == vIn ? thread[oldLastSucc] : thread[vIn]
            var stem = uIn
            var parStem = vIn
            var last = lastSucc[uIn]
            var after = thread[last]
            thread[vIn] = uIn
            dirtyRevs.removeAll(keepingCapacity: true)
            dirtyRevs.append(vIn)
            while stem != uOut {
                let nextStem = parent[stem]
                thread[last] = nextStem
                dirtyRevs.append(last)
                let before = revThread[stem]
                thread[before] = after
                revThread[after] = before
                parent[stem] = parStem
                parStem = stem
                stem = nextStem
                last = lastSucc[stem] == lastSucc[parStem] ? revThread[parStem] : lastSucc[stem]
                after = thread[last]
            }
            parent[uOut] = parStem
            thread[last] = threadContinue
            revThread[threadContinue] = last
            lastSucc[uOut] = last
            if oldRevThread != vIn {
                thread[oldRevThread] = after
                revThread[after] = oldRevThread
            }
            for u in dirtyRevs { revThread[thread[u]] = u }
            var tmpSc = 0
            let tmpLs = lastSucc[uOut]
            var u = uOut
            while u != uIn {
                let p = parent[u]
                pred[u] = pred[p]
                predDir[u] = -predDir[p]
                tmpSc += succNum[u] - succNum[p]
                succNum[u] = tmpSc
                lastSucc[p] = tmpLs
                u = p
            }
            pred[uIn] = inArc
            predDir[uIn] = uIn == Int(source[inArc]) ? Self.up : Self.down
            succNum[uIn] = oldSuccNum
        }

        let upLimitOut = lastSucc[join] == vIn ? join : -1
        let lastSuccOut = lastSucc[uOut]
        var u = vIn
        while u != -1 && lastSucc[u] == vIn { lastSucc[u] = lastSuccOut; u = parent[u] }
        if join != oldRevThread && vIn != oldRevThread {
            u = vOut
            while u != upLimitOut && lastSucc[u] == oldLastSucc { lastSucc[u] = oldRevThread; u = parent[u] }
        } else if lastSuccOut != oldLastSucc {
            u = vOut
            while u != upLimitOut && lastSucc[u] == oldLastSucc { lastSucc[u] = lastSuccOut; u = parent[u] }
        }
        u = vIn
        while u != join { succNum[u] += oldSuccNum; u = parent[u] }
        u = vOut
        while u != join { succNum[u] -= oldSuccNum; u = parent[u] }
    }

    /// Shifts the potentials of the subtree that moved so its tree arcs stay at zero
    /// reduced cost.
    mutating func updatePotential() {
        let sigma = pi[vIn] - pi[uIn] - predDir[uIn] * cost[inArc]
        let end = thread[lastSucc[uIn]]
        var u = uIn
        while u != end { pi[u] += sigma; u = thread[u] }
    }
}
