import GIS
import Planning
import Testing
@testable import Simulation

@Suite struct HouseholdSynthesisTests {
    @Test func everyVillagesControlTotalsAreMatchedExactly() throws {
        let region = Fixtures.countyLike()
        let world = try SimulationWorld(region: region, scenario: try Fixtures.scenario())
        let (state, _) = SimulationRun(world: world).initialState(runSeed: 3)
        let t = state.households
        for (v, village) in world.villages.enumerated() {
            var persons = 0, poorHouseholds = 0, poorPersons = 0, income = 0.0
            for i in t.range(ofVillage: v) {
                persons += Int(t.persons[i]); income += Double(t.netIncomeYuan(i))
                if t.flags[i].contains(.poor) {
                    poorHouseholds += 1; poorPersons += Int(t.persons[i])
                    #expect(Double(t.netIncomeYuan(i)) / Double(t.persons[i]) < 2855)
                } else {
                    #expect(Double(t.netIncomeYuan(i)) / Double(t.persons[i]) >= 2855)
                }
            }
            #expect(t.range(ofVillage: v).count == village.households)
            #expect(persons == village.populationPersons && poorHouseholds == village.poorHouseholds && poorPersons == village.poorPersons)
            #expect(abs(income / Double(persons) - village.incomeYuanPerPerson2015) < 1.0, "village \(village.id) mean income")
        }
    }

    @Test func sizesSumToThePersonsAndStayPositive() {
        var rng = Xoshiro256StarStar(seed: 1)
        for (h, p) in [(1, 1), (10, 31), (3, 40), (100, 100), (57, 190)] {
            let s = HouseholdSynthesis.sizes(households: h, persons: p, random: &rng)
            #expect(s.count == h && s.reduce(0, +) == p && s.allSatisfy { $0 >= 1 })
        }
    }
}
