import Foundation
import GIS
import Planning
import Simulation

/// The household loop row: one run of the household-level processes over the real
/// synthesized households (shipped geodata, baseline scenario), against an equal-work
/// NumPy peer (bench/peers/household.py) that reads the very same base-year state.
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

/// `benkang-bench household-loop`: synthesizes run seed 1 (not timed) and runs the
/// household processes over it; prints `household-years: N` and `work-seconds: S`
/// (the yearly loop alone). Exit 65 when the geodata or scenario cannot be read.
func householdLoopWorker(_ arguments: [String]) -> Int32 {
    do {
        let world = try HouseholdLoopBench.world(root: packageRoot())
        let run = SimulationRun(world: world, processes: HouseholdLoopBench.processes.map { $0.init(world: world) })
        let (state, random) = run.initialState(runSeed: 1)
        let clock = ContinuousClock()
        let start = clock.now
        let result = run.simulate(from: state, random: random)
        let d = clock.now - start
        print("household-years: \(result.householdYears)")
        print("work-seconds: \(Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)")
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
                     benkang: context.bench(["household-loop"]),
                     peer: context.python("bench/peers/household.py", [folder], name: "NumPy", modules: ["numpy"]),
                     note: "relocation and the site/facility programs left out on both sides",
                     agreeLine: "household-years:")]
}
