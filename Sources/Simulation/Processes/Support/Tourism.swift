import Planning
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Rural tourism: villages are designated until each year's cumulative target is
/// reached (the listed villages first, then poor villages on the tourism lines and
/// nearest a tourism spot), within the budget. In a designated village a share of
/// households take part (poor first, lowest income first), earning
/// income × (1 + growth)^(years since designation) × (1 + line bonus) × (½ + ½·e^(−d/decay))
/// per person, where d is the distance to the nearest tourism spot. Scenario: `programs.tourism.*`.
public struct Tourism: YearlyProcess {
    public static let name = "tourism"
    let targets: [Int: Int]
    let preferred: [Int]
    let ranked: [Int]
    let villageFactor: [Float]
    let income, growth, participation, cost: Double
    /// Relocated participants keep their tourism income when their site is this close to home (relocation strategy key).
    let keptWithinKilometres: Double
    let world: SimulationWorld

    public init(world: SimulationWorld) {
        let p = world.scenario.parameters.programs.tourism
        targets = p.villagesByYear
        let index = Dictionary(world.villages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        preferred = p.villages.compactMap { index[$0] }
        let decay = p.spotDecayKilometres
        let bonus = p.lineBonusFraction
        let spots = world.sites.indices.filter { world.sites[$0].kind == .tourismSpot }
        let proximity: [Double] = world.villages.indices.map { v in
            let d = spots.map { world.distanceKilometres(village: v, site: $0) }.min() ?? .infinity
            return 0.5 + 0.5 * exp(-d / decay)
        }
        villageFactor = world.villages.indices.map { Float(proximity[$0] * (world.onTourismLine[$0] ? 1 + bonus : 1)) }
        let onLine = world.onTourismLine
        func rankKey(_ v: Int) -> (Int, Double, Int) { (onLine[v] ? 0 : 1, -proximity[v], v) }
        ranked = world.villages.indices.filter { world.villages[$0].isPoorVillage }.sorted { rankKey($0) < rankKey($1) }
        income = p.incomeYuanPerPersonPerYear
        growth = p.visitorGrowthFractionPerYear
        participation = p.participationFraction
        cost = p.costYuanPerVillage
        keptWithinKilometres = world.scenario.parameters.programs.relocation.tourismIncomeKeptWithinKilometres
        self.world = world
    }

    /// - Complexity: O(households of designated villages + villages).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        let target = targets[year] ?? 0
        var designated = state.villages.tourismYear.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        var outOfMoney = false
        for v in preferred + ranked where designated < target && state.villages.tourismYear[v] == 0 {
            guard state.ledger.spend(.tourism, year, cost) else { outOfMoney = true; break }
            state.villages.tourismYear[v] = year
            designated += 1
            enrol(&state, village: v)
        }
        if targets[year] != nil {
            let binding: TargetBinding = designated >= target ? .none : outOfMoney ? .budget : .eligiblePool
            let note = switch binding {
            case .budget: "预算不足：每村 \(Int(cost)) 元，计划 \(target) 个，累计完成 \(designated) 个"
            case .eligiblePool: "可选村不足：计划 \(target) 个，累计完成 \(designated) 个"
            default: ""
            }
            state.targets.record(TargetRecord(program: .tourism, year: year, target: target, achieved: designated,
                                              unit: "villages (cumulative)", binding: binding, note: note))
        }
        for v in state.villages.tourismYear.indices where state.villages.tourismYear[v] > 0 {
            let years = Double(year - state.villages.tourismYear[v])
            let perPerson = Float(income * pow(1 + growth, years)) * villageFactor[v]
            for i in state.households.range(ofVillage: v) where state.households.flags[i].contains(.tourism)
                && (state.households.location[i] < 0 || keptWithinKilometres > 0
                    && world.distanceKilometres(village: v, site: Int(state.households.location[i])) <= keptWithinKilometres) {
                state.households.programYuan[i] += perPerson * Float(state.households.persons[i])
            }
        }
    }

    private func enrol(_ state: inout SimulationState, village v: Int) {
        let range = state.households.range(ofVillage: v)
        let count = Int((participation * Double(range.count)).rounded())
        for i in Self.enrolmentOrder(state.households, range).prefix(count) where state.households.location[i] < 0 {
            state.households.flags[i].insert(.tourism)
        }
    }

    /// The households of a village, poor first, then by income, then by index.
    static func enrolmentOrder(_ t: borrowing HouseholdTable, _ range: Range<Int>) -> [Int] {
        let keys = range.map { (t.flags[$0].contains(.poor) ? 0 : 1, t.netIncomeYuan($0), $0) }
        return keys.sorted { $0 < $1 }.map(\.2)
    }
}
