import Simulation

/// `targets.csv`: plans that can be met. One row per program and year: the program's
/// count target against what it achieved (P50 over the runs), its budget against what
/// it spent (P50), and what binds (the binding most runs report). See docs/outputs.md.
public enum TargetsTable {
    /// One program and year over the runs.
    public struct Row: Sendable, Hashable {
        public var program: Program
        public var year: Int
        public var target: Double?
        public var achieved: Double?
        public var unit: String
        public var budgetYuan: Double
        public var spentYuan: Double
        public var binding: TargetBinding
        public var note: String
    }

    /// The rows of `view`'s runs of `world`, programs in `Program` order, then years.
    /// - Complexity: O(runs × programs × years).
    public static func rows(_ view: EnsembleView, world: SimulationWorld) -> [Row] {
        let perRun = view.runs.map { ProgramTargets.rows($0, years: world.years) }
        struct Key: Hashable { var program: Program, year: Int }
        var order: [Key] = []
        var byKey: [Key: [TargetRecord]] = [:]
        for records in perRun {
            for r in records {
                let k = Key(program: r.program, year: r.year)
                if byKey[k] == nil { order.append(k) }
                byKey[k, default: []].append(r)
            }
        }
        order.sort { ($0.program.index, $0.year) < ($1.program.index, $1.year) }
        return order.map { k in
            let records = byKey[k] ?? []
            let runs = view.runs
            func p50(_ xs: [Double]) -> Double { Quantiles(xs).p50 }
            let targets = records.compactMap(\.target).map(Double.init)
            let achieved = records.compactMap(\.achieved).map(Double.init)
            var counts: [TargetBinding: Int] = [:]
            for r in records { counts[r.binding, default: 0] += 1 }
            let binding = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .none
            var note = records.first { $0.binding == binding }?.note ?? ""
            if runs.count > 1, let n = counts[binding], n < runs.count {
                note += (note.isEmpty ? "" : "；") + "\(runs.count) 次运行中 \(n) 次"
            }
            return Row(program: k.program, year: k.year,
                       target: targets.isEmpty ? nil : p50(targets), achieved: achieved.isEmpty ? nil : p50(achieved),
                       unit: records.first?.unit ?? "",
                       budgetYuan: runs.first?.budgetYuan[k.program.rawValue]?[k.year] ?? 0,
                       spentYuan: p50(runs.map { $0.spentYuan[k.program.rawValue]?[k.year] ?? 0 }),
                       binding: binding, note: note)
        }
    }

    /// The table's columns and rows; see docs/outputs.md for each column.
    public static func table(_ view: EnsembleView, world: SimulationWorld) -> Table<Row> {
        func count(_ x: Double?) -> Cell { x.map { .number($0, decimals: $0.rounded() == $0 ? 0 : 1) } ?? .missing(shown: "") }
        return Table(columns: [
            .text("program", label: "项目") { $0.program.rawValue },
            .integer("year", label: "年份") { $0.year },
            Column("target", label: "目标") { count($0.target) },
            Column("achieved", label: "完成") { count($0.achieved) },
            .text("unit", label: "单位") { $0.unit },
            .number("budget_yuan", label: "预算", unit: "yuan", decimals: 0) { $0.budgetYuan },
            .number("spent_yuan", label: "支出", unit: "yuan", decimals: 0) { $0.spentYuan },
            .text("binding", label: "约束") { $0.binding.rawValue },
            .text("note", label: "说明") { $0.note },
        ], rows: rows(view, world: world))
    }

    /// A warning for every program whose target is not reached in some year, naming what
    /// binds and the years (target and achieved of each), one line per program and binding.
    public static func warnings(_ rows: [Row], scenario: String) -> [String] {
        struct Key: Hashable { var program: Program, binding: TargetBinding }
        var order: [Key] = []
        var parts: [Key: [String]] = [:]
        for r in rows where r.binding != .none {
            guard let target = r.target, let achieved = r.achieved, achieved < target else { continue }
            let k = Key(program: r.program, binding: r.binding)
            if parts[k] == nil { order.append(k) }
            parts[k, default: []].append("\(r.year) \(Fixed.text(achieved, 0)) of \(Fixed.text(target, 0))" + (r.program == .relocation && !r.note.isEmpty ? " (\(r.note))" : ""))
        }
        return order.map { k in
            let unit = rows.first { $0.program == k.program }?.unit ?? ""
            let what = k.binding == .eligiblePool ? "the eligible pool" : k.binding == .budget ? "the budget (programs.\(k.program.rawValue).budget_yuan_by_year)" : k.binding.rawValue
            return "warning: \(scenario): \(k.program.rawValue) falls short of its target, \(what) binds: \(unit) achieved of target: "
                + (parts[k] ?? []).joined(separator: ", ")
        }
    }
}
