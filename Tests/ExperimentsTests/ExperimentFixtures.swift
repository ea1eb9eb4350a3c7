import Foundation
import GIS
import Planning
import Simulation
@testable import Experiments

/// A small region on the shipped county profile (one township, `villages` villages of
/// 300 households, a third of them poor villages) and a base scenario with program
/// money, for fast experiments in tests.
enum ExperimentFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let profile: CountyProfile = {
        do { return try CountyProfile.load(path: root.appendingPathComponent("geodata/sources/county.yaml").path) } catch {
            fatalError("fixture profile: \(error)")
        }
    }()

    static func region(villages count: Int = 12) -> Region {
        let u = profile.terrain.units[1]
        let unit = TerrainUnit(name: u.name, kind: u.kind, index: 1)
        let code = "511623100000"
        let township = Township(code: code, name: "乡0", kind: "镇", seatLongitude: 106.8, seatLatitude: 30.2)
        let villages = (0..<count).map { k in
            Village(id: "\(code)-\(String(format: "%03d", k + 1))", name: "村\(k)", townshipCode: code, kind: "村", isPoorVillage: k % 3 == 0,
                    populationPersons: 1000, households: 300, poorHouseholds: 40, poorPersons: 120, incomeYuanPerPerson2015: 7000 + Double(k) * 150,
                    elevationMetres: 600, slopeDegrees: 15, terrainUnit: unit, zones: ZoneSet(), farmlandMu: 1000,
                    infrastructure: .complete, collectiveIncomeYuan: 10_000, distanceTownshipSeatKilometres: 2,
                    distanceCountySeatKilometres: 15, distanceRoadKilometres: 1,
                    centroidLongitude: 106.8 + Double(k) * 0.01, centroidLatitude: 30.2)
        }
        let sites = [
            Site(id: "site-town-a", name: "A", kind: .centralTown, townshipCode: code, capacityPersons: 60, costYuanPerPerson: 60_000,
                 jobs: 500, longitude: 106.82, latitude: 30.21),
        ]
        return Region(profile: profile, townships: [township], villages: villages, sites: sites, lines: [])
    }

    static let baseScenario = """
        name: fixture-base
        seed: 7
        programs:
          breeding:
            budget_yuan_by_year: {2016: 1000000, 2017: 1000000, 2018: 1000000, 2019: 800000, 2020: 800000}
          minimum_income:
            standard_yuan_per_person_by_year: {2016: 3000, 2017: 3300, 2018: 3600, 2019: 3900, 2020: 4200}
            budget_yuan_by_year: {2016: 3000000, 2017: 3500000, 2018: 4000000, 2019: 4500000, 2020: 5000000}
        """

    static var decoder: ScenarioDecoder { ScenarioDecoder { name, _ in
        guard name == "base.yaml" else { throw ScenarioError(.schemaDefault, "extends", "no file \(name)") }
        return (baseScenario, "base.yaml")
    } }

    static func base() throws -> Scenario { try decoder.decode(text: baseScenario, file: "base.yaml") }

    /// The scenario of `factors` at `values` over the base (as --set/--scale overrides, as `explore` does).
    static func scenario(_ factors: [Factor], _ values: [Double]) throws -> Scenario {
        try decoder.decode(text: baseScenario, file: "base.yaml", overrides: ScenarioPatch.overrides(factors: factors, values: values))
    }

    static func simulation(_ region: Region, _ factors: [Factor], _ values: [Double]) throws -> SimulationRun {
        SimulationRun(world: try SimulationWorld(region: region, scenario: try scenario(factors, values)))
    }
}
