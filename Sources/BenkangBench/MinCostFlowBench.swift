import Foundation
import GIS
import Simulation

/// The min-cost flow benchmark instance: a relocation-like transportation problem,
/// written to a text file that benkang (`benkang-bench solve-mincostflow FILE`) and the
/// OR-tools peer (bench/peers/mincostflow.py FILE) both read.
///
/// Generator (SplitMix64 from GIS, seed given; every draw is `next() % n`):
/// - `villages` villages and `sites` sites at integer metre positions uniform over a
///   60 km × 60 km square (x then y, villages first, then sites);
/// - village supply: 1 + draw(200) persons;
/// - site room: 1 + draw(2 × ⌈0.8 × total supply / sites⌉), so about 80 % of the
///   persons fit and the rest stay unassigned (the penalised spill arcs matter);
/// - an arc from every village to every site (villages × sites arcs), in village-major
///   order, costing 500 yuan per km of straight-line distance, rounded to the yuan
///   (`(500 × metres + 500) / 1000`), plus draw(30000) for jobs and farmland.
///
/// File format (ASCII, one item per line):
/// line 1 `villages sites arcs`; line 2 the villages' supplies; line 3 the sites' rooms
/// (space-separated integers); then one line per arc, `village site cost`.
/// The problem solved is `TransportationProblem`'s: place as many persons as the rooms
/// allow, at least total cost; the reported optimum is Σ flow × cost (no penalty).
enum MinCostFlowInstance {
    static func generate(villages: Int, sites: Int, seed: UInt64) -> TransportationProblem {
        var rng = SplitMix64(seed: seed)
        func draw(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        let villagePositions = (0..<villages).map { _ in (draw(60_000), draw(60_000)) }
        let sitePositions = (0..<sites).map { _ in (draw(60_000), draw(60_000)) }
        let supplies = (0..<villages).map { _ in 1 + draw(200) }
        let total = supplies.reduce(0, +)
        let mean = (8 * total + 10 * sites - 1) / (10 * sites)
        let rooms = (0..<sites).map { _ in 1 + draw(2 * max(1, mean)) }
        var arcs: [TransportationProblem.Arc] = []
        arcs.reserveCapacity(villages * sites)
        for (i, v) in villagePositions.enumerated() {
            for (j, s) in sitePositions.enumerated() {
                let dx = Double(v.0 - s.0), dy = Double(v.1 - s.1)
                let metres = Int((dx * dx + dy * dy).squareRoot().rounded())
                arcs.append(.init(supply: i, demand: j, cost: (500 * metres + 500) / 1000 + draw(30_000)))
            }
        }
        return TransportationProblem(supplies: supplies, capacities: rooms, arcs: arcs)
    }

    static func text(_ p: TransportationProblem) -> String {
        var s = "\(p.supplies.count) \(p.capacities.count) \(p.arcs.count)\n"
        s += p.supplies.map(String.init).joined(separator: " ") + "\n"
        s += p.capacities.map(String.init).joined(separator: " ") + "\n"
        s.reserveCapacity(s.utf8.count + p.arcs.count * 16)
        for a in p.arcs { s += "\(a.supply) \(a.demand) \(a.cost)\n" }
        return s
    }

    /// Reads the file format above.
    /// - Throws: `BenchInputError` naming the line when a number is missing or malformed.
    static func read(_ path: String) throws -> TransportationProblem {
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchInputError("\(path): cannot read") }
        var numbers: [Int] = []
        numbers.reserveCapacity(data.count / 4)
        var value = 0, inNumber = false
        for byte in data {
            if byte >= 48 && byte <= 57 { value = value * 10 + Int(byte - 48); inNumber = true }
            else { if inNumber { numbers.append(value) }; value = 0; inNumber = false }
        }
        if inNumber { numbers.append(value) }
        guard numbers.count >= 3 else { throw BenchInputError("\(path):1: expected `villages sites arcs`") }
        let v = numbers[0], s = numbers[1], a = numbers[2]
        guard numbers.count == 3 + v + s + 3 * a else {
            throw BenchInputError("\(path): expected \(3 + v + s + 3 * a) numbers for \(v) villages, \(s) sites, \(a) arcs; found \(numbers.count)")
        }
        var arcs: [TransportationProblem.Arc] = []
        arcs.reserveCapacity(a)
        var k = 3 + v + s
        for line in 0..<a {
            let i = numbers[k], j = numbers[k + 1]
            guard i < v, j < s else { throw BenchInputError("\(path):\(line + 4): arc \(i) \(j) outside \(v) villages × \(s) sites") }
            arcs.append(.init(supply: i, demand: j, cost: numbers[k + 2]))
            k += 3
        }
        return TransportationProblem(supplies: Array(numbers[3..<(3 + v)]), capacities: Array(numbers[(3 + v)..<(3 + v + s)]), arcs: arcs)
    }
}

struct BenchInputError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// `benkang-bench solve-mincostflow FILE`: reads the instance, solves it, prints
/// `optimum: COST placed: UNITS` and `work-seconds: S` (building and solving, without
/// reading the file). Exit 0, or 65 with a message for a bad file, 64 for usage.
func solveMinCostFlowWorker(_ arguments: [String]) -> Int32 {
    guard arguments.count == 1 else { usage("solve-mincostflow needs one FILE") }
    do {
        let problem = try MinCostFlowInstance.read(arguments[0])
        let clock = ContinuousClock()
        let start = clock.now
        let solution = problem.solve()
        let d = clock.now - start
        print("optimum: \(solution.objective) placed: \(solution.assignedUnits)")
        print("work-seconds: \(Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)")
        return 0
    } catch {
        FileHandle.standardError.write(Data("benkang-bench: \(error)\n".utf8))
        return 65
    }
}

/// Rows: min-cost flow 500 × 60 and 2,000 × 200 (seeds 500 and 2000) against OR-tools'
/// SimpleMinCostFlow on the same file; both sides must print the same optimum line.
@Sendable func minCostFlowBenchRows(_ context: BenchContext) -> [BenchRow] {
    let sizes = context.quick ? [(100, 20)] : [(500, 60), (2_000, 200)]
    return sizes.compactMap { v, s in
        let file = context.scratch + "/mincostflow-\(v)x\(s).txt"
        let problem = MinCostFlowInstance.generate(villages: v, sites: s, seed: UInt64(v))
        do { try PairedTiming.write(MinCostFlowInstance.text(problem), to: file) } catch { return nil }
        return BenchRow(work: "min-cost flow, \(v) villages × \(s) sites (\(problem.arcs.count) arcs)",
                        benkang: context.bench(["solve-mincostflow", file]),
                        peer: context.python("bench/peers/mincostflow.py", [file], name: "OR-tools SimpleMinCostFlow",
                                             modules: ["ortools", "numpy"]),
                        agreeLine: "optimum:")
    }
}
