/// Budgets a scenario gives that no run can spend, found before any run: money for a
/// year the county profile does not simulate, for a program whose process the scenario
/// switches off (`processes`), or beyond what a program's count target can use in a
/// year (tourism: the year's whole cumulative target × cost per village, the most it can
/// spend even when no village was designated before; cooperatives:
/// `new_per_year` × cost per cooperative).
public enum UnspendableBudgets {
    /// One warning per program and year, in `Program` order, then years (English, with
    /// the key path to change).
    public static func warnings(_ world: SimulationWorld) -> [String] {
        let p = world.scenario.parameters
        var out: [String] = []
        func money(_ x: Double) -> String { ScenarioYAML.format(x.rounded()) }
        for program in Program.allCases {
            let key = "programs.\(program.rawValue).budget_yuan_by_year"
            let budget = p.budgets[program] ?? [:]
            for year in budget.keys.sorted() where budget[year]! > 0 {
                let b = budget[year]!
                if !world.years.contains(year) {
                    out.append("warning: \(key).\(year): \(money(b)) yuan for \(year), a year the county profile does not simulate (\(world.years.lowerBound)…\(world.years.upperBound)); it can never be spent")
                    continue
                }
                if !p.processes.contains(program.rawValue) {
                    out.append("warning: \(key).\(year): \(money(b)) yuan, but the process \"\(program.rawValue)\" is not in `processes`; it can never be spent")
                    continue
                }
                if let most = mostSpendable(program, year: year, p), b > most + 0.5 {
                    out.append("warning: \(key).\(year): \(money(b)) yuan, but the target can use at most \(money(most)) yuan; \(money(b - most)) yuan can never be spent")
                }
            }
        }
        return out
    }

    /// The most `program` can spend in `year` under its count target, or nil when no target bounds it.
    static func mostSpendable(_ program: Program, year: Int, _ p: ScenarioParameters) -> Double? {
        switch program {
        case .tourism:
            let t = p.programs.tourism
            return Double(t.villagesByYear[year] ?? 0) * t.costYuanPerVillage
        case .cooperatives:
            let c = p.programs.cooperatives
            return Double(c.newPerYear) * c.costYuanPerCooperative
        default:
            return nil
        }
    }
}
