import Foundation
import GIS
import Planning
import Simulation

/// The household loop row: one run of the household-level processes over the real
/// synthesized households (shipped geodata, baseline scenario), against an equal-work
/// NumPy peer (bench/peers/household.py). The row synthesizes run seed 1's households
/// once (before timing) and writes them to a state folder; both processes read that
/// folder, so neither side's whole-process time holds the synthesis. Benkang also
/// reads the scenario and geodata (its processes are built from the world); the peer
/// reads the same parameters from params.json.
///
/// Processes run (both sides, in this order, every year 2016–2020): income growth,
/// illness, disasters, price shocks, minimum income, medical assistance, then the
/// household and village exit tally. Left out (both sides): relocation, breeding,
/// orchards, jobs, cooperatives, tourism, work teams, housing, infrastructure (the
/// programs that choose among sites, facilities and teams).
enum HouseholdLoopBench {
    static let processes: [any YearlyProcess.Type] = [IncomeGrowth.self, IllnessShock.self, DisasterShock.self,
                                                       PriceShock.self, MinimumIncome.self, MedicalAssistance.self]

    static func world(root: String) throws -> SimulationWorld {
        let scenario = root + "/scenarios/baseline.yaml"
        let text = try String(contentsOfFile: scenario, encoding: .utf8)
        let dir = (scenario as NSString).deletingLastPathComponent
        let decoded = try ScenarioDecoder { name, _ in
            (try String(contentsOfFile: dir + "/" + name, encoding: .utf8), name)
        }.decode(text: text, file: scenario)
        return try SimulationWorld(region: try Region.load(geodataDirectory: root + "/geodata"), scenario: decoded)
    }

    /// Writes the base-year state of run seed 1 to `folder` for the peer: raw
    /// little-endian columns persons.i32, labourers.i32, farm.f32, wages.f32,
    /// remittances.f32, transfers.f32, flags.u32 (HouseholdFlags bits), village_start.i64
    /// (villages + 1 offsets), exposed.u8 (disaster zone per village), poor_village.u8,
    /// and params.json (the parameters the processes read, by year).
    static func writeState(world: SimulationWorld, to folder: String) throws {
        let run = SimulationRun(world: world, processes: processes.map { $0.init(world: world) })
        let (state, _) = run.initialState(runSeed: 1)
        let t = state.households
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        func write<T>(_ column: [T], _ name: String) throws {
            try column.withUnsafeBytes { try Data($0).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        }
        try write(t.persons, "persons.i32"); try write(t.labourers, "labourers.i32")
        try write(t.farmYuan, "farm.f32"); try write(t.wagesYuan, "wages.f32")
        try write(t.remittancesYuan, "remittances.f32"); try write(t.transfersYuan, "transfers.f32")
        try write(t.flags.map(\.rawValue), "flags.u32"); try write(t.villageStart.map(Int64.init), "village_start.i64")
        let struck = world.region.zoneSet(where: \.disasters)
        try write(world.villages.map { $0.zones.intersects(struck) ? UInt8(1) : 0 }, "exposed.u8")
        try write(world.villages.map { $0.isPoorVillage ? UInt8(1) : 0 }, "poor_village.u8")
        let p = world.scenario.parameters
        let years = Array(world.years)
        func byYear(_ d: [Int: Double]) -> [Double] { years.map { d[$0] ?? 0 } }
        let params: [String: Any] = [
            "years": years,
            "income_growth_by_source": IncomeSource.allCases.map { p.incomeGrowth.bySourceFractionPerYear[$0] ?? 0 },
            "income_growth_household_sd": p.incomeGrowth.householdSDFraction,
            "illness_onset": p.shocks.illness.onsetProbabilityPerYear,
            "illness_recovery": p.shocks.illness.recoveryProbabilityPerYear,
            "illness_cost": p.shocks.illness.costYuanPerHouseholdPerYear,
            "disaster_probability": p.shocks.disasters.probabilityPerYear,
            "disaster_farm_loss": p.shocks.disasters.farmIncomeLossFraction,
            "disaster_housing_damage": p.shocks.disasters.housingDamageFraction,
            "minimum_income_standard": byYear(p.programs.minimumIncome.standardYuanPerPersonByYear),
            "minimum_income_budget": byYear(p.programs.minimumIncome.budgetYuanByYear),
            "medical_reimbursed": p.programs.medicalAssistance.reimbursedFraction,
            "medical_budget": byYear(p.programs.medicalAssistance.budgetYuanByYear),
            "poverty_line": years.map { world.scenario.povertyLine($0) },
            "exit_margin": p.exitRules.householdIncomeMarginFraction,
            "exit_requires_safe_housing": p.exitRules.requireSafeHousing,
            "exit_requires_medical_cover": p.exitRules.requireMedicalCover,
            "minimum_income_also_ill": p.programs.minimumIncome.alsoIllHouseholds,
            "village_exit_incidence": world.exitThresholds.villageIncidenceBelow,
        ]
        try JSONSerialization.data(withJSONObject: params, options: [.sortedKeys]).write(to: URL(fileURLWithPath: folder + "/params.json"))
    }
}

extension HouseholdLoopBench {
    /// The base-year households of `folder` (as `writeState` wrote them, the very columns
    /// the NumPy peer reads); the other columns as synthesis leaves them (no program
    /// income, no illness cost, at home, no orchard).
    /// - Throws: when a file is missing or its length does not match the households.
    static func readState(_ folder: String, villages: Int) throws -> HouseholdTable {
        func read<T>(_ name: String, _: T.Type) throws -> [T] {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            guard data.count % MemoryLayout<T>.stride == 0 else { throw StateError(file: name) }
            return data.withUnsafeBytes { Array($0.bindMemory(to: T.self)) }
        }
        var t = HouseholdTable()
        t.villageStart = try read("village_start.i64", Int64.self).map(Int.init)
        let n = t.villageStart.last ?? 0
        guard t.villageStart.count == villages + 1 else { throw StateError(file: "village_start.i64") }
        t.persons = try read("persons.i32", Int32.self); t.labourers = try read("labourers.i32", Int32.self)
        t.farmYuan = try read("farm.f32", Float.self); t.wagesYuan = try read("wages.f32", Float.self)
        t.remittancesYuan = try read("remittances.f32", Float.self); t.transfersYuan = try read("transfers.f32", Float.self)
        t.flags = try read("flags.u32", UInt32.self).map { HouseholdFlags(rawValue: $0) }
        for (name, count) in [("persons.i32", t.persons.count), ("labourers.i32", t.labourers.count), ("farm.f32", t.farmYuan.count),
                              ("wages.f32", t.wagesYuan.count), ("remittances.f32", t.remittancesYuan.count),
                              ("transfers.f32", t.transfersYuan.count), ("flags.u32", t.flags.count)] where count != n {
            throw StateError(file: name)
        }
        t.village = (0..<villages).flatMap { v in repeatElement(Int32(v), count: t.villageStart[v + 1] - t.villageStart[v]) }
        t.programYuan = Array(repeating: 0, count: n); t.illnessCostYuan = Array(repeating: 0, count: n)
        t.location = Array(repeating: -1, count: n); t.orchardYear = Array(repeating: 0, count: n)
        t.movedYear = Array(repeating: 0, count: n); t.homeFarmYuan = Array(repeating: 0, count: n)
        return t
    }

    struct StateError: Error, CustomStringConvertible {
        var file: String
        var description: String { "household state: \(file) is missing or does not match the other columns" }
    }
}

/// `benkang-bench household-loop [STATE]`: the household processes over run seed 1's
/// households; with STATE (the folder the row writes for the peer) they are read from
/// its columns, as the peer reads them, else synthesized (not timed). Prints
/// `household-years: N`, `work-seconds: S` (the yearly loop alone) and, for the note,
/// `world-seconds: S` (scenario, geodata and the processes) and `state-seconds: S`
/// (reading or synthesizing the households). Exit 65 when an input cannot be read.
func householdLoopWorker(_ arguments: [String]) -> Int32 {
    func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
    do {
        let clock = ContinuousClock()
        let begin = clock.now
        let world = try HouseholdLoopBench.world(root: packageRoot())
        let run = SimulationRun(world: world, processes: HouseholdLoopBench.processes.map { $0.init(world: world) })
        let loaded = clock.now
        let (state, random) = try arguments.first.map {
            run.initialState(households: try HouseholdLoopBench.readState($0, villages: world.villages.count), runSeed: 1)
        } ?? run.initialState(runSeed: 1)
        let start = clock.now
        let result = run.simulate(from: state, random: random)
        let d = clock.now - start
        print("household-years: \(result.householdYears)")
        print("work-seconds: \(seconds(d))")
        print("world-seconds: \(seconds(loaded - begin))")
        print("state-seconds: \(seconds(start - loaded))")
        return 0
    } catch {
        FileHandle.standardError.write(Data("benkang-bench: \(error)\n".utf8))
        return 65
    }
}

/// The household loop row (group "household").
@Sendable func householdBenchRows(_ context: BenchContext) -> [BenchRow] {
    let folder = context.scratch + "/household-state"
    do { try HouseholdLoopBench.writeState(world: try HouseholdLoopBench.world(root: context.root), to: folder) }
    catch { FileHandle.standardError.write(Data("bench: household state: \(error)\n".utf8)); return [] }
    return [BenchRow(work: "household loop (income, illness, disasters, prices, minimum income, medical aid, exit tally), 5 years",
                     benkang: context.bench(["household-loop", folder]),
                     peer: context.python("bench/peers/household.py", [folder], name: "NumPy", modules: ["numpy"]),
                     note: "both read the same base-year households (no synthesis); relocation and the site/facility programs left out on both sides",
                     agreeLine: "household-years:")]
}
