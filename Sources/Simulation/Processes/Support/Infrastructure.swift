import Planning

/// Village infrastructure for 一低五有: poor villages not yet exited get their missing
/// items within the budget, the villages with the lowest incidence first. Safe water
/// and power come first everywhere (a household cannot exit without them); then the
/// township facilities of county exit (一低三有: central school, health centre, public
/// service centre) that townships lack, the townships with the most registered poor
/// persons first (ties by code), each facility at its `township_facility_cost_yuan`;
/// then road, broadband, clinic, cultural room and collective income village by village.
/// Scenario: `programs.infrastructure.*`.
public struct Infrastructure: YearlyProcess {
    public static let name = "infrastructure"
    let costs: [Double]
    let poorVillage: [Bool]
    let collectiveReturn: Double
    let facilityCosts: [Double]
    /// For each simulated village, the index of its township in the region.
    let villageTownship: [Int]
    let townshipCodes: [String]

    public init(world: SimulationWorld) {
        let p = world.scenario.parameters.programs.infrastructure
        costs = VillageItem.allCases.map { p.costYuan[$0] ?? 0 }
        poorVillage = world.villages.map(\.isPoorVillage)
        collectiveReturn = p.collectiveIncomeReturnFraction
        facilityCosts = TownshipFacility.allCases.map { p.townshipFacilityCostYuan[$0] ?? 0 }
        villageTownship = world.villages.map { world.region.townshipIndex[$0.townshipCode] ?? -1 }
        townshipCodes = world.region.townships.map(\.code)
    }

    /// - Complexity: O(households + villages log villages).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        var order: [(incidence: Double, v: Int)] = []
        for v in poorVillage.indices where poorVillage[v] && state.villages.exitYear[v] == 0 {
            var poor = 0, persons = 0
            for i in state.households.range(ofVillage: v) {
                let p = Int(state.households.persons[i])
                persons += p
                if state.households.flags[i].contains(.poor) { poor += p }
            }
            order.append((persons > 0 ? Double(poor) / Double(persons) : 0, v))
        }
        order.sort { ($0.incidence, $0.v) < ($1.incidence, $1.v) }
        let household: [VillageItem] = [.water, .power]
        let village = VillageItem.allCases.filter { !household.contains($0) }
        for (pass, items) in [household, village].enumerated() {
            if pass == 1 { buildTownshipFacilities(&state, year) }
            for (_, v) in order {
                for item in items where !has(item, state, v) {
                    let k = VillageItem.allCases.firstIndex(of: item)!
                    // Skip what this year's budget cannot pay for; a cheaper item may still fit.
                    guard state.ledger.spend(.infrastructure, year, costs[k]) else { continue }
                    build(item, &state, v)
                }
            }
        }
    }

    /// Builds the missing township facilities within the budget, the townships with the
    /// most registered poor persons (in their 村) first, ties by code.
    func buildTownshipFacilities(_ state: inout SimulationState, _ year: Int) {
        let lacking = state.townshipFacilities.indices.filter { state.townshipFacilities[$0].count < TownshipFacility.allCases.count }
        guard !lacking.isEmpty else { return }
        var poor = [Int](repeating: 0, count: state.townshipFacilities.count)
        for v in villageTownship.indices where villageTownship[v] >= 0 {
            for i in state.households.range(ofVillage: v) where state.households.flags[i].contains(.poor) {
                poor[villageTownship[v]] += Int(state.households.persons[i])
            }
        }
        let order = lacking.sorted { (-poor[$0], townshipCodes[$0]) < (-poor[$1], townshipCodes[$1]) }
        for t in order {
            for (k, facility) in TownshipFacility.allCases.enumerated() where !state.townshipFacilities[t].contains(facility) {
                // Skip what this year's budget cannot pay for; a cheaper facility may still fit.
                guard state.ledger.spend(.infrastructure, year, facilityCosts[k]) else { continue }
                state.townshipFacilities[t].insert(facility)
            }
        }
    }

    func has(_ item: VillageItem, _ s: SimulationState, _ v: Int) -> Bool {
        let i = s.villages.infrastructure[v]
        switch item {
        case .road: return i.road
        case .water: return i.water
        case .power: return i.power
        case .broadband: return i.broadband
        case .clinic: return i.clinic
        case .cultureRoom: return i.cultureRoom
        case .collectiveIncome: return s.villages.collectiveIncomeYuan[v] > 0
        }
    }

    func build(_ item: VillageItem, _ s: inout SimulationState, _ v: Int) {
        switch item {
        case .road: s.villages.infrastructure[v].road = true
        case .water: s.villages.infrastructure[v].water = true
        case .power: s.villages.infrastructure[v].power = true
        case .broadband: s.villages.infrastructure[v].broadband = true
        case .clinic: s.villages.infrastructure[v].clinic = true
        case .cultureRoom: s.villages.infrastructure[v].cultureRoom = true
        case .collectiveIncome: s.villages.collectiveIncomeYuan[v] += costs[VillageItem.allCases.firstIndex(of: .collectiveIncome)!] * collectiveReturn
        }
    }
}
