import Foundation
import Simulation

/// A run's whole result (`RunResult`) as compact bytes: what a `simulate`/`compare` shard
/// record holds (docs/shards.md, "The binary run result"), carried in the JSON line as
/// Base64. Every figure reads back to the same value (binary64 bits for yuan, 64-bit
/// integers for counts; village-years as ``VillageYearsCodec``'s 44 bytes), maps in key
/// order, so that the same result always gives the same bytes.
///
/// Written by hand, not through `Codable`: as JSON the result (flows, county rows, plans)
/// took most of `merge`'s decoding time. A field added to `RunResult` or the types it holds
/// must be added here; `RunResultCodecTests` fails until it is.
public enum RunResultCodec {
    /// The bytes of `result`.
    public static func encode(_ result: RunResult) -> [UInt8] {
        var w = ByteWriter(capacity: 4096 + result.villages.reduce(0) { $0 + 4 + $1.count * VillageYearsCodec.bytesPerVillageYear }
                                + result.flows.count * (FlowsCodec.bytesPerFlow + 8))
        w.int(result.years.count); for y in result.years { w.int64(y) }
        w.int(result.county.count)
        for c in result.county {
            for v in [c.year, c.population, c.households, c.poorPersons, c.poorHouseholds, c.liftedOutPersons,
                      c.newPoorPersons, c.relocatedPersons, c.villagesExitedTotal] { w.int64(v) }
            w.double(c.incomeYuan); w.double(c.costYuan); w.double(c.povertyLineYuan)
            w.int(c.townshipsLacking.count); for t in c.townshipsLacking { w.int64(t) }
            w.bool(c.meetsCountyExitRule)
        }
        w.int(result.villages.count)
        for row in result.villages { VillageYearsCodec.append(row, to: &w) }
        FlowsCodec.append(result.flows, to: &w)
        for money in [result.spentYuan, result.budgetYuan] {
            w.int(money.count)
            for program in money.keys.sorted() {
                w.string(program)
                let byYear = money[program] ?? [:]
                w.int(byYear.count)
                for year in byYear.keys.sorted() { w.int64(year); w.double(byYear[year] ?? 0) }
            }
        }
        w.bool(result.countyExitYear != nil); w.int64(result.countyExitYear ?? 0)
        w.int64(result.householdYears)
        let log = result.relocation
        w.int(log.plans.count)
        for year in log.plans.keys.sorted() {
            let p = log.plans[year] ?? RelocationPlan()
            w.int64(year)
            w.int(p.moves.count)
            for m in p.moves { w.int64(m.household); w.int64(m.site); w.int64(m.destination); w.double(m.costYuan); w.bool(m.nonpoor) }
            for c in [p.eligible, p.moved, p.nonpoorMoved] { count(c, &w) }
            w.int(p.unassigned.count)
            for reason in p.unassigned.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
                w.string(reason.rawValue); count(p.unassigned[reason] ?? HouseholdCount(), &w)
            }
            w.int64(p.objective); w.int64(p.flowObjective)
        }
        w.double(log.relocatedIncomeYuan); w.int64(log.relocatedPersons)
        w.int(result.targets.records.count)
        for t in result.targets.records {
            w.string(t.program.rawValue); w.int64(t.year)
            w.bool(t.target != nil); w.int64(t.target ?? 0)
            w.bool(t.achieved != nil); w.int64(t.achieved ?? 0)
            w.string(t.unit); w.string(t.binding.rawValue); w.string(t.note)
        }
        w.int(result.settlement.count)
        for s in result.settlement {
            w.int64(s.workshopPosts); w.int64(s.siteWelfarePosts); w.double(s.postCostYuan)
            w.int64(s.trainedHouseholds); w.double(s.trainingCostYuan)
            count(s.movedBack, &w); count(s.fellBack, &w)
            w.int64(s.demolishedHouseholds); w.double(s.reclaimedMu); w.double(s.quotaMu); w.double(s.quotaSoldMu)
            w.double(s.quotaIncomeYuan); w.double(s.householdContributionYuan)
            count(s.relocated, &w)
            w.int64(s.withLabourHouseholds); w.int64(s.employedWithLabourHouseholds); w.double(s.relocatedIncomeYuan)
            w.int64(s.relocatedEverPoorPersons); w.double(s.relocatedEverPoorIncomeYuan); w.int64(s.relocatedPoorPersons)
            w.int64(s.stayerPersons); w.double(s.stayerIncomeYuan)
        }
        w.int(result.siteOccupancyPersons.count)
        for row in result.siteOccupancyPersons { w.int(row.count); for v in row { w.int64(v) } }
        return w.bytes
    }

    /// The result `bytes` hold; nil when they are not ``encode(_:)``'s layout (a count or
    /// length beyond the bytes, a name that is not a program, reason or binding, a byte
    /// that is not a Boolean, bytes left over). Never traps on damaged bytes.
    public static func decode(_ bytes: [UInt8]) -> RunResult? {
        var r = ByteReader(bytes: bytes)
        var out = RunResult()
        guard let years = r.array(atLeast: 8, { $0.int64() }),
              let county = r.array(atLeast: 9 * 8 + 3 * 8 + 4 + 1, countyYear),
              let villages = r.array(atLeast: 4, { VillageYearsCodec.read(from: &$0) }),
              let flows = FlowsCodec.read(from: &r),
              let spent = money(&r), let budget = money(&r),
              let hasExit = r.bool(), let exitYear = r.int64(), let householdYears = r.int64(),
              let plans = r.array(atLeast: 8 + 4 + 6 * 8 + 4 + 16, plan),
              let relocatedIncome = r.double(), let relocatedPersons = r.int64(),
              let targets = r.array(atLeast: 4 + 8 + 18 + 12, target),
              let settlement = r.array(atLeast: 22 * 8, settlementYear),
              let occupancy = r.array(atLeast: 4, { $0.array(atLeast: 8, { $0.int64() }) }),
              r.atEnd else { return nil }
        out.years = years; out.county = county; out.villages = villages; out.flows = flows
        out.spentYuan = spent; out.budgetYuan = budget
        out.countyExitYear = hasExit ? exitYear : nil
        out.householdYears = householdYears
        var log = RelocationLog()
        for (year, p) in plans {
            guard log.plans[year] == nil else { return nil }   // each year once
            log.plans[year] = p
        }
        log.relocatedIncomeYuan = relocatedIncome; log.relocatedPersons = relocatedPersons
        out.relocation = log
        var targetLog = TargetLog()
        for t in targets { targetLog.record(t) }
        out.targets = targetLog
        out.settlement = settlement
        out.siteOccupancyPersons = occupancy
        return out
    }

    private static func count(_ c: HouseholdCount, _ w: inout ByteWriter) { w.int64(c.households); w.int64(c.persons) }

    private static func count(_ r: inout ByteReader) -> HouseholdCount? {
        guard let h = r.int64(), let p = r.int64() else { return nil }
        return HouseholdCount(households: h, persons: p)
    }

    private static func countyYear(_ r: inout ByteReader) -> CountyYear? {
        guard let year = r.int64(), let population = r.int64(), let households = r.int64(), let poorPersons = r.int64(),
              let poorHouseholds = r.int64(), let liftedOut = r.int64(), let newPoor = r.int64(), let relocated = r.int64(),
              let exited = r.int64(), let income = r.double(), let cost = r.double(), let line = r.double(),
              let lacking = r.array(atLeast: 8, { $0.int64() }), let meets = r.bool() else { return nil }
        var c = CountyYear(year: year)
        c.population = population; c.households = households; c.poorPersons = poorPersons; c.poorHouseholds = poorHouseholds
        c.liftedOutPersons = liftedOut; c.newPoorPersons = newPoor; c.relocatedPersons = relocated; c.villagesExitedTotal = exited
        c.incomeYuan = income; c.costYuan = cost; c.povertyLineYuan = line; c.townshipsLacking = lacking
        c.meetsCountyExitRule = meets
        return c
    }

    /// Program → year → yuan, each key once.
    private static func money(_ r: inout ByteReader) -> [String: [Int: Double]]? {
        guard let programs = r.array(atLeast: 8, { r -> (String, [(Int, Double)])? in
            guard let name = r.string(), let years = r.array(atLeast: 16, { r -> (Int, Double)? in
                guard let y = r.int64(), let v = r.double() else { return nil }
                return (y, v)
            }) else { return nil }
            return (name, years)
        }) else { return nil }
        var out: [String: [Int: Double]] = [:]
        for (name, years) in programs {
            guard out[name] == nil else { return nil }
            var byYear: [Int: Double] = [:]
            for (y, v) in years {
                guard byYear[y] == nil else { return nil }
                byYear[y] = v
            }
            out[name] = byYear
        }
        return out
    }

    private static func plan(_ r: inout ByteReader) -> (Int, RelocationPlan)? {
        guard let year = r.int64(),
              let moves = r.array(atLeast: 33, { r -> RelocationMove? in
                  guard let h = r.int64(), let s = r.int64(), let d = r.int64(), let c = r.double(), let n = r.bool() else { return nil }
                  return RelocationMove(household: h, site: s, destination: d, costYuan: c, nonpoor: n)
              }),
              let eligible = count(&r), let moved = count(&r), let nonpoorMoved = count(&r),
              let unassigned = r.array(atLeast: 20, { r -> (UnassignedReason, HouseholdCount)? in
                  guard let name = r.string(), let reason = UnassignedReason(rawValue: name), let c = count(&r) else { return nil }
                  return (reason, c)
              }),
              let objective = r.int64(), let flowObjective = r.int64() else { return nil }
        var p = RelocationPlan()
        p.moves = moves; p.eligible = eligible; p.moved = moved; p.nonpoorMoved = nonpoorMoved
        for (reason, c) in unassigned {
            guard p.unassigned[reason] == nil else { return nil }
            p.unassigned[reason] = c
        }
        p.objective = objective; p.flowObjective = flowObjective
        return (year, p)
    }

    private static func target(_ r: inout ByteReader) -> TargetRecord? {
        guard let programName = r.string(), let program = Program(rawValue: programName), let year = r.int64(),
              let hasTarget = r.bool(), let target = r.int64(), let hasAchieved = r.bool(), let achieved = r.int64(),
              let unit = r.string(), let bindingName = r.string(), let binding = TargetBinding(rawValue: bindingName),
              let note = r.string() else { return nil }
        return TargetRecord(program: program, year: year, target: hasTarget ? target : nil, achieved: hasAchieved ? achieved : nil,
                            unit: unit, binding: binding, note: note)
    }

    private static func settlementYear(_ r: inout ByteReader) -> SettlementYear? {
        var s = SettlementYear()
        guard let workshop = r.int64(), let welfare = r.int64(), let postCost = r.double(),
              let trained = r.int64(), let trainingCost = r.double(),
              let movedBack = count(&r), let fellBack = count(&r),
              let demolished = r.int64(), let reclaimed = r.double(), let quota = r.double(), let sold = r.double(),
              let quotaIncome = r.double(), let contribution = r.double(),
              let relocated = count(&r),
              let withLabour = r.int64(), let employed = r.int64(), let relocatedIncome = r.double(),
              let everPoor = r.int64(), let everPoorIncome = r.double(), let relocatedPoor = r.int64(),
              let stayers = r.int64(), let stayerIncome = r.double() else { return nil }
        s.workshopPosts = workshop; s.siteWelfarePosts = welfare; s.postCostYuan = postCost
        s.trainedHouseholds = trained; s.trainingCostYuan = trainingCost
        s.movedBack = movedBack; s.fellBack = fellBack
        s.demolishedHouseholds = demolished; s.reclaimedMu = reclaimed; s.quotaMu = quota; s.quotaSoldMu = sold
        s.quotaIncomeYuan = quotaIncome; s.householdContributionYuan = contribution
        s.relocated = relocated
        s.withLabourHouseholds = withLabour; s.employedWithLabourHouseholds = employed; s.relocatedIncomeYuan = relocatedIncome
        s.relocatedEverPoorPersons = everPoor; s.relocatedEverPoorIncomeYuan = everPoorIncome; s.relocatedPoorPersons = relocatedPoor
        s.stayerPersons = stayers; s.stayerIncomeYuan = stayerIncome
        return s
    }
}
