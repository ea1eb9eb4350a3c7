import Foundation
import GIS
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
    /// income, no illness cost, at home, no orchard). Each file is read with one
    /// `read(2)` straight into its column (no intermediate buffer, nothing per row), as
    /// NumPy's `fromfile` does.
    /// - Parameter villages: the world's villages (nil: not checked here; the caller
    ///   checks `villageStart.count` against its world).
    /// - Throws: when a file is missing or its length does not match the households.
    static func readState(_ folder: String, villages: Int?) throws -> HouseholdTable {
        var t = HouseholdTable()
        t.villageStart = try column("village_start.i64", Int64.self, folder).map(Int.init)
        let n = t.villageStart.last ?? 0
        if let villages, t.villageStart.count != villages + 1 { throw StateError(file: "village_start.i64") }
        guard t.villageStart.first == 0, zip(t.villageStart, t.villageStart.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            throw StateError(file: "village_start.i64")
        }
        func read<T: BitwiseCopyable>(_ name: String, _: T.Type) throws -> [T] {
            let c = try column(name, T.self, folder)
            guard c.count == n else { throw StateError(file: name) }
            return c
        }
        t.persons = try read("persons.i32", Int32.self); t.labourers = try read("labourers.i32", Int32.self)
        t.farmYuan = try read("farm.f32", Float.self); t.wagesYuan = try read("wages.f32", Float.self)
        t.remittancesYuan = try read("remittances.f32", Float.self); t.transfersYuan = try read("transfers.f32", Float.self)
        t.flags = try read("flags.u32", UInt32.self).map(HouseholdFlags.init(rawValue:))
        let villageCount = t.villageStart.count - 1
        t.village = Array(unsafeUninitializedCapacity: n) { buffer, count in
            for v in 0..<villageCount {
                for i in t.villageStart[v]..<t.villageStart[v + 1] { buffer[i] = Int32(v) }
            }
            count = n
        }
        t.programYuan = Array(repeating: 0, count: n); t.illnessCostYuan = Array(repeating: 0, count: n)
        t.location = Array(repeating: -1, count: n); t.orchardYear = Array(repeating: 0, count: n)
        t.movedYear = Array(repeating: 0, count: n); t.homeFarmYuan = Array(repeating: 0, count: n)
        return t
    }

    /// The file `folder/name` as a column of `T` (little-endian, as this machine stores
    /// it), read whole into the array's own storage.
    /// - Throws: `StateError` when it cannot be opened or read, or its length is not a
    ///   whole number of `T`.
    static func column<T: BitwiseCopyable>(_ name: String, _: T.Type, _ folder: String) throws -> [T] {
        let fd = open(folder + "/" + name, O_RDONLY)
        guard fd >= 0 else { throw StateError(file: name) }
        defer { close(fd) }
        let size = lseek(fd, 0, SEEK_END)
        guard size >= 0, lseek(fd, 0, SEEK_SET) == 0, Int(size) % MemoryLayout<T>.stride == 0 else { throw StateError(file: name) }
        let bytes = Int(size), count = bytes / MemoryLayout<T>.stride
        var complete = true
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            var done = 0
            while done < bytes {
                let r = read(fd, raw.baseAddress! + done, bytes - done)
                if r < 0 && errno == EINTR { continue }
                guard r > 0 else { complete = false; break }
                done += r
            }
            // Only whole, read elements count as initialized (T is plain bits).
            initialized = complete ? count : 0
        }
        guard complete else { throw StateError(file: name) }
        return values
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
        // The households' columns are read on another thread while the world is built.
        let households = arguments.first.map { folder in
            ParallelBackground { try HouseholdLoopBench.readState(folder, villages: nil) }
        }
        let world = try HouseholdLoopBench.world(root: packageRoot())
        let run = SimulationRun(world: world, processes: HouseholdLoopBench.processes.map { $0.init(world: world) })
        let loaded = clock.now
        let (state, random) = try households.map { pending in
            let table = try pending.value()
            guard table.villageStart.count == world.villages.count + 1 else { throw HouseholdLoopBench.StateError(file: "village_start.i64") }
            return run.initialState(households: table, runSeed: 1)
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

/// `benkang-bench write-household-state FOLDER`: writes the state folder the household
/// row writes (run seed 1's base-year households, `HouseholdLoopBench.writeState`), so
/// either side can be run and profiled by hand. Exit 65 when the geodata or scenario
/// cannot be read, 73 when the folder cannot be written.
func writeHouseholdStateWorker(_ arguments: [String]) -> Int32 {
    guard arguments.count == 1 else { usage("write-household-state FOLDER") }
    let world: SimulationWorld
    do { world = try HouseholdLoopBench.world(root: packageRoot()) } catch {
        FileHandle.standardError.write(Data("benkang-bench: \(error)\n".utf8))
        return 65
    }
    do { try HouseholdLoopBench.writeState(world: world, to: arguments[0]) } catch {
        FileHandle.standardError.write(Data("benkang-bench: cannot write \(arguments[0])\n".utf8))
        return 73
    }
    return 0
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

/// A value made on a global queue while the caller goes on; ``value()`` waits for it
/// and throws what the work threw.
final class ParallelBackground<T: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    // Written by the worker before `leave()`, read only after `wait()`.
    private var result: Result<T, any Error>?

    init(_ work: @escaping @Sendable () throws -> T) {
        group.enter()
        DispatchQueue.global().async {
            self.result = Result { try work() }
            self.group.leave()
        }
    }

    func value() throws -> T {
        group.wait()
        return try result!.get()
    }
}
