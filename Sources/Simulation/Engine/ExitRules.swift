import Planning

/// The exit rules, applied at the end of every year after the processes.
///
/// - Household (一超六有): a poor household exits when its net income per person is at
///   least the year's line × (1 + margin), its house is safe (when required), an ill
///   household has medical assistance (when required), and it has safe water and power
///   (its village's; a relocated household counts as served at its site, which is not
///   checked). A household that is not poor and
///   whose income falls below the line becomes poor again (or newly poor).
/// - Village (一低五有): a poor village exits, for good, when its incidence is below the
///   threshold and it has a road, a clinic, a cultural room, broadband and collective income.
/// - County (一低三有, Sichuan 2016): rural incidence below the threshold, and every
///   township has the facilities the profile lists (central school, health centre,
///   public service centre). No rule asks every poor village to have exited first.
///   The assessment's survey conditions (wrongly exited and missed poor, approval) are
///   not modelled.
///
/// The thresholds are the world's `exitThresholds`: the scenario's what-if overrides
/// when set, else the county profile's.
public struct ExitRules: Sendable {
    let margin: Float
    let requireHousing, requireMedical: Bool
    let villageThreshold, countyThreshold: Double
    let requiredFacilities: [TownshipFacility]
    let poorVillage: [Bool]

    public init(world: SimulationWorld) {
        let p = world.scenario.parameters.exitRules
        margin = Float(p.householdIncomeMarginFraction)
        requireHousing = p.requireSafeHousing
        requireMedical = p.requireMedicalCover
        villageThreshold = world.exitThresholds.villageIncidenceBelow
        countyThreshold = world.exitThresholds.countyIncidenceBelow
        requiredFacilities = world.exitThresholds.countyTownshipFacilities
        poorVillage = world.villages.map(\.isPoorVillage)
    }

    /// Applies the household and village rules for `year` (the base year only tallies)
    /// and returns each village's figures.
    /// - Complexity: O(households).
    public func apply(to state: inout SimulationState, year: Int, line: Double, isBaseYear: Bool) -> [VillageYear] {
        let exitLine = Float(line) * (1 + margin)
        let fallLine = Float(line)
        var out = [VillageYear](repeating: VillageYear(), count: poorVillage.count)
        // Take the flags column out of the table so that writing it never copies it.
        var flagColumn = state.households.flags
        state.households.flags = []
        let t = state.households
        flagColumn.withUnsafeMutableBufferPointer { flags in
        t.persons.withUnsafeBufferPointer { personsColumn in
        t.location.withUnsafeBufferPointer { location in
            for v in poorVillage.indices {
                let infra = state.villages.infrastructure[v]
                let villageServices = infra.water && infra.power
                var y = VillageYear()
                for i in t.range(ofVillage: v) {
                    let persons = Int(personsColumn[i])
                    let net = t.farmYuan[i] + t.wagesYuan[i] + t.remittancesYuan[i] + t.transfersYuan[i] + t.programYuan[i] - t.illnessCostYuan[i]
                    let relocated = location[i] >= 0
                    var f = flags[i]
                    if !isBaseYear {
                        let perPerson = net / Float(persons)
                        if f.contains(.poor) {
                            let housingOK = !requireHousing || !f.contains(.unsafeHousing)
                            let medicalOK = !requireMedical || !f.contains(.ill) || f.contains(.medicalCover)
                            if perPerson >= exitLine && housingOK && medicalOK && (villageServices || relocated) {
                                f.remove(.poor)
                                y.liftedOutPersons += persons
                            }
                        } else if perPerson < fallLine {
                            f.formUnion([.poor, .everPoor])
                            y.newPoorPersons += persons
                        }
                        flags[i] = f
                    }
                    y.households += 1
                    y.persons += persons
                    y.incomeYuan += Double(net)
                    if f.contains(.poor) { y.poorHouseholds += 1; y.poorPersons += persons }
                    if relocated {
                        y.relocatedPersons += persons
                        if f.contains(.poor) { y.relocatedPoorPersons += persons }
                    }
                }
                out[v] = y
            }
        }}}
        state.households.flags = flagColumn
        for v in poorVillage.indices {
            if !isBaseYear, poorVillage[v], state.villages.exitYear[v] == 0,
               out[v].incidence < villageThreshold, state.villages.hasExitInfrastructure(v) {
                state.villages.exitYear[v] = year
            }
            out[v].exited = state.villages.exitYear[v] > 0
        }
        return out
    }

    /// Townships lacking each facility, in `TownshipFacility.allCases` order.
    public static func townshipsLacking(_ facilities: [Set<TownshipFacility>]) -> [Int] {
        TownshipFacility.allCases.map { f in facilities.reduce(0) { $0 + ($1.contains(f) ? 0 : 1) } }
    }

    /// True when the county meets its exit rule with these year-end figures: rural
    /// incidence below the threshold and every required facility in every township.
    /// Poor villages still to exit do not prevent it.
    public func countyMeetsRule(_ county: CountyYear, townshipFacilities: [Set<TownshipFacility>]) -> Bool {
        county.incidence < countyThreshold
            && townshipFacilities.allSatisfy { has in requiredFacilities.allSatisfy(has.contains) }
    }
}
