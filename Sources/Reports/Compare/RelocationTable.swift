import Simulation

/// `relocation.csv`: the yearly relocation plan figures of every run: eligible, moved,
/// 同步搬迁 movers, unassigned by reason (households and persons) and the assignment objective,
/// then the year's follow-up support, settling and old land (`SettlementYear`).
public enum RelocationTable {
    /// A row: a run's index, a year, and that year's plan.
    public struct Row {
        public var run: Int
        public var year: Int
        public var plan: RelocationPlan
        public var settlement: SettlementYear
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
        columns += settlementColumns()
        var rows: [Row] = []
        for (k, run) in runs.enumerated() {
            let settlement = Dictionary(zip(run.years.dropFirst(), run.settlement), uniquingKeysWith: { a, _ in a })
            for (year, plan) in run.relocation.plans.sorted(by: { $0.key < $1.key }) {
                rows.append(Row(run: k, year: year, plan: plan, settlement: settlement[year] ?? SettlementYear()))
            }
        }
        return Table(columns: columns, rows: rows)
    }

    /// 搬得出、稳得住、能致富: the columns of the year's `SettlementYear`.
    static func settlementColumns() -> [Column<Row>] {
        [
            .integer("living_at_sites_households", label: "安置点居住户数(户)", unit: "households") { $0.settlement.relocated.households },
            .integer("living_at_sites_persons", label: "安置点居住人口(人)", unit: "persons") { $0.settlement.relocated.persons },
            .integer("workshop_posts", label: "扶贫车间岗位(个)", unit: "posts") { $0.settlement.workshopPosts },
            .integer("site_welfare_posts", label: "安置点公益性岗位(个)", unit: "posts") { $0.settlement.siteWelfarePosts },
            .number("post_cost_yuan", label: "岗位支出(元)", unit: "yuan", decimals: 0) { $0.settlement.postCostYuan },
            .integer("trained_households", label: "技能培训户数(户)", unit: "households") { $0.settlement.trainedHouseholds },
            .number("training_cost_yuan", label: "培训支出(元)", unit: "yuan", decimals: 0) { $0.settlement.trainingCostYuan },
            .integer("with_labour_households", label: "有劳动力搬迁户数(户)", unit: "households") { $0.settlement.withLabourHouseholds },
            .integer("employed_with_labour_households", label: "有劳动力且至少一人就业户数(户)", unit: "households") { $0.settlement.employedWithLabourHouseholds },
            .number("employment_rate", label: "有劳动力搬迁户就业率", unit: "fraction", decimals: 3) { $0.settlement.employmentRate },
            .number("relocated_income_yuan_per_person", label: "搬迁人口人均纯收入(元)", unit: "yuan per person", decimals: 0) { $0.settlement.relocatedIncomeYuanPerPerson },
            .number("relocated_ever_poor_income_yuan_per_person", label: "搬迁建档立卡人口人均纯收入(元)", unit: "yuan per person", decimals: 0) { $0.settlement.relocatedEverPoorIncomeYuanPerPerson },
            .number("stayer_income_yuan_per_person", label: "可比留居人口人均纯收入(元)", unit: "yuan per person", decimals: 0) { $0.settlement.stayerIncomeYuanPerPerson },
            .number("income_ratio_to_stayers", label: "搬迁建档立卡与可比留居人均收入比", unit: "ratio", decimals: 3) { $0.settlement.incomeRatioToStayers },
            .integer("relocated_poor_persons", label: "安置点贫困人口(人)", unit: "persons") { $0.settlement.relocatedPoorPersons },
            .integer("moved_back_households", label: "回迁户数(户)", unit: "households") { $0.settlement.movedBack.households },
            .integer("moved_back_persons", label: "回迁人口(人)", unit: "persons") { $0.settlement.movedBack.persons },
            .integer("fell_back_households", label: "返贫户数(户)", unit: "households") { $0.settlement.fellBack.households },
            .integer("fell_back_persons", label: "返贫人口(人)", unit: "persons") { $0.settlement.fellBack.persons },
            .integer("demolished_households", label: "拆旧户数(户)", unit: "households") { $0.settlement.demolishedHouseholds },
            .number("reclaimed_mu", label: "复垦面积(亩)", unit: "mu", decimals: 2) { $0.settlement.reclaimedMu },
            .number("quota_mu", label: "新增节余指标(亩)", unit: "mu", decimals: 2) { $0.settlement.quotaMu },
            .number("quota_sold_mu", label: "交易节余指标(亩)", unit: "mu", decimals: 2) { $0.settlement.quotaSoldMu },
            .number("quota_income_yuan", label: "指标交易收入(元)", unit: "yuan", decimals: 0) { $0.settlement.quotaIncomeYuan },
            .number("household_contribution_yuan", label: "搬迁户自筹(元)", unit: "yuan", decimals: 0) { $0.settlement.householdContributionYuan },
        ]
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
