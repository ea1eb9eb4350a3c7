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
        let r = g.solve(source: 0, sink: 3, maxFlow: 3)
        #expect(r.flow == 3)
        #expect(r.cost == 2 * 3 + 10)
        #expect(g.flow(onArc: direct) == 1)
    }
}
