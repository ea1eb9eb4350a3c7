/// The report's key terms in both languages, in one table: the program names, the key
/// figures and the binding constraints of targets.csv.
enum ReportTerms {
    static let programs: [String: (String, String)] = [
        "breeding": ("养殖", "breeding"), "cooperatives": ("合作社", "cooperatives"), "housing": ("危房改造", "housing"),
        "infrastructure": ("基础设施", "infrastructure"), "jobs": ("就业", "jobs"),
        "medical_assistance": ("医疗救助", "medical assistance"), "minimum_income": ("低保兜底", "minimum income"),
        "orchards": ("果园", "orchards"), "relocation": ("易地扶贫搬迁", "relocation"), "tourism": ("乡村旅游", "tourism"),
        "work_teams": ("驻村工作队", "work teams"),
    ]

    static let figures: [String: (String, String)] = [
        "relocated_persons": ("搬迁人口", "persons relocated"), "relocated_households": ("搬迁户数", "households relocated"),
        "relocated_nonpoor_persons": ("同步搬迁非贫困人口", "non-poor persons relocated"),
        "cost_yuan_total": ("总投入", "total cost"), "cost_yuan_relocation": ("搬迁投入", "relocation cost"),
        "cost_yuan_per_person_lifted_out": ("每脱贫一人投入", "cost per person lifted out"),
        "villages_exited_by_2018": ("2018 年累计退出村数", "villages exited by 2018"),
        "county_exit_year": ("县摘帽年份", "county exit year"),
        "distance_moved_km_mean": ("平均搬迁距离", "mean distance moved"),
        "distance_moved_km_p90": ("搬迁距离 P90", "distance moved, P90"),
        "own_township_share": ("本乡镇安置比例", "share settled in own township"),
        "hazard_zone_persons_2020": ("2020 年仍居灾害区人口", "persons left in hazard zones, 2020"),
        "site_occupancy_fraction": ("安置点占用率", "site occupancy"),
        "income_yuan_per_person_2020_relocated": ("搬迁户 2020 年人均收入", "income of relocated, 2020"),
        "jobs_within_10km_of_new_home": ("新居 10 km 内岗位", "jobs within 10 km of new home"),
        "assignment_objective_yuan_equivalent": ("安置目标函数值", "assignment objective"),
        "assignment_objective_yuan_equivalent_per_person_moved": ("人均安置目标函数值", "assignment objective per person"),
    ]

    static let bindings: [String: (String, String)] = [
        "budget": ("预算不足", "the budget binds"), "capacity": ("容量不足", "capacity binds"),
        "eligible_pool": ("符合条件的对象不足", "the eligible pool binds"), "none": ("无约束", "nothing binds"),
    ]

    static func program(_ p: String, _ lang: ReportLanguage) -> String {
        let (zh, en) = programs[p] ?? (p, p)
        return lang.term(zh, en)
    }

    static func programPlain(_ p: String, _ lang: ReportLanguage) -> String {
        let (zh, en) = programs[p] ?? (p, p)
        return lang.t("\(zh)（\(en)）", "\(en) (\(zh))")
    }

    /// A key figure's name; `poor_persons_YEAR` and other year-suffixed names are spelled out.
    static func figure(_ name: String, _ lang: ReportLanguage) -> String {
        if let (zh, en) = figures[name] { return lang.term(zh, en) }
        if name.hasPrefix("poor_persons_"), let y = Int(name.dropFirst("poor_persons_".count)) { return lang.term("\(y) 年贫困人口", "poor persons \(y)") }
        if name.hasPrefix("villages_exited_by_"), let y = Int(name.dropFirst("villages_exited_by_".count)) { return lang.term("\(y) 年累计退出村数", "villages exited by \(y)") }
        if name.hasPrefix("unassigned_persons_2020_") {
            let why = String(name.dropFirst("unassigned_persons_2020_".count))
            return lang.term("2020 年未安置（\(why)）", "unassigned 2020, \(why)")
        }
        return HTML.escape(name)
    }
}
