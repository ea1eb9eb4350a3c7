import Testing
@testable import Simulation

@Suite struct ProgramLedgerTests {
    @Test func eachProgramSpendsOnlyItsOwnBudget() {
        var ledger = ProgramLedger(budgets: [.tourism: [2016: 100, 2017: 50], .housing: [2016: 10]])
        let first = ledger.spend(.tourism, 2016, 60), second = ledger.spend(.tourism, 2016, 60)
        #expect(first)
        #expect(!second, "only 40 left")
        #expect(ledger.remaining(.tourism, 2016) == 40)
        #expect(ledger.remaining(.housing, 2016) == 10)
        let unbudgeted = ledger.spend(.breeding, 2016, 1), outside = ledger.spend(.tourism, 2018, 1)
        #expect(!unbudgeted, "no budget given: nothing to spend")
        #expect(!outside, "a year outside the budgets")
        #expect(ledger.totalSpent(2016) == 60)
        #expect(ledger.spentYuan == ["tourism": [2016: 60]])
        // Every program appears in the budgets by its scenario name, with every year of the ledger.
        #expect(Set(ledger.budgetYuan.keys) == Set(Program.allCases.map(\.rawValue)))
        #expect(ledger.budgetYuan["breeding"] == [2016: 0, 2017: 0])
    }

    @Test func programsAreInTheOrderOfTheirNamesAndIndexedByIt() {
        #expect(Program.allCases.map(\.rawValue) == Program.allCases.map(\.rawValue).sorted())
        #expect(Program.allCases.map(\.index) == Array(Program.allCases.indices))
        // Every program is a section of `programs` with a budget.
        let budgets = Set(ScenarioSchema.leafPaths.map(\.path).filter { $0.hasSuffix(".budget_yuan_by_year") })
        #expect(budgets == Set(Program.allCases.map { "programs.\($0.rawValue).budget_yuan_by_year" }))
    }
}
