/// Money per program and year: budgets from the scenario and what was spent.
/// No program spends beyond its budget: `spend` refuses what does not fit.
///
/// Storage is one row per program (`Program.index`) and one column per year from
/// `firstYear`, so that `spend` (called once per served household) costs two array reads.
public struct ProgramLedger: Sendable {
    let firstYear: Int
    var budgets: [[Double]]
    var spent: [[Double]]

    /// - Parameter budgets: each program's budget, yuan by year (a program or year not given: 0).
    public init(budgets: [Program: [Int: Double]]) {
        let years = budgets.values.flatMap(\.keys)
        let first = years.min() ?? 0
        let count = (years.max() ?? first) - first + 1
        firstYear = first
        self.budgets = Program.allCases.map { p in (0..<count).map { budgets[p]?[first + $0] ?? 0 } }
        spent = Program.allCases.map { _ in [Double](repeating: 0, count: count) }
    }

    @inline(__always)
    func column(_ year: Int) -> Int? {
        let y = year - firstYear
        return y >= 0 && y < spent[0].count ? y : nil
    }

    /// The money left to `program` in `year`, yuan (0 for a year without a budget).
    public func remaining(_ program: Program, _ year: Int) -> Double {
        guard let y = column(year) else { return 0 }
        return budgets[program.index][y] - spent[program.index][y]
    }

    /// Spends `amount` yuan if it fits in what is left; returns whether it did.
    @discardableResult
    public mutating func spend(_ program: Program, _ year: Int, _ amount: Double) -> Bool {
        let p = program.index
        guard let y = column(year), amount <= budgets[p][y] - spent[p][y] + 1e-6 else { return false }
        spent[p][y] += amount
        return true
    }

    /// Everything spent in `year`, yuan.
    public func totalSpent(_ year: Int) -> Double {
        guard let y = column(year) else { return 0 }
        return spent.reduce(0) { $0 + $1[y] }
    }

    /// Budgets, program name → year → yuan (every program, every year of the ledger).
    public var budgetYuan: [String: [Int: Double]] { table(budgets) }
    /// Spending, program name → year → yuan (years with nothing spent are left out).
    public var spentYuan: [String: [Int: Double]] {
        table(spent).mapValues { $0.filter { $0.value != 0 } }.filter { !$0.value.isEmpty }
    }

    private func table(_ rows: [[Double]]) -> [String: [Int: Double]] {
        var out: [String: [Int: Double]] = [:]
        for (p, row) in zip(Program.allCases, rows) {
            out[p.rawValue] = Dictionary(uniqueKeysWithValues: row.enumerated().map { (firstYear + $0, $1) })
        }
        return out
    }
}
