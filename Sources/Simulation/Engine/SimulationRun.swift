import Planning

/// One run of the model: synthesize the households, then run every year's processes
/// and the exit rules, collecting the results.
public struct SimulationRun: Sendable {
    public let world: SimulationWorld
    let processes: [any YearlyProcess]
    let exitRules: ExitRules
    let synthesis: HouseholdSynthesis
    /// For each simulated village, true when relocation may draw from it (its stayers are the comparison group).
    let qualifyingVillage: [Bool]
    /// When true, `checkInvariants()` runs after every year (tests and `--check`).
    public var checkInvariants = false

    /// A run of `processes`, in this order, each prepared once from `world`; the same
    /// `SimulationRun` may run many seeds, from many threads. `SimulationRun(world:)`
    /// (Sources/Simulation/Registry) makes the processes the scenario lists.
    public init(world: SimulationWorld, processes: [any YearlyProcess]) {
        self.world = world
        self.processes = processes
        exitRules = ExitRules(world: world)
        synthesis = HouseholdSynthesis(scenario: world.scenario, baseYear: world.baseYear)
        qualifyingVillage = StrategyEligibility(world: world).zoneRank.map { $0 != nil }
    }

    /// The synthesized base-year state of a run and its random streams.
    /// - Complexity: O(households).
    public func initialState(runSeed: UInt64) -> (SimulationState, RandomStreams) {
        var random = RandomStreams(runSeed: runSeed, villages: world.villages.count)
        var state = SimulationState(world: world)
        state.runSeed = runSeed
        state.households.reserve(world.householdCount)
        for (v, village) in world.villages.enumerated() {
            synthesis.synthesize(village: village, index: v, into: &state.households, random: &random.village[v])
            state.households.villageStart.append(state.households.count)
        }
        return (state, random)
    }

    /// A base-year state holding `households` (made elsewhere, e.g. read back from the
    /// columns a benchmark wrote, instead of synthesized), with the random streams of
    /// `runSeed` not yet drawn from.
    /// - Precondition: `households` belongs to this world: its `villageStart` has one entry per simulated village plus one.
    public func initialState(households: HouseholdTable, runSeed: UInt64) -> (SimulationState, RandomStreams) {
        precondition(households.villageStart.count == world.villages.count + 1, "initialState: households of another world")
        var state = SimulationState(world: world)
        state.runSeed = runSeed
        state.households = households
        return (state, RandomStreams(runSeed: runSeed, villages: world.villages.count))
    }

    /// Runs the base year (tally only) through the end year from `runSeed`.
    /// - Complexity: O(households × years) plus the programs' candidate sorts.
    public func run(runSeed: UInt64) -> RunResult {
        let (state, random) = initialState(runSeed: runSeed)
        return simulate(from: state, random: random)
    }

    /// Runs the base year (tally only) through the end year from a synthesized state.
    /// - Complexity: O(households × years) plus the programs' candidate sorts.
    public func simulate(from initial: SimulationState, random initialRandom: RandomStreams) -> RunResult {
        var state = initial, random = initialRandom
        var result = RunResult()
        result.budgetYuan = state.ledger.budgetYuan
        record(&result, &state, year: world.baseYear, base: true)
        for year in world.years {
            beginYear(&state)
            for p in processes { p.apply(to: &state, year: year, random: &random) }
            record(&result, &state, year: year, base: false)
            result.householdYears += state.households.count
            if checkInvariants { state.checkInvariants(world: world, result: result) }
        }
        result.spentYuan = state.ledger.spentYuan
        result.relocation = state.relocation.finished(with: state.households)
        result.targets = state.targets
        result.flows = state.flows.keys.sorted().map { k in
            let f = state.flows[k]!
            return Flow(year: k.year, villageID: world.villages[k.village].id, siteID: world.sites[k.site].id,
                        households: f.households, persons: f.persons)
        }
        return result
    }

    /// Clears this year's transient columns and flags.
    func beginYear(_ state: inout SimulationState) {
        let n = state.households.count
        state.households.programYuan.withUnsafeMutableBufferPointer { p in for i in 0..<n { p[i] = 0 } }
        state.households.illnessCostYuan.withUnsafeMutableBufferPointer { p in for i in 0..<n { p[i] = 0 } }
        let clear: HouseholdFlags = [.medicalCover, .minimumIncome]
        state.households.flags.withUnsafeMutableBufferPointer { p in for i in 0..<n { p[i].subtract(clear) } }
        state.orangePriceFactor = 1; state.livestockPriceFactor = 1
    }

    /// The year's settlement log completed with the year-end tallies of the households at
    /// the sites and of the comparable stayers (`SettlementYear`).
    /// - Complexity: O(households).
    func tallySettlement(_ state: SimulationState, year: Int) -> SettlementYear {
        var s = state.settlement[year] ?? SettlementYear()
        let t = state.households
        for i in 0..<t.count {
            let f = t.flags[i], persons = Int(t.persons[i])
            if t.location[i] >= 0 {
                s.relocated.add(persons: persons)
                s.relocatedIncomeYuan += Double(t.netIncomeYuan(i))
                if f.contains(.poor) { s.relocatedPoorPersons += persons }
                if f.contains(.everPoor) {
                    s.relocatedEverPoorPersons += persons
                    s.relocatedEverPoorIncomeYuan += Double(t.netIncomeYuan(i))
                }
                if t.labourers[i] > 0 {
                    s.withLabourHouseholds += 1
                    if !f.isDisjoint(with: .employed) { s.employedWithLabourHouseholds += 1 }
                }
            } else if t.movedYear[i] == 0, f.contains(.everPoor), qualifyingVillage[Int(t.village[i])] {
                s.stayerPersons += persons
                s.stayerIncomeYuan += Double(t.netIncomeYuan(i))
            }
        }
        return s
    }

    func record(_ result: inout RunResult, _ state: inout SimulationState, year: Int, base: Bool) {
        let villages = exitRules.apply(to: &state, year: year, line: world.scenario.povertyLine(year), isBaseYear: base)
        var c = CountyYear(year: year)
        for y in villages {
            c.population += y.persons; c.households += y.households
            c.poorPersons += y.poorPersons; c.poorHouseholds += y.poorHouseholds
            c.liftedOutPersons += y.liftedOutPersons; c.newPoorPersons += y.newPoorPersons
            c.relocatedPersons += y.relocatedPersons; c.incomeYuan += y.incomeYuan
        }
        c.villagesExitedTotal = state.villages.exitYear.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        c.costYuan = state.ledger.totalSpent(year)
        c.povertyLineYuan = world.scenario.povertyLine(year)
        c.townshipsLacking = ExitRules.townshipsLacking(state.townshipFacilities)
        c.meetsCountyExitRule = exitRules.countyMeetsRule(c, townshipFacilities: state.townshipFacilities)
        if !base, result.countyExitYear == nil, c.meetsCountyExitRule {
            result.countyExitYear = year
        }
        result.years.append(year)
        result.county.append(c)
        result.siteOccupancyPersons.append(state.siteOccupancyPersons)
        if !base { result.settlement.append(tallySettlement(state, year: year)) }
        result.villages.append(villages)
    }
}
