/// Budgets a scenario gives that no run can spend, found before any run: money for a
/// year the county profile does not simulate, for a program whose process the scenario
/// switches off (`processes`), or beyond what a program's count target can use in a
/// year (tourism: the year's whole cumulative target × cost per village, the most it can
/// spend even when no village was designated before; cooperatives:
/// `new_per_year` × cost per cooperative).
public enum UnspendableBudgets {
    /// One warning per program and problem, naming the years it applies to (English, with
    /// the key path to change).
    public static func warnings(_ world: SimulationWorld) -> [String] {
        let p = world.scenario.parameters
        var order: [String] = []
        var years: [String: [Int]] = [:]
        func money(_ x: Double) -> String { ScenarioYAML.format(x.rounded()) }
        func add(_ text: String, _ year: Int) {
            if years[text] == nil { order.append(text) }
            years[text, default: []].append(year)
        }
        for program in Program.allCases {
            let key = "programs.\(program.rawValue).budget_yuan_by_year"
            let budget = p.budgets[program] ?? [:]
            for year in budget.keys.sorted() where budget[year]! > 0 {
                let b = budget[year]!
                if !world.years.contains(year) {
                    add("\(key): money for years the county profile does not simulate (\(world.years.lowerBound)…\(world.years.upperBound)); it can never be spent", year)
                } else if !p.processes.contains(program.rawValue) {
                    add("\(key): money, but the process \"\(program.rawValue)\" is not in `processes`; it can never be spent", year)
                } else if let most = mostSpendable(program, year: year, p), b > most + 0.5 {
                    add("\(key): \(money(b)) yuan, but the target can use at most \(money(most)) yuan; \(money(b - most)) yuan can never be spent", year)
                }
            }
        }
        return order.map { text in
            let ys = years[text] ?? []
            return "warning: \(world.scenario.name): " + text + " (" + (ys.count == 1 ? "year " : "years ") + ys.map(String.init).joined(separator: ", ") + ")"
        }
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
