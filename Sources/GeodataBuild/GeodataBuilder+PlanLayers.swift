import Foundation
import GIS

extension GeodataBuilder {
    struct PlanLayers { var sites: [Feature] = []; var lines: [Feature] = []; var strategy: [Feature] = [] }

    /// A site feature (Point) with the contract's properties.
    func site(_ id: String, _ name: String, _ kind: String, at p: Position, township: Int,
              capacity: Int = 0, cost: Double = 0, jobs: Int = 0, extra: [(String, JSONValue)] = []) throws -> Feature {
        try feature(.point(p), [
            ("id", .string(id)), ("name", .string(name)), ("kind", .string(kind)),
            ("township_code", .string(townships[township].source.code)),
            ("capacity_persons", .number(Double(capacity))), ("cost_per_person_yuan", .number(cost)),
            ("jobs", .number(Double(jobs))),
        ] + extra + [("source", .string("modelled"))], id: id)
    }

    func township(containing p: Position) -> Int {
        townships.indices.first { (try? geos.prepare(townships[$0].geometry).contains(p)) == true } ?? countySeatIndex
    }

    /// The development zone: 3.5 km south-south-east of the county seat, by the
    /// expressway junction (modelled).
    var developmentZone: Position {
        let seat = townships[countySeatIndex].seat
        return Position(seat.x + 1_500, seat.y - 3_200)
    }

    /// The 高滩 cooperation park, 1 km south-east of the 高滩 seat (modelled).
    var gaotanPark: Position {
        let t = townships.first { $0.source.name == "高滩镇" } ?? townships[countySeatIndex]
        return Position(t.seat.x + 800, t.seat.y - 600)
    }

    func planFeatures() throws -> PlanLayers {
        var out = PlanLayers()
        let towns = centralTowns()
        out.sites = try resettlementSites(towns: towns)
        let orange = try economicSites(into: &out.sites)
        let tourismIDs = try tourismSites(into: &out.sites)
        for (name, theme, members) in demonstrationLines(developmentZone: developmentZone, gaotan: gaotanPark,
                                                          tourism: tourismIDs, orange: Set(orange.map { villages[$0].id })) {
            guard members.count >= 2 else { continue }
            out.lines.append(try feature(.lineString(CoordinateSequence(members.map { villages[$0].point })), [
                ("name", .string(name)), ("theme", .string(theme)),
                ("village_ids", .array(members.map { .string(villages[$0].id) })), ("source", .string("modelled")),
            ]))
        }
        out.strategy = try strategyFeatures(towns: towns)
        return out
    }

    /// Centralised resettlement sites (集中安置): county seat, central towns, the
    /// industrial park, and a central village in every township with ≥ 3 poor villages
    /// (its non-poor 村 with the lowest poverty score).
    func resettlementSites(towns: [Int]) throws -> [Feature] {
        var out: [Feature] = []
        let seat = townships[countySeatIndex].seat
        let s = Position(seat.x + 600, seat.y + 400)
        out.append(try site("site-county-seat", "县城集中安置点 (鼎屏)", "county_seat", at: s,
                            township: township(containing: s), capacity: 15_000, cost: 68_000, jobs: 5_000))
        for t in towns {
            let p = Position(townships[t].seat.x + 300, townships[t].seat.y + 200)
            out.append(try site("site-town-\(townships[t].source.code)", "\(townships[t].source.name)中心场镇安置点", "central_town",
                                at: p, township: township(containing: p), capacity: 2_500, cost: 58_000, jobs: 800))
        }
        let ip = Position(developmentZone.x - 500, developmentZone.y + 300)
        out.append(try site("site-industrial-park", "经济开发区产业园安置点", "industrial_park", at: ip,
                            township: township(containing: ip), capacity: 3_000, cost: 62_000))
        let poorByTownship = Dictionary(grouping: villages.indices.filter { villages[$0].isPoorVillage }) { villages[$0].townshipIndex }
        for ti in poorByTownship.keys.sorted() where poorByTownship[ti]!.count >= 3 {
            let candidates = villages.indices.filter { villages[$0].townshipIndex == ti && villages[$0].isVillage && !villages[$0].isPoorVillage }
            guard let cv = candidates.min(by: { villages[$0].povertyScore < villages[$1].povertyScore }) else { continue }
            out.append(try site("site-cv-\(villages[cv].id)", "\(villages[cv].source.name)中心村安置点", "central_village",
                                at: villages[cv].point, township: ti, capacity: 600, cost: 52_000))
        }
        return out
    }

    /// The development zone, the 高滩 park, the breeding farms (poorest mountain
    /// villages, one per township) and the navel-orange parks (east-trough 村 with the
    /// most farmland; 40 % of it, at least 1,000 mu). Returns the orange villages.
    func economicSites(into out: inout [Feature]) throws -> [Int] {
        out.append(try site("park-dev-zone", "邻水经济开发区 (渝广共建机电产业园、重庆空港工业配套产业园)", "development_zone",
                            at: developmentZone, township: township(containing: developmentZone), jobs: parameters.developmentZoneJobs,
                            extra: [("firms", .number(Double(parameters.developmentZoneFirms)))]))
        out.append(try site("park-gaotan", "高滩川渝合作示范园 (高竹新区)", "cooperation_park", at: gaotanPark,
                            township: township(containing: gaotanPark), jobs: parameters.gaotanParkJobs))
        let mountainPoor = villages.indices.filter { villages[$0].isPoorVillage && villages[$0].isMountain }
            .sorted { villages[$0].povertyScore != villages[$1].povertyScore ? villages[$0].povertyScore > villages[$1].povertyScore : $0 < $1 }
        var farmTownships = Set<Int>(), farms = 0
        for i in mountainPoor where farms < parameters.breedingFarms && farmTownships.insert(villages[i].townshipIndex).inserted {
            farms += 1
            out.append(try site("farm-breeding-\(farms)", "\(villages[i].source.name)标准化养殖场", "breeding_farm",
                                at: villages[i].point, township: villages[i].townshipIndex, jobs: 40))
        }
        let orange = Array(villages.indices.filter { villages[$0].isVillage && villages[$0].terrainUnit == "东槽" }
            .sorted { villages[$0].farmlandMu != villages[$1].farmlandMu ? villages[$0].farmlandMu > villages[$1].farmlandMu : $0 < $1 }
            .prefix(parameters.orangeParks))
        for (k, i) in orange.enumerated() {
            out.append(try site("orange-park-\(k + 1)", "\(villages[i].source.name)脐橙园", "orange_park",
                                at: villages[i].point, township: villages[i].townshipIndex, jobs: 60,
                                extra: [("area_mu", .number(max(1_000, (0.4 * villages[i].farmlandMu).rounded())))]))
        }
        return orange
    }

    /// 天意谷 in 甘坝乡, the four tourism demonstration villages (three named by the
    /// plan where the name exists, the fourth the highest 铜锣山 village), returning
    /// the ids of the villages with a tourism site.
    func tourismSites(into sites: inout [Feature]) throws -> Set<String> {
        var ids = Set<String>()
        if let ganba = townships.firstIndex(where: { $0.source.name == "甘坝乡" }) {
            let members = villages.indices.filter { villages[$0].townshipIndex == ganba }
            if let v = members.min(by: { abs(villages[$0].elevationMetres - 750) < abs(villages[$1].elevationMetres - 750) }) {
                sites.append(try site("tourism-tianyigu", "天意谷 (华蓥山大峡谷)", "tourism_spot", at: villages[v].point,
                                      township: ganba, jobs: 300))
                ids.insert(villages[v].id)
            }
        }
        var demo = ["中城寨村", "芭蕉村", "六合寨村"].compactMap { n in villages.firstIndex { $0.source.name == n } }
        if let tongluo = villages.indices.filter({ villages[$0].terrainUnit == "铜锣山" && villages[$0].isVillage && !demo.contains($0) })
            .max(by: { villages[$0].elevationMetres < villages[$1].elevationMetres }) { demo.append(tongluo) }
        for i in demo {
            sites.append(try site("tourism-\(villages[i].id)", "\(villages[i].source.name)乡村旅游示范村", "tourism_spot",
                                  at: villages[i].point, township: villages[i].townshipIndex, jobs: 80))
            ids.insert(villages[i].id)
        }
        return ids
    }

    func strategyFeatures(towns: [Int]) throws -> [Feature] {
        var out: [Feature] = []
        let core = townships[countySeatIndex]
        out.append(try feature(core.geometry, [("kind", .string("core")), ("name", .string("一核: 县城 (\(core.source.name))")),
                                                ("township_code", .string(core.source.code)), ("source", .string("modelled"))]))
        for r in terrain.ridges {
            guard let beltName = r.beltName else { continue }
            let axis = Geometry.lineString(CoordinateSequence(r.axis.points))
            let belt = try cleaned(try geos.intersection(try geos.buffer(axis, distance: r.sigma * 2.6), county))
            out.append(try feature(belt, [("kind", .string("belt")), ("name", .string(beltName)), ("ridge", .string(r.name)),
                                          ("source", .string("modelled (ridge axis ± 2.6 σ, clipped to the county)"))]))
        }
        for t in towns {
            let given = parameters.centralTowns.contains(townships[t].source.name)
            out.append(try feature(townships[t].geometry, [("kind", .string("central_town_area")),
                ("name", .string("\(townships[t].source.name)中心场镇区")), ("township_code", .string(townships[t].source.code)),
                ("chosen_by", .string(given ? "named in the plan" : "modelled: 镇 farthest from the county seat and the towns already chosen")),
                ("source", .string("modelled"))]))
        }
        return out
    }
}
