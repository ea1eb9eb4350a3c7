import Foundation
import GIS
@testable import Simulation
import Sharding
import Testing

/// The shard records' binary run result carries every stored figure of a run: a field
/// added to `RunResult` or a type it holds, and left out of `RunResultCodec`, fails here
/// (merged shards would differ from one process's outputs), and damaged bytes give nil,
/// never a trap.
@Suite struct RunResultCodecTests {
    /// Every stored property of each type the codec writes, as `Mirror` lists them.
    static let fields: [String: [String]] = [
        "RunResult": ["years", "county", "villages", "flows", "spentYuan", "budgetYuan", "countyExitYear", "householdYears",
                      "relocation", "targets", "settlement", "siteOccupancyPersons"],
        "CountyYear": ["year", "population", "households", "poorPersons", "poorHouseholds", "liftedOutPersons", "newPoorPersons",
                       "relocatedPersons", "villagesExitedTotal", "incomeYuan", "costYuan", "povertyLineYuan", "townshipsLacking",
                       "meetsCountyExitRule"],
        "Flow": ["year", "villageID", "siteID", "households", "persons"],
        "RelocationLog": ["plans", "relocatedIncomeYuan", "relocatedPersons"],
        "RelocationPlan": ["moves", "eligible", "moved", "nonpoorMoved", "unassigned", "objective", "flowObjective"],
        "RelocationMove": ["household", "site", "destination", "costYuan", "nonpoor"],
        "HouseholdCount": ["households", "persons"],
        "TargetLog": ["records"],
        "TargetRecord": ["program", "year", "target", "achieved", "unit", "binding", "note"],
        "SettlementYear": ["workshopPosts", "siteWelfarePosts", "postCostYuan", "trainedHouseholds", "trainingCostYuan", "movedBack",
                           "fellBack", "demolishedHouseholds", "reclaimedMu", "quotaMu", "quotaSoldMu", "quotaIncomeYuan",
                           "householdContributionYuan", "relocated", "withLabourHouseholds", "employedWithLabourHouseholds",
                           "relocatedIncomeYuan", "relocatedEverPoorPersons", "relocatedEverPoorIncomeYuan", "relocatedPoorPersons",
                           "stayerPersons", "stayerIncomeYuan"],
    ]

    static func labels(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }

    /// A result with a distinct, non-default value in every field (the codec's whole reach).
    static func full() -> RunResult {
        var k = 0
        func n() -> Int { k += 1; return k * 7 - 3 }
        func d() -> Double { Double(n()) + 0.125 }
        var r = RunResult()
        r.years = [2015, 2016, 2017]
        r.county = r.years.map { y in
            var c = CountyYear(year: y)
            c.population = n(); c.households = n(); c.poorPersons = n(); c.poorHouseholds = n(); c.liftedOutPersons = n()
            c.newPoorPersons = n(); c.relocatedPersons = n(); c.villagesExitedTotal = n(); c.incomeYuan = d(); c.costYuan = d()
            c.povertyLineYuan = d(); c.townshipsLacking = [n(), n(), 0]; c.meetsCountyExitRule = y == 2017
            return c
        }
        r.villages = r.years.map { _ in (0..<4).map { v in
            var x = VillageYear()
            x.households = n(); x.persons = n(); x.poorHouseholds = n(); x.poorPersons = -n(); x.incomeYuan = v == 3 ? .infinity : d()
            x.liftedOutPersons = n(); x.newPoorPersons = n(); x.relocatedPersons = n(); x.relocatedPoorPersons = n(); x.exited = v % 2 == 1
            return x
        } }
        r.flows = [Flow(year: 2016, villageID: "v1", siteID: "安置点1", households: n(), persons: n()),
                   Flow(year: 2017, villageID: "", siteID: "v1", households: n(), persons: n()),
                   Flow(year: 2017, villageID: "v2", siteID: "安置点1", households: n(), persons: n())]
        r.spentYuan = ["housing": [2016: d(), 2017: d()], "tourism": [2017: -0.0]]
        r.budgetYuan = ["housing": [2016: d()], "": [:]]
        r.countyExitYear = 2017
        r.householdYears = Int(Int32.max) + 5
        var plan = RelocationPlan()
        plan.moves = [RelocationMove(household: n(), site: n(), destination: n(), costYuan: d(), nonpoor: true)]
        plan.eligible = HouseholdCount(households: n(), persons: n()); plan.moved = HouseholdCount(households: n(), persons: n())
        plan.nonpoorMoved = HouseholdCount(households: n(), persons: n())
        for reason in UnassignedReason.allCases { plan.unassigned[reason] = HouseholdCount(households: n(), persons: n()) }
        plan.objective = n(); plan.flowObjective = n()
        r.relocation.plans = [2016: plan, 2017: RelocationPlan()]
        r.relocation.relocatedIncomeYuan = d(); r.relocation.relocatedPersons = n()
        r.targets.record(TargetRecord(program: .tourism, year: 2016, target: n(), achieved: nil, unit: "villages (cumulative)",
                                      binding: .eligiblePool, note: "预算不足"))
        r.targets.record(TargetRecord(program: .relocation, year: 2017, target: nil, achieved: n(), unit: "persons", binding: .none))
        var s = SettlementYear()
        s.workshopPosts = n(); s.siteWelfarePosts = n(); s.postCostYuan = d(); s.trainedHouseholds = n(); s.trainingCostYuan = d()
        s.movedBack = HouseholdCount(households: n(), persons: n()); s.fellBack = HouseholdCount(households: n(), persons: n())
        s.demolishedHouseholds = n(); s.reclaimedMu = d(); s.quotaMu = d(); s.quotaSoldMu = d(); s.quotaIncomeYuan = d()
        s.householdContributionYuan = d(); s.relocated = HouseholdCount(households: n(), persons: n())
        s.withLabourHouseholds = n(); s.employedWithLabourHouseholds = n(); s.relocatedIncomeYuan = d()
        s.relocatedEverPoorPersons = n(); s.relocatedEverPoorIncomeYuan = d(); s.relocatedPoorPersons = n()
        s.stayerPersons = n(); s.stayerIncomeYuan = d()
        r.settlement = [s, SettlementYear()]
        r.siteOccupancyPersons = [[n(), n()], [], [n()]]
        return r
    }

    /// The result as sorted-key JSON: every Codable field, to compare two results whole.
    static func json(_ r: RunResult) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        e.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return String(decoding: try e.encode(r), as: UTF8.self)
    }

    @Test func theCodecKnowsEveryStoredFieldOfARunResult() {
        let r = Self.full()
        let plan = r.relocation.plans[2016]!
        let values: [String: Any] = ["RunResult": r, "CountyYear": r.county[0], "Flow": r.flows[0], "RelocationLog": r.relocation,
                                     "RelocationPlan": plan, "RelocationMove": plan.moves[0], "HouseholdCount": plan.eligible,
                                     "TargetLog": r.targets, "TargetRecord": r.targets.records[0], "SettlementYear": r.settlement[0]]
        for (type, value) in values.sorted(by: { $0.key < $1.key }) {
            #expect(Self.labels(value) == Self.fields[type], "\(type) has new or renamed fields: add them to RunResultCodec, to full() and to this list")
        }
    }

    @Test func everyFigureReadsBackAndTheBytesAreTheSame() throws {
        let r = Self.full()
        let bytes = RunResultCodec.encode(r)
        let back = try #require(RunResultCodec.decode(bytes))
        #expect(try Self.json(back) == (try Self.json(r)))
        #expect(back.villages == r.villages && back.flows == r.flows && back.county == r.county && back.settlement == r.settlement)
        #expect(back.spentYuan["tourism"]?[2017]?.sign == .minus)   // -0.0 kept to the bit
        #expect(RunResultCodec.encode(back) == bytes)
        // Empty results too.
        #expect(try Self.json(try #require(RunResultCodec.decode(RunResultCodec.encode(RunResult())))) == (try Self.json(RunResult())))
    }

    /// Every prefix and many one-byte changes of a result's bytes decode to nil or to a
    /// result, never trap (the fuzz target `shard` goes further).
    @Test func damagedBytesGiveNilNeverATrap() {
        let bytes = RunResultCodec.encode(Self.full())
        for n in 0..<bytes.count { #expect(RunResultCodec.decode(Array(bytes[..<n])) == nil) }
        var random = SplitMix64(seed: 11)
        var decoded = 0
        for _ in 0..<2_000 {
            var b = bytes
            b[Int(random.next() % UInt64(b.count))] = UInt8(truncatingIfNeeded: random.next())
            if RunResultCodec.decode(b) != nil { decoded += 1 }
        }
        #expect(decoded > 0 && decoded < 2_000)   // figures change freely; counts and names do not
    }
}
