import Testing
@testable import Simulation

/// The work teams of the poor villages and the 精准扶贫 targeting (`poor_villages_first`),
/// on the tiny fixture region (village 0 is the only poor village; every village has
/// 40 registered poor households).
@Suite struct WorkTeamsTests {
    typealias Setup = ProcessIsolationTests.Setup

    func setup(_ yaml: String) throws -> Setup {
        try ProcessIsolationTests().setup(yaml)
    }

    /// Registered poor households with labour of village `v`, lowest income per person first.
    func poorWithLabour(_ t: HouseholdTable, village v: Int) -> [Int] {
        t.range(ofVillage: v).filter { t.flags[$0].contains(.poor) && t.labourers[$0] > 0 }
            .sorted { (t.netIncomeYuan($0) / Float(t.persons[$0]), $0) < (t.netIncomeYuan($1) / Float(t.persons[$1]), $1) }
    }

    @Test func postsGoToThePoorestOfThePoorVillageAndEveryPoorHouseholdWithLabourGetsAGrant() throws {
        var s = try setup("""
            programs:
              work_teams: {welfare_posts_per_village: 5, welfare_post_wage_yuan_per_year: 4800,
                           industry_grant_yuan_per_household: 3000, industry_gain_yuan_per_person_per_year: 500,
                           budget_yuan_by_year: {2016: 10000000}}
            """)
        let eligible = poorWithLabour(s.state.households, village: 0)
        #expect(eligible.count > 5)
        s.apply(WorkTeams.self)
        let t = s.state.households
        let posts = (0..<t.count).filter { t.flags[$0].contains(.welfarePost) }
        #expect(posts == Array(eligible.prefix(5)).sorted())
        for i in 0..<t.count {
            let served = eligible.contains(i)
            #expect(t.flags[i].contains(.teamGrant) == served, "household \(i)")
            let expected: Float = (served ? 500 * Float(t.persons[i]) : 0) + (posts.contains(i) ? 4800 : 0)
            #expect(abs(t.programYuan[i] - expected) < 0.01)
        }
        let spent = s.state.ledger.spentYuan["work_teams"]?[2016] ?? 0
        #expect(abs(spent - Double(5 * 4800 + eligible.count * 3000)) < 1e-6)
    }

    @Test func theBudgetLimitsPostsAndGrantsAndPostsAreKeptOnlyWhilePaid() throws {
        var s = try setup("""
            programs:
              work_teams: {welfare_posts_per_village: 3, welfare_post_wage_yuan_per_year: 1000,
                           industry_grant_yuan_per_household: 2000,
                           budget_yuan_by_year: {2016: 5000, 2017: 2000}}
            """)
        s.apply(WorkTeams.self, year: 2016)
        var t = s.state.households
        // 3 posts (3,000), then one grant (2,000): the budget is spent.
        #expect((0..<t.count).filter { t.flags[$0].contains(.welfarePost) }.count == 3)
        #expect((0..<t.count).filter { t.flags[$0].contains(.teamGrant) }.count == 1)
        // The village exits; in 2017 the money pays two of the three posts and nothing new.
        s.state.villages.exitYear[0] = 2016
        s.apply(WorkTeams.self, year: 2017)
        t = s.state.households
        #expect((0..<t.count).filter { t.flags[$0].contains(.welfarePost) }.count == 2)
        #expect((0..<t.count).filter { t.flags[$0].contains(.teamGrant) }.count == 1)
        #expect((s.state.ledger.spentYuan["work_teams"]?[2017] ?? 0) <= 2000)
    }

    @Test func targetingPutsTheUnexitedPoorVillageFirstInJobsAndHousing() throws {
        let jobs = "jobs: {take_up_fraction: 1, distance_decay_km: 500, new_hire_fraction_of_jobs_per_year: 0.02}"
        let housing = "housing: {cost_yuan_per_household: 1000, budget_yuan_by_year: {2016: 5000}}"
        func served(_ on: Bool, exited: Bool = false) throws -> (jobs: Set<Int>, housing: Set<Int>) {
            var s = try setup("programs:\n  poor_villages_first: \(on)\n  \(jobs)\n  \(housing)\n")
            if exited { s.state.villages.exitYear[0] = 2015 }
            // Some unsafe houses everywhere.
            for i in 0..<s.state.households.count where i % 3 == 0 { s.state.households.flags[i].insert(.unsafeHousing) }
            s.apply(Jobs.self)
            let t0 = s.state.households
            let jobVillages = Set((0..<t0.count).filter { t0.flags[$0].contains(.job) }.map { Int(t0.village[$0]) })
            let before = s.state.households.flags
            s.apply(HousingRenovation.self)
            let t = s.state.households
            let renovated = Set((0..<t.count).filter { before[$0].contains(.unsafeHousing) && !t.flags[$0].contains(.unsafeHousing) }
                .map { Int(t.village[$0]) })
            return (jobVillages, renovated)
        }
        let on = try served(true)
        #expect(on.jobs == [0])
        #expect(on.housing == [0])
        let off = try served(false)
        #expect(off.jobs.count > 1 || off.housing.count > 1, "without targeting the programs reach other villages too")
        let exited = try served(true, exited: true)
        #expect(exited.jobs != [0] || exited.housing != [0], "an exited poor village is no longer served first")
    }
}
