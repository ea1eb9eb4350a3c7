/// What keeps a program from its target in a year.
public enum TargetBinding: String, CaseIterable, Sendable, Comparable, Codable {
    /// The year's budget ran out first.
    case budget
    /// The places ran out: sites full or out of reach, farms' intake, posts per village.
    case capacity
    /// No one (no village, no household) was left to serve.
    case eligiblePool = "eligible_pool"
    /// The target was reached, or nothing binds.
    case none

    public static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
}

/// One program's target and what it achieved in one year of one run.
public struct TargetRecord: Hashable, Sendable, Codable {
    public var program: Program
    public var year: Int
    /// What the scenario asks for (nil: the program has no count target this year).
    public var target: Int?
    public var achieved: Int?
    /// What `target` and `achieved` count ("villages (cumulative)", "persons", …).
    public var unit: String
    public var binding: TargetBinding
    /// What binds, in words (Chinese), e.g. "预算用尽：计划 60 个，完成 40 个".
    public var note: String

    public init(program: Program, year: Int, target: Int?, achieved: Int?, unit: String, binding: TargetBinding, note: String = "") {
        self.program = program; self.year = year; self.target = target; self.achieved = achieved
        self.unit = unit; self.binding = binding; self.note = note
    }
}

/// The target records of a run, written by the processes that have count targets.
public struct TargetLog: Sendable, Codable {
    public private(set) var records: [TargetRecord] = []
    public init() {}
    public mutating func record(_ r: TargetRecord) { records.append(r) }
}

/// The per-program, per-year plan attainment of a run: every program's target against
/// achieved (where it has a count target) and its budget against what it spent, with
/// what binds. Relocation's rows come from its yearly plan figures (eligible persons
/// willing to move against persons moved; the binding is the largest reason persons
/// stayed: budget, capacity or no site within reach).
public enum ProgramTargets {
    /// Spending below this share of the budget means the budget did not bind.
    static let budgetUsedShare = 0.999

    /// The rows of `result`, programs in `Program` order, then years; a program appears
    /// for the years it has a budget, a target or spending in.
    public static func rows(_ result: RunResult, years: ClosedRange<Int>) -> [TargetRecord] {
        var byKey: [String: TargetRecord] = [:]
        for r in result.targets.records { byKey["\(r.program.rawValue)/\(r.year)"] = r }
        for (year, plan) in result.relocation.plans {
            byKey["relocation/\(year)"] = relocationRecord(plan, year: year)
        }
        var out: [TargetRecord] = []
        for program in Program.allCases {
            for year in years {
                let budget = result.budgetYuan[program.rawValue]?[year] ?? 0
                let spent = result.spentYuan[program.rawValue]?[year] ?? 0
                var r = byKey["\(program.rawValue)/\(year)"]
                if r == nil, budget > 0 || spent > 0 {
                    r = TargetRecord(program: program, year: year, target: nil, achieved: nil, unit: "", binding: .none)
                }
                guard var row = r else { continue }
                // A program without a count target: the budget binds when it is spent.
                if row.target == nil, budget > 0, spent >= budget * budgetUsedShare {
                    row.binding = .budget
                    if row.note.isEmpty { row.note = "预算用尽" }
                }
                out.append(row)
            }
        }
        return out
    }

    static func relocationRecord(_ plan: RelocationPlan, year: Int) -> TargetRecord {
        let declined = plan.unassigned[.declined]?.persons ?? 0
        let target = plan.eligible.persons - declined
        let achieved = plan.moved.persons
        let reasons: [(TargetBinding, UnassignedReason, String)] = [
            (.budget, .budget, "预算不足"), (.capacity, .capacity, "安置点已满"), (.capacity, .noSite, "无可达安置点"),
        ]
        let left = reasons.map { ($0.0, $0.2, plan.unassigned[$0.1]?.persons ?? 0) }
        var binding = TargetBinding.none
        var notes: [String] = []
        if let top = left.filter({ $0.2 > 0 }).max(by: { $0.2 < $1.2 }) { binding = top.0 }
        for (_, words, persons) in left where persons > 0 { notes.append("\(words)未安置 \(persons) 人") }
        if let phased = plan.unassigned[.phasing]?.persons, phased > 0 { notes.append("超出年度计划限额 \(phased) 人") }
        if target <= 0 && plan.eligible.persons == 0 { binding = .none; notes.append("无符合条件的搬迁对象") }
        return TargetRecord(program: .relocation, year: year, target: max(0, target), achieved: achieved,
                            unit: "persons (eligible and willing)", binding: binding, note: notes.joined(separator: "；"))
    }
}
