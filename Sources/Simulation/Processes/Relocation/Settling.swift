import Planning

/// Settling at the site (稳得住): every year each household living at a site fails to
/// settle with `SettlingParameters.failureProbability` (lower when a member is
/// employed, when its old land earns income, when a member was trained), drawn with a
/// fixed number per (run, year, household). A failure moves the household back to its
/// home village with `move_back_fraction` (a second fixed draw): it leaves the site
/// (occupancy), lives at home again (`movedBack`, never eligible again), farms its land
/// again (its farm income at the move), loses its site posts and training gain, and
/// returns to unsafe housing when its homestead was reclaimed. Otherwise it stays and
/// falls back (返贫): it loses `fall_back_income_loss_fraction` of its wage and farm
/// income. Persons are conserved: a household is always in exactly one place.
/// Scenario: `programs.relocation.settling.*`.
public struct Settling: YearlyProcess {
    public static let name = "settling"
    let p: SettlingParameters

    public init(world: SimulationWorld) {
        p = world.scenario.parameters.programs.relocation.settling
    }

    /// - Complexity: O(households).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        guard p.failureProbabilityPerYear > 0 else { return }
        var log = state.settlement[year] ?? SettlementYear()
        let keep = Float(1 - p.fallBackIncomeLossFraction)
        for i in 0..<state.households.count where state.households.location[i] >= 0 {
            let f = state.households.flags[i]
            let probability = p.failureProbability(employed: !f.isDisjoint(with: .employed), landIncome: f.contains(.landIncome),
                                                    trained: f.contains(.trained))
            guard random.unit(.settling, year: year, household: i) < probability else { continue }
            let persons = Int(state.households.persons[i])
            // A second draw from the same key, told apart by a year no run simulates.
            if random.unit(.settling, year: -year, household: i) < p.moveBackFraction {
                state.siteOccupancyPersons[Int(state.households.location[i])] -= persons
                state.households.location[i] = -1
                state.households.farmYuan[i] = state.households.homeFarmYuan[i]
                var g = f
                g.subtract([.relocated, .workshopPost, .siteWelfarePost, .trained, .landIncome])
                g.insert(.movedBack)
                if g.contains(.homesteadReclaimed) { g.insert(.unsafeHousing) }
                state.households.flags[i] = g
                log.movedBack.add(persons: persons)
            } else {
                state.households.wagesYuan[i] *= keep
                state.households.farmYuan[i] *= keep
                log.fellBack.add(persons: persons)
            }
        }
        state.settlement[year] = log
    }
}
