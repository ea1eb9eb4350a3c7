import Simulation

/// `relocation.csv`: the yearly relocation plan figures of every run: eligible, moved,
/// 同步搬迁 movers, unassigned by reason (households and persons) and the assignment objective.
public enum RelocationTable {
    /// A row: a run's index, a year, and that year's plan.
    public struct Row {
        public var run: Int
        public var year: Int
        public var plan: RelocationPlan
    }

    /// One row per run and simulated year with a plan, in run and year order.
    /// - Complexity: O(runs × years).
    public static func table(_ runs: [RunResult]) -> Table<Row> {
        var columns: [Column<Row>] = [
            .integer("run", label: "运行序号") { $0.run },
            .integer("year", label: "年份") { $0.year },
            .integer("eligible_households", label: "符合搬迁条件户数(户)", unit: "households") { $0.plan.eligible.households },
            .integer("eligible_persons", label: "符合搬迁条件人口(人)", unit: "persons") { $0.plan.eligible.persons },
            .integer("moved_households", label: "搬迁户数(户)", unit: "households") { $0.plan.moved.households },
            .integer("moved_persons", label: "搬迁人口(人)", unit: "persons") { $0.plan.moved.persons },
            .integer("nonpoor_moved_persons", label: "同步搬迁人口(人)", unit: "persons") { $0.plan.nonpoorMoved.persons },
        ]
        for r in UnassignedReason.allCases {
            columns.append(.integer("unassigned_households_\(r.rawValue)", label: "未安置户数(户) \(reason(r))", unit: "households") { $0.plan.unassigned[r]?.households ?? 0 })
            columns.append(.integer("unassigned_persons_\(r.rawValue)", label: "未安置人口(人) \(reason(r))", unit: "persons") { $0.plan.unassigned[r]?.persons ?? 0 })
        }
        columns.append(.integer("objective_yuan_equivalent", label: "安置目标值(元当量)", unit: "yuan equivalent") { $0.plan.objective })
        columns.append(.integer("flow_objective_yuan_equivalent", label: "流量目标值(元当量)", unit: "yuan equivalent") { $0.plan.flowObjective })
        var rows: [Row] = []
        for (k, run) in runs.enumerated() {
            for (year, plan) in run.relocation.plans.sorted(by: { $0.key < $1.key }) { rows.append(Row(run: k, year: year, plan: plan)) }
        }
        return Table(columns: columns, rows: rows)
    }

    /// The reason in the Chinese header.
    static func reason(_ r: UnassignedReason) -> String {
        switch r {
        case .declined: "不愿搬迁"
        case .noSite: "无可达安置点"
        case .capacity: "安置点已满"
        case .budget: "资金用尽"
        case .phasing: "超出年度计划"
        }
    }
}
