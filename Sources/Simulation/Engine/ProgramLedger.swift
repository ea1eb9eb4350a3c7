/// Money per program and year: budgets from the scenario and what was spent.
/// No program spends beyond its budget: `spend` refuses what does not fit.
public struct ProgramLedger: Sendable {
    /// Program names in scenario order.
    public let programs: [String]
    public private(set) var budgetYuan: [String: [Int: Double]]
    public private(set) var spentYuan: [String: [Int: Double]] = [:]

    public init(budgets: [String: [Int: Double]]) {
        budgetYuan = budgets
        programs = budgets.keys.sorted()
    }

    /// The money left to `program` in `year`, yuan.
    public func remaining(_ program: String, _ year: Int) -> Double {
        (budgetYuan[program]?[year] ?? 0) - (spentYuan[program]?[year] ?? 0)
    }

    /// Spends `amount` yuan if it fits in what is left; returns whether it did.
    @discardableResult
    public mutating func spend(_ program: String, _ year: Int, _ amount: Double) -> Bool {
        guard amount <= remaining(program, year) + 1e-6 else { return false }
        spentYuan[program, default: [:]][year, default: 0] += amount
        return true
    }

    /// Everything spent in `year`, yuan.
    public func totalSpent(_ year: Int) -> Double {
        spentYuan.values.reduce(0) { $0 + ($1[year] ?? 0) }
    }
}
