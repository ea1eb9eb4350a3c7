import Testing
@testable import Simulation
import Sharding


/// The shard files' village codec carries every stored figure of a village-year: a
/// figure added to `VillageYear` and left out of the codec fails here (merged shards would
/// differ from one process's outputs).
@Suite struct VillageYearsCodecTests {
    @Test func everyStoredFigureOfAVillageYearReadsBack() throws {
        var v = VillageYear()
        // Distinct values in every stored property, set through Mirror's list of them.
        var k = 1
        let labels = Mirror(reflecting: v).children.compactMap(\.label)
        for label in labels {
            switch label {
            case "households": v.households = k
            case "persons": v.persons = k
            case "poorHouseholds": v.poorHouseholds = k
            case "poorPersons": v.poorPersons = k
            case "incomeYuan": v.incomeYuan = Double(k) + 0.25
            case "liftedOutPersons": v.liftedOutPersons = k
            case "newPoorPersons": v.newPoorPersons = k
            case "relocatedPersons": v.relocatedPersons = k
            case "relocatedPoorPersons": v.relocatedPoorPersons = k
            case "exited": v.exited = true
            default: Issue.record("VillageYear.\(label) is new: add it to VillageYearsCodec and to this test")
            }
            k += 1
        }
        let decoded = VillageYearsCodec.decode(VillageYearsCodec.encode([[v, VillageYear()]]), years: 1, villages: 2)
        #expect(decoded == [[v, VillageYear()]])
    }
}
