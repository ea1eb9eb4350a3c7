import GIS
import Testing
@testable import Simulation

@Suite struct MinCostFlowTests {
    /// The least cost of placing the most units, by enumerating every way to split each
    /// supply over its arcs and "unassigned".
    static func bruteForce(_ p: TransportationProblem) -> (placed: Int, cost: Int) {
        var best: (placed: Int, cost: Int) = (-1, 0)
        var used = [Int](repeating: 0, count: p.capacities.count)
        let arcsBySupply = p.supplies.indices.map { i in p.arcs.filter { $0.supply == i } }
        func split(_ i: Int, _ arc: Int, _ left: Int, _ placed: Int, _ cost: Int) {
            if i == p.supplies.count {
                if placed > best.placed || (placed == best.placed && cost < best.cost) { best = (placed, cost) }
                return
            }
            let arcs = arcsBySupply[i]
            if arc == arcs.count { split(i + 1, 0, i + 1 < p.supplies.count ? p.supplies[i + 1] : 0, placed, cost); return }
            let a = arcs[arc]
            for units in 0...left where used[a.demand] + units <= p.capacities[a.demand] {
                used[a.demand] += units
                split(i, arc + 1, left - units, placed + units, cost + units * a.cost)
                used[a.demand] -= units
            }
        }
        split(0, 0, p.supplies.first ?? 0, 0, 0)
        return best
    }

    static func randomProblem(_ rng: inout SplitMix64, supplies: Int, demands: Int) -> TransportationProblem {
        func int(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        var arcs: [TransportationProblem.Arc] = []
        for i in 0..<supplies { for j in 0..<demands where int(4) != 0 { arcs.append(.init(supply: i, demand: j, cost: int(20))) } }
        return TransportationProblem(supplies: (0..<supplies).map { _ in int(4) }, capacities: (0..<demands).map { _ in int(5) }, arcs: arcs)
    }

    @Test func theOptimizerMatchesBruteForceOnSmallInstances() {
        var rng = SplitMix64(seed: 5)
        for _ in 0..<150 {
            let p = Self.randomProblem(&rng, supplies: 1 + Int(rng.next() % 3), demands: 1 + Int(rng.next() % 3))
            let s = p.solve()
            let brute = Self.bruteForce(p)
            #expect(s.assignedUnits == brute.placed)
            #expect(s.objective == brute.cost, "problem \(p)")
        }
    }

    @Test func capacitiesAreNeverExceededAndUnitsAreConserved() {
        var rng = SplitMix64(seed: 11)
        for _ in 0..<200 {
            let p = Self.randomProblem(&rng, supplies: 1 + Int(rng.next() % 12), demands: 1 + Int(rng.next() % 8))
            let s = p.solve()
            var load = [Int](repeating: 0, count: p.capacities.count)
            var sent = [Int](repeating: 0, count: p.supplies.count)
            for (a, f) in zip(p.arcs, s.arcFlows) { #expect(f >= 0); load[a.demand] += f; sent[a.supply] += f }
            for j in load.indices { #expect(load[j] <= p.capacities[j]) }
            for i in sent.indices { #expect(sent[i] + s.unassigned[i] == p.supplies[i]) }
        }
    }

    @Test func aUnitIsPlacedEvenWhenItsOnlySiteIsExpensive() {
        let p = TransportationProblem(supplies: [2, 1], capacities: [2, 1],
                                      arcs: [.init(supply: 0, demand: 0, cost: 1), .init(supply: 0, demand: 1, cost: 1),
                                             .init(supply: 1, demand: 1, cost: 1000)])
        let s = p.solve()
        #expect(s.assignedUnits == 3)
        #expect(s.objective == 1002)
    }

    @Test func theGraphSolverFindsTheCheapestPathFirst() {
        var g = MinCostFlow(nodeCount: 4)
        let direct = g.addArc(from: 0, to: 3, capacity: 1, cost: 10)
        g.addArc(from: 0, to: 1, capacity: 2, cost: 1)
        g.addArc(from: 1, to: 2, capacity: 2, cost: 1)
        g.addArc(from: 2, to: 3, capacity: 2, cost: 1)
        g.setSupply(0, 3); g.setSupply(3, -3)
        #expect(g.solve() == .optimal(cost: 2 * 3 + 10))
        #expect(g.flow(onArc: direct) == 1)
    }

    /// The network simplex against the former successive-shortest-path optimizer on
    /// random transportation problems of many shapes (small costs: many tied optima).
    @Test func theOptimumEqualsSuccessiveShortestPaths() {
        var rng = SplitMix64(seed: 2026)
        for round in 0..<300 {
            let p = Self.randomProblem(&rng, supplies: 1 + Int(rng.next() % 40), demands: 1 + Int(rng.next() % 15))
            let s = p.solve(), oracle = p.solveBySuccessiveShortestPaths()
            #expect(s.assignedUnits == oracle.assignedUnits, "round \(round)")
            #expect(s.objective == oracle.objective, "round \(round)")
        }
    }

    /// Larger supplies and costs (as the relocation problems have: persons, yuan).
    @Test func theOptimumEqualsSuccessiveShortestPathsOnRelocationSizedNumbers() {
        var rng = SplitMix64(seed: 77)
        func int(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        for round in 0..<20 {
            let villages = 20 + int(60), sites = 3 + int(12)
            var arcs: [TransportationProblem.Arc] = []
            for i in 0..<villages { for j in 0..<sites where int(3) != 0 { arcs.append(.init(supply: i, demand: j, cost: 1_000 + int(60_000))) } }
            let p = TransportationProblem(supplies: (0..<villages).map { _ in int(300) },
                                          capacities: (0..<sites).map { _ in int(1_500) }, arcs: arcs)
            let s = p.solve(), oracle = p.solveBySuccessiveShortestPaths()
            #expect(s.assignedUnits == oracle.assignedUnits, "round \(round)")
            #expect(s.objective == oracle.objective, "round \(round)")
        }
    }

    /// General graphs (paths through several arcs, capacities on every arc): the cost
    /// of sending the oracle's maximum flow from node 0 to the last node.
    @Test func generalGraphsMatchSuccessiveShortestPaths() {
        var rng = SplitMix64(seed: 9)
        func int(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        for round in 0..<200 {
            let n = 2 + int(12)
            var simplex = MinCostFlow(nodeCount: n), oracle = SuccessiveShortestPaths(nodeCount: n)
            for _ in 0..<int(4 * n) {
                let u = int(n), v = int(n)
                guard u != v else { continue }
                let c = int(6), k = int(25)
                simplex.addArc(from: u, to: v, capacity: c, cost: k)
                oracle.addArc(from: u, to: v, capacity: c, cost: k)
            }
            let best = oracle.solve(source: 0, sink: n - 1)
            simplex.setSupply(0, best.flow); simplex.setSupply(n - 1, -best.flow)
            #expect(simplex.solve() == .optimal(cost: best.cost), "round \(round)")
        }
    }

    @Test func suppliesThatCannotBeMetAreInfeasible() {
        var unbalanced = MinCostFlow(nodeCount: 2)
        unbalanced.addArc(from: 0, to: 1, capacity: 5, cost: 1)
        unbalanced.setSupply(0, 3); unbalanced.setSupply(1, -2)
        #expect(unbalanced.solve() == .infeasible)
        var tooNarrow = MinCostFlow(nodeCount: 3)
        tooNarrow.addArc(from: 0, to: 1, capacity: 2, cost: 1)
        tooNarrow.addArc(from: 1, to: 2, capacity: 1, cost: 1)
        tooNarrow.setSupply(0, 2); tooNarrow.setSupply(2, -2)
        #expect(tooNarrow.solve() == .infeasible)
        var noArc = MinCostFlow(nodeCount: 2)
        noArc.setSupply(0, 1); noArc.setSupply(1, -1)
        #expect(noArc.solve() == .infeasible)
    }

    @Test func aNegativeCycleOfUnboundedCapacityIsUnbounded() {
        var g = MinCostFlow(nodeCount: 2)
        g.addArc(from: 0, to: 1, capacity: MinCostFlow.unbounded, cost: -1)
        g.addArc(from: 1, to: 0, capacity: MinCostFlow.unbounded, cost: 0)
        #expect(g.solve() == .unbounded)
    }

    @Test func degenerateProblemsHaveTheObviousOptimum() {
        // Nothing to place, no room, no arcs, no nodes.
        #expect(TransportationProblem(supplies: [0, 0], capacities: [3], arcs: [.init(supply: 0, demand: 0, cost: 4)]).solve()
                == TransportationSolution(arcFlows: [0], unassigned: [0, 0], objective: 0))
        #expect(TransportationProblem(supplies: [2], capacities: [0], arcs: [.init(supply: 0, demand: 0, cost: 4)]).solve()
                == TransportationSolution(arcFlows: [0], unassigned: [2], objective: 0))
        #expect(TransportationProblem(supplies: [2, 1], capacities: [5], arcs: []).solve()
                == TransportationSolution(arcFlows: [], unassigned: [2, 1], objective: 0))
        #expect(TransportationProblem(supplies: [], capacities: [], arcs: []).solve()
                == TransportationSolution(arcFlows: [], unassigned: [], objective: 0))
        var empty = MinCostFlow(nodeCount: 0)
        #expect(empty.solve() == .optimal(cost: 0))
        // Every arc costs the same: any placement of all units is optimal.
        let tied = TransportationProblem(supplies: [3, 3], capacities: [2, 2, 2],
                                         arcs: (0..<2).flatMap { i in (0..<3).map { TransportationProblem.Arc(supply: i, demand: $0, cost: 7) } })
        let s = tied.solve()
        #expect(s.assignedUnits == 6 && s.objective == 42)
        // A negative supply counts as none.
        #expect(TransportationProblem(supplies: [-4, 1], capacities: [1], arcs: [.init(supply: 1, demand: 0, cost: 2)]).solve()
                == TransportationSolution(arcFlows: [1], unassigned: [0, 0], objective: 2))
    }

    /// The same problem gives the same arc flows, byte for byte, every time it is solved
    /// (the assignment built from them is then the same).
    @Test func theSolutionIsDeterministic() {
        var rng = SplitMix64(seed: 31)
        for _ in 0..<20 {
            let p = Self.randomProblem(&rng, supplies: 30, demands: 10)
            let first = p.solve()
            for _ in 0..<3 { #expect(p.solve() == first) }
        }
    }
}
