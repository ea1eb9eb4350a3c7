import GIS
import Planning

/// For each village, the nearest site of one kind within a reach, and that distance.
struct FacilityReach: Sendable {
    /// Index into the world's sites, or nil when none is within reach.
    let nearest: [Int?]

    init(world: SimulationWorld, kind: SiteKind, reachKilometres: Double, villageAllowed: (Village) -> Bool) {
        let facilities = world.sites.indices.filter { world.sites[$0].kind == kind }
        nearest = world.villages.indices.map { v in
            guard villageAllowed(world.villages[v]) else { return nil }
            var best: (Int, Double)?
            for s in facilities {
                let d = world.distanceKilometres(village: v, site: s)
                if d <= reachKilometres, best == nil || d < best!.1 { best = (s, d) }
            }
            return best?.0
        }
    }
}

/// Recruits poor households with labour, living at home in villages within reach of a
/// facility, lowest income first (targeted poor villages first, see `PoorVillageTargeting`), while the facility's yearly intake and the budget last.
/// Each candidate joins with the take-up probability, drawn from its village's stream:
/// one draw for every household of a village within reach, whether it qualifies or not,
/// so a household moving away (or joining) does not shift the others' draws.
struct Recruitment {
    static func recruit(_ state: inout SimulationState, year: Int, random: inout RandomStreams, reach: FacilityReach,
                        flag: HouseholdFlags, takeUp: Double, intakePerFacility: Int, program: Program,
                        costPerHousehold: Double, targeting: PoorVillageTargeting,
                        joined: (inout SimulationState, Int) -> Void) {
        let shift = targeting.shifts(state)
        var candidates: [UInt64] = []
        for v in reach.nearest.indices where reach.nearest[v] != nil {
            for i in state.households.range(ofVillage: v) {
                let u = random.village[v].nextUnit()
                let f = state.households.flags[i]
                guard f.contains(.poor), !f.contains(flag), state.households.location[i] < 0,
                      state.households.labourers[i] > 0 else { continue }
                guard u < takeUp else { continue }
                candidates.append(PriorityOrder.pack(state.households.netIncomeYuan(i) / Float(state.households.persons[i]) + shift[v], i))
            }
        }
        PriorityOrder.sort(&candidates)
        var intake: [Int: Int] = [:]
        for word in candidates {
            let i = PriorityOrder.index(word)
            let facility = reach.nearest[Int(state.households.village[i])]!
            guard intake[facility, default: 0] < intakePerFacility else { continue }
            guard state.ledger.spend(program, year, costPerHousehold) else { break }
            intake[facility, default: 0] += 1
            state.households.flags[i].insert(flag)
            joined(&state, i)
        }
    }
}
