import Foundation
import GIS
import Planning
@testable import Simulation

/// The zones of the fixture profile (the shipped county.yaml), by their position in its
/// list: 二环山区, 水淹区, 旱山区, 地质灾害沉陷区.
enum FixtureZone: Int, CaseIterable {
    case mountainRing, flood, drought, geologicalHazard
}

extension ZoneSet {
    /// The set of these fixture zones.
    init(_ zones: [FixtureZone]) { self.init(indices: zones.map(\.rawValue)) }
    func contains(_ zone: FixtureZone) -> Bool { contains(zone.rawValue) }
}

/// Regions built in code for the tests: `small` (a handful of villages and sites) and
/// `countyLike` (522 villages whose totals match the shipped profile: 64,900 rural poor,
/// 9.5 %, 152 poor villages), deterministic from a fixed seed, on the shipped profile.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped county profile (geodata/sources/county.yaml): the fixtures' terrain
    /// units, zones, years, exit thresholds and calibration targets.
    static let profile: CountyProfile = {
        do { return try CountyProfile.load(path: root.appendingPathComponent("geodata/sources/county.yaml").path) } catch {
            fatalError("fixture profile: \(error)")
        }
    }()

    /// The profile's terrain unit at position `index` (west to east).
    static func unit(_ index: Int) -> TerrainUnit {
        let u = profile.terrain.units[index]
        return TerrainUnit(name: u.name, kind: u.kind, index: index)
    }

    static let townships: [Township] = (0..<45).map { k in
        Township(code: "511623\(100 + k)000", name: "乡\(k)", kind: k < 20 ? "镇" : "乡",
                 seatLongitude: 106.75 + Double(k % 9) * 0.05, seatLatitude: 30.05 + Double(k / 9) * 0.1)
    }

    static func format3(_ k: Int) -> String { String(repeating: "0", count: 3 - String(k).count) + String(k) }

    static func terrain(_ lon: Double) -> TerrainUnit {
        switch lon {
        case ..<106.8: unit(0)
        case ..<106.9: unit(1)
        case ..<106.98: unit(2)
        case ..<107.1: unit(3)
        default: unit(4)
        }
    }

    /// A county-like region: 480 村 (152 poor) and 42 社区.
    static func countyLike() -> Region {
        var rng = SplitMix64(seed: 42)
        func unit() -> Double { Double(rng.next() >> 11) * 0x1.0p-53 }
        var villages: [Village] = []
        let ruralPopulation = 683_158, poorTotal = 64_900
        var popLeft = ruralPopulation, poorLeft = poorTotal
        for k in 0..<522 {
            let t = townships[k % 45]
            let rural = k < 480
            let poorVillage = rural && (k * 152) % 480 < 152
            let lon = t.seatLongitude + (unit() - 0.5) * 0.05, lat = t.seatLatitude + (unit() - 0.5) * 0.08
            var population = rural ? (k == 479 ? popLeft : 1423 + (k % 2 == 0 ? 1 : -1) * ((k / 2 * 37) % 200)) : 2500
            if rural { popLeft -= population }
            let incidence = poorVillage ? 0.155 : 0.066
            var poor = rural ? (k == 479 ? poorLeft : Int(Double(population) * incidence)) : 340
            if rural { poorLeft -= poor }
            population = max(population, poor + 10)
            let households = population * 10 / 34
            let poorHouseholds = max(poor > 0 ? 1 : 0, poor * 10 / 31)
            poor = max(poor, poorHouseholds)
            let unitT = terrain(lon)
            var zones: [FixtureZone] = []
            if unitT.isMountain && poorVillage { zones.append(.mountainRing) }
            if k % 11 == 0 { zones.append(.flood) }
            if k % 13 == 0 { zones.append(.geologicalHazard) }
            if k % 7 == 0 && unitT.isMountain { zones.append(.drought) }
            let income = poorVillage ? 5600.0 : 7400.0
            let infra = VillageInfrastructure(road: !poorVillage || k % 3 == 0, water: !poorVillage || k % 4 != 0, power: true,
                                              broadband: !poorVillage || k % 2 == 0, clinic: !poorVillage || k % 5 != 0, cultureRoom: !poorVillage)
            villages.append(Village(
                id: "\(t.code)-\(format3(k / 45 + 1))", name: "村\(k)", townshipCode: t.code, kind: rural ? "村" : "社区",
                isPoorVillage: poorVillage, populationPersons: population, households: households, poorHouseholds: poorHouseholds,
                poorPersons: poor, incomeYuanPerPerson2015: income, elevationMetres: unitT.isMountain ? 700 : 350,
                slopeDegrees: unitT.isMountain ? 18 : 5, terrainUnit: unitT, zones: ZoneSet(zones), farmlandMu: 1500,
                infrastructure: infra, collectiveIncomeYuan: poorVillage ? 0 : 30_000,
                distanceTownshipSeatKilometres: 3, distanceCountySeatKilometres: 20, distanceRoadKilometres: 1,
                centroidLongitude: lon, centroidLatitude: lat))
        }
        return Region(profile: profile, townships: townships, villages: villages, sites: sites(), lines: lines(villages))
    }

    static func sites() -> [Site] {
        var s: [Site] = [
            Site(id: "site-county-seat", name: "鼎屏", kind: .countySeat, townshipCode: townships[0].code, capacityPersons: 12_000,
                 costYuanPerPerson: 60_000, jobs: 5_000, longitude: 106.93, latitude: 30.33),
            Site(id: "park-dev-zone", name: "经开区", kind: .developmentZone, townshipCode: townships[1].code, capacityPersons: 0,
                 costYuanPerPerson: 0, jobs: 20_000, longitude: 106.95, latitude: 30.30),
            Site(id: "park-gaotan", name: "高滩", kind: .cooperationPark, townshipCode: townships[2].code, capacityPersons: 0,
                 costYuanPerPerson: 0, jobs: 5_000, longitude: 106.85, latitude: 30.1),
            Site(id: "site-industrial-park", name: "园区", kind: .industrialPark, townshipCode: townships[1].code, capacityPersons: 4_000,
                 costYuanPerPerson: 55_000, jobs: 0, longitude: 106.96, latitude: 30.31),
            Site(id: "tourism-tianyigu", name: "天意谷", kind: .tourismSpot, townshipCode: townships[30].code, capacityPersons: 0,
                 costYuanPerPerson: 0, jobs: 0, longitude: 107.1, latitude: 30.4),
        ]
        for k in 0..<8 {
            let t = townships[k * 5 + 3]
            s.append(Site(id: "site-town-\(t.code)", name: "镇\(k)", kind: .centralTown, townshipCode: t.code, capacityPersons: 1_500,
                          costYuanPerPerson: 50_000, jobs: 400, longitude: t.seatLongitude, latitude: t.seatLatitude))
        }
        for k in 0..<45 {
            let t = townships[k]
            s.append(Site(id: "site-cv-\(t.code)-001", name: "中心村\(k)", kind: .centralVillage, townshipCode: t.code, capacityPersons: 300,
                          costYuanPerPerson: 45_000, jobs: 0, longitude: t.seatLongitude + 0.01, latitude: t.seatLatitude))
        }
        for k in 0..<5 {
            let t = townships[k * 9 + 4]
            s.append(Site(id: "farm-breeding-\(k + 1)", name: "养殖\(k)", kind: .breedingFarm, townshipCode: t.code, capacityPersons: 0,
                          costYuanPerPerson: 0, jobs: 0, longitude: k % 2 == 0 ? 106.77 : 106.95, latitude: t.seatLatitude))
        }
        for k in 0..<32 {
            let t = townships[(k * 7) % 45]
            s.append(Site(id: "orange-park-\(k + 1)", name: "脐橙\(k)", kind: .orangePark, townshipCode: t.code, capacityPersons: 0,
                          costYuanPerPerson: 0, jobs: 0, longitude: t.seatLongitude - 0.01, latitude: t.seatLatitude))
        }
        return s
    }

    static func lines(_ villages: [Village]) -> [DemonstrationLine] {
        ["二环山", "城乡统筹", "农旅结合", "现代农业", "生态旅游", "工农互动"].enumerated().map { k, name in
            DemonstrationLine(name: name, theme: name, villageIDs: villages.enumerated().filter { $0.offset % 6 == k && $0.offset % 4 == 0 }.map(\.element.id),
                              isTourismLine: k == 2 || k == 4)
        }
    }

    /// A tiny region: one township, `villages` villages (the first poor), two sites.
    static func small(villages count: Int = 3, zones: [FixtureZone] = [.geologicalHazard]) -> Region {
        let t = townships[0]
        let villages = (0..<count).map { k in
            Village(id: "\(t.code)-\(format3(k + 1))", name: "村\(k)", townshipCode: t.code, kind: "村", isPoorVillage: k == 0,
                    populationPersons: 1000, households: 300, poorHouseholds: 40, poorPersons: 120, incomeYuanPerPerson2015: 7000,
                    elevationMetres: 800, slopeDegrees: 20, terrainUnit: unit(0), zones: ZoneSet(k == 0 ? zones : []), farmlandMu: 1000,
                    infrastructure: .complete, collectiveIncomeYuan: 10_000, distanceTownshipSeatKilometres: 2,
                    distanceCountySeatKilometres: 15, distanceRoadKilometres: 1,
                    centroidLongitude: 106.8 + Double(k) * 0.01, centroidLatitude: 30.2)
        }
        let sites = [
            Site(id: "site-town-a", name: "A", kind: .centralTown, townshipCode: t.code, capacityPersons: 60, costYuanPerPerson: 60_000,
                 jobs: 500, longitude: 106.82, latitude: 30.21),
            Site(id: "farm-breeding-1", name: "B", kind: .breedingFarm, townshipCode: t.code, capacityPersons: 0, costYuanPerPerson: 0,
                 jobs: 0, longitude: 106.8, latitude: 30.22),
        ]
        return Region(profile: profile, townships: [t], villages: villages, sites: sites, lines: [])
    }

    /// The parent of every fixture scenario: the relocation zones of the shipped baseline,
    /// and program money (the schema gives none and no zones, both being the county's):
    /// the budgets and minimum-income standard the schema's defaults held before they
    /// moved into scenarios/baseline.yaml (the baseline's, before its calibration).
    static let parentScenario = """
        programs:
          relocation:
            eligible_zones: [地质灾害沉陷区, 水淹区, 二环山区]
            mandatory_zones: [地质灾害沉陷区, 水淹区]
            budget_yuan_by_year: {2016: 200000000, 2017: 250000000, 2018: 250000000, 2019: 150000000, 2020: 100000000}
          breeding:
            budget_yuan_by_year: {2016: 10000000, 2017: 10000000, 2018: 10000000, 2019: 8000000, 2020: 8000000}
          orchards:
            budget_yuan_by_year: {2016: 6000000, 2017: 6000000, 2018: 6000000, 2019: 4000000, 2020: 4000000}
          jobs:
            budget_yuan_by_year: {2016: 3000000, 2017: 3000000, 2018: 3000000, 2019: 3000000, 2020: 3000000}
          cooperatives:
            budget_yuan_by_year: {2016: 5000000, 2017: 5000000, 2018: 5000000, 2019: 5000000, 2020: 5000000}
          tourism:
            budget_yuan_by_year: {2016: 15000000, 2017: 15000000, 2018: 8000000, 2019: 6000000, 2020: 6000000}
          work_teams:
            budget_yuan_by_year: {2016: 5000000, 2017: 30000000, 2018: 20000000, 2019: 15000000, 2020: 15000000}
          minimum_income:
            standard_yuan_per_person_by_year: {2016: 3000, 2017: 3300, 2018: 3600, 2019: 3900, 2020: 4200}
            budget_yuan_by_year: {2016: 30000000, 2017: 35000000, 2018: 40000000, 2019: 45000000, 2020: 50000000}
          medical_assistance:
            budget_yuan_by_year: {2016: 18700000, 2017: 22000000, 2018: 24000000, 2019: 25000000, 2020: 25000000}
          housing:
            budget_yuan_by_year: {2016: 60000000, 2017: 60000000, 2018: 40000000, 2019: 20000000, 2020: 20000000}
          infrastructure:
            budget_yuan_by_year: {2016: 30000000, 2017: 80000000, 2018: 80000000, 2019: 30000000, 2020: 20000000}
        """

    /// The defaults, with the baseline's relocation zones (`parentScenario`, which a
    /// text may replace), with `overrides` applied as YAML text.
    static func scenario(_ yaml: String = "") throws -> Scenario {
        try ScenarioDecoder(load: { name, _ in
            guard name == "parent.yaml" else { throw ScenarioError(.schemaDefault, "extends", "no file \(name)") }
            return (parentScenario, name)
        }).decode(text: yaml + "\nextends: parent.yaml\n", file: "test.yaml")  // last, so line numbers stay
    }
}
