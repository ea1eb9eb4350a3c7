/// Money per program and year: budgets from the scenario and what was spent.
/// No program spends beyond its budget: `spend` refuses what does not fit.
///
/// Storage is one row per program and one column per year from `firstYear`, so that
/// `spend` (called once per served household) costs a short name scan, not hashing.
public struct ProgramLedger: Sendable {
    /// Program names, sorted.
    public let programs: [String]
    let firstYear: Int
    var budgets: [[Double]]
    var spent: [[Double]]

    public init(budgets: [String: [Int: Double]]) {
        let names = budgets.keys.sorted()
        let years = budgets.values.flatMap(\.keys)
        let first = years.min() ?? 0
        let count = (years.max() ?? first) - first + 1
        programs = names
        firstYear = first
        self.budgets = names.map { p in (0..<count).map { budgets[p]?[first + $0] ?? 0 } }
        spent = names.map { _ in [Double](repeating: 0, count: count) }
    }

    @inline(__always)
    func slot(_ program: String, _ year: Int) -> (Int, Int)? {
        guard let p = programs.firstIndex(of: program) else { return nil }
        let y = year - firstYear
        return y >= 0 && y < budgets[p].count ? (p, y) : nil
    }

    /// The money left to `program` in `year`, yuan (0 for an unknown program or year).
    public func remaining(_ program: String, _ year: Int) -> Double {
        guard let (p, y) = slot(program, year) else { return 0 }
        return budgets[p][y] - spent[p][y]
    }

    /// Spends `amount` yuan if it fits in what is left; returns whether it did.
    @discardableResult
    public mutating func spend(_ program: String, _ year: Int, _ amount: Double) -> Bool {
        guard let (p, y) = slot(program, year), amount <= budgets[p][y] - spent[p][y] + 1e-6 else { return false }
        spent[p][y] += amount
        return true
    }

    /// The account number of `program`, for `spend(account:_:_:)` in loops (-1 when unknown).
    public func account(_ program: String) -> Int { programs.firstIndex(of: program) ?? -1 }

    /// `spend(_:_:_:)` by account number.
    @discardableResult
    public mutating func spend(account p: Int, _ year: Int, _ amount: Double) -> Bool {
        let y = year - firstYear
        guard p >= 0, y >= 0, y < budgets[p].count, amount <= budgets[p][y] - spent[p][y] + 1e-6 else { return false }
        spent[p][y] += amount
        return true
    }

    /// Everything spent in `year`, yuan.
    public func totalSpent(_ year: Int) -> Double {
        let y = year - firstYear
        return spent.reduce(0) { $0 + (y >= 0 && y < $1.count ? $1[y] : 0) }
    }

    /// Budgets, program → year → yuan.
    public var budgetYuan: [String: [Int: Double]] { table(budgets) }
    /// Spending, program → year → yuan (years with nothing spent are left out).
    public var spentYuan: [String: [Int: Double]] {
        table(spent).mapValues { $0.filter { $0.value != 0 } }.filter { !$0.value.isEmpty }
    }

    private func table(_ rows: [[Double]]) -> [String: [Int: Double]] {
        var out: [String: [Int: Double]] = [:]
        for (p, row) in rows.enumerated() {
            out[programs[p]] = Dictionary(uniqueKeysWithValues: row.enumerated().map { (firstYear + $0, $1) })
        }
        return out
    }
}
