import Planning
import Testing
@testable import Simulation

@Suite struct ProgramTargetsTests {
    func world(_ yaml: String) throws -> SimulationWorld {
        try SimulationWorld(region: Fixtures.small(), scenario: try Fixtures.scenario(yaml))
    }

    func tourismRecord(_ yaml: String) throws -> TargetRecord {
        let w = try world(yaml)
        var (state, random) = SimulationRun(world: w).initialState(runSeed: 3)
        Tourism(world: w).apply(to: &state, year: 2016, random: &random)
        return try #require(state.targets.records.last)
    }

    @Test func aTourismTargetBeyondItsBudgetIsBoundByTheBudget() throws {
        let capped = try tourismRecord("programs:\n  tourism:\n    villages_by_year: {2016: 1}\n    cost_yuan_per_village: 1000\n    budget_yuan_by_year: {2016: 500}\n")
        #expect(capped.program == .tourism && capped.year == 2016)
        #expect(capped.target == 1 && capped.achieved == 0)
        #expect(capped.binding == .budget)
        #expect(capped.note.contains("预算不足"))
        let met = try tourismRecord("programs:\n  tourism:\n    villages_by_year: {2016: 1}\n    cost_yuan_per_village: 1000\n    budget_yuan_by_year: {2016: 1500}\n")
        #expect(met.target == 1 && met.achieved == 1 && met.binding == .none && met.note.isEmpty)
    }

    @Test func relocationRowsNameTheLargestReasonPersonsStayed() {
        var plan = RelocationPlan()
        plan.eligible = HouseholdCount(households: 100, persons: 400)
        plan.moved = HouseholdCount(households: 20, persons: 80)
        plan.unassigned[.declined] = HouseholdCount(households: 10, persons: 40)
        plan.unassigned[.budget] = HouseholdCount(households: 60, persons: 250)
        plan.unassigned[.capacity] = HouseholdCount(households: 10, persons: 30)
        let r = ProgramTargets.relocationRecord(plan, year: 2017)
        #expect(r.target == 360 && r.achieved == 80)
        #expect(r.binding == .budget)
        #expect(r.note == "预算不足未安置 250 人；安置点已满未安置 30 人")
        plan.unassigned[.budget] = nil
        plan.unassigned[.capacity] = nil
        plan.unassigned[.noSite] = HouseholdCount(households: 5, persons: 20)
        #expect(ProgramTargets.relocationRecord(plan, year: 2017).binding == .capacity)
    }

    @Test func everyProgramWithABudgetHasARowAndASpentBudgetBinds() {
        var result = RunResult()
        result.budgetYuan = ["housing": [2016: 100, 2017: 100], "jobs": [2016: 50]]
        result.spentYuan = ["housing": [2016: 100, 2017: 40], "jobs": [2016: 10]]
        result.targets.record(TargetRecord(program: .tourism, year: 2016, target: 5, achieved: 3, unit: "villages (cumulative)", binding: .budget))
        let rows = ProgramTargets.rows(result, years: 2016...2017)
        #expect(rows.map { "\($0.program.rawValue) \($0.year) \($0.binding.rawValue)" } == [
            "housing 2016 budget", "housing 2017 none", "jobs 2016 none", "tourism 2016 budget",
        ])
        #expect(rows[0].note == "预算用尽")
    }

    @Test func budgetsThatCanNeverBeSpentAreWarnedAbout() throws {
        let w = try world("""
            programs:
              tourism:
                villages_by_year: {2016: 1}
                cost_yuan_per_village: 1000
                budget_yuan_by_year: {2016: 5000, 2030: 10}
              cooperatives:
                new_per_year: 1
                cost_yuan_per_cooperative: 100
                budget_yuan_by_year: {2017: 100}
            """)
        let warnings = UnspendableBudgets.warnings(w)
        #expect(warnings.contains { $0.contains("programs.tourism.budget_yuan_by_year: money for years the county profile does not simulate") && $0.hasSuffix("(year 2030)") })
        #expect(warnings.contains { $0.contains("programs.tourism.budget_yuan_by_year: 5000 yuan, but the target can use at most 1000 yuan; 4000 yuan can never be spent (year 2016)") })
        // 1 × 100 yuan in 2017 can all be spent.
        #expect(!warnings.contains { $0.contains("cooperatives") && $0.contains("2017") }, "\(warnings)")
        let off = try world("processes: [income_growth]\nprograms:\n  housing:\n    budget_yuan_by_year: {2016: 10, 2017: 10}\n")
        #expect(UnspendableBudgets.warnings(off).contains { $0.contains("programs.housing.budget_yuan_by_year: money, but the process \"housing\" is not in `processes`") && $0.contains("2016, 2017") })
    }

    @Test func impossibleTourismTargetsAreErrors() throws {
        // More tourism villages than the region can designate (the check against the region).
        #expect(throws: ScenarioError.self) { try world("programs:\n  tourism:\n    villages_by_year: {2016: 300}\n") }
        // Decreasing cumulative targets.
        #expect(throws: ScenarioError.self) { try world("programs:\n  tourism:\n    villages_by_year: {2016: 2, 2017: 1}\n") }
    }
}
