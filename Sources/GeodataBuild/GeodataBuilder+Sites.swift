import Foundation
import GIS
import Planning

extension GeodataBuilder {
    /// The profile's resettlement sites (集中安置) that it gives: at the county seat, at
    /// each central town, beside a place (the industrial park), and a central village in
    /// every township with enough poor villages (its non-poor 村 with the lowest score).
    func resettlementSites(towns: [Int], places: [String: Position]) throws -> [Feature] {
        var out: [Feature] = []
        let r = profile.resettlement
        let seatTownship = townships[countySeatIndex]
        if let s = r.countySeat {
            let p = Position(seatTownship.seat.x + s.offsetEastMetres, seatTownship.seat.y + s.offsetNorthMetres)
            out.append(try resettlement("site-county-seat", s, "county_seat", at: p, township: township(containing: p), seatTownship.source.name))
        }
        if let s = r.centralTown {
            for t in towns {
                let p = Position(townships[t].seat.x + s.offsetEastMetres, townships[t].seat.y + s.offsetNorthMetres)
                out.append(try resettlement("site-town-\(townships[t].source.code)", s, "central_town", at: p,
                                            township: township(containing: p), townships[t].source.name))
            }
        }
        if let s = r.industrialPark {
            if let near = s.nearPlace.flatMap({ places[$0] }) {
                let p = Position(near.x + s.offsetEastMetres, near.y + s.offsetNorthMetres)
                let t = township(containing: p)
                out.append(try resettlement("site-industrial-park", s, "industrial_park", at: p, township: t, townships[t].source.name))
            } else {
                warnings.append(Diagnostic(.warning, file: profile.file, "resettlement.industrial_park: near_place \(s.nearPlace ?? "(none)") is not a placed place: left out of sites.geojson"))
            }
        }
        if let s = r.centralVillage { out += try centralVillageSites(s) }
        return out
    }

    func centralVillageSites(_ s: ResettlementSiteProfile) throws -> [Feature] {
        var out: [Feature] = []
        let poorByTownship = Dictionary(grouping: villages.indices.filter { villages[$0].isPoorVillage }) { villages[$0].townshipIndex }
        for ti in poorByTownship.keys.sorted() where poorByTownship[ti]!.count >= (s.minPoorVillagesInTownship ?? 1) {
            let candidates = villages.indices.filter { villages[$0].townshipIndex == ti && villages[$0].isVillage && !villages[$0].isPoorVillage }
            guard let cv = candidates.min(by: { villages[$0].povertyScore < villages[$1].povertyScore }) else { continue }
            let name = s.name.replacingOccurrences(of: "{village}", with: villages[cv].source.name)
                .replacingOccurrences(of: "{township}", with: townships[ti].source.name)
            out.append(try site("site-cv-\(villages[cv].id)", name, "central_village", at: villages[cv].point, township: ti,
                                capacity: s.capacityPersons, cost: s.costYuanPerPerson, jobs: s.jobs))
        }
        return out
    }

    func resettlement(_ id: String, _ s: ResettlementSiteProfile, _ kind: String, at p: Position, township: Int, _ townshipName: String) throws -> Feature {
        try site(id, s.name.replacingOccurrences(of: "{township}", with: townshipName), kind, at: p, township: township,
                 capacity: s.capacityPersons, cost: s.costYuanPerPerson, jobs: s.jobs)
    }

    /// The places that are not tourism spots, the breeding farms (poorest mountain
    /// villages, one per township) and the orchard parks (the 村 of the given terrain
    /// units with the most farmland). Returns the orchard villages.
    func economicSites(into out: inout [Feature]) throws -> [Int] {
        for place in profile.places where place.kind != "tourism_spot" {
            guard let r = try resolve(place) else { continue }
            out.append(try site(place.id, place.name, place.kind, at: r.point, township: r.township, jobs: place.jobs,
                                extra: place.firms.map { [("firms", .number(Double($0)))] } ?? []))
        }
        if let farms = profile.industrySites.breedingFarms {
            let mountainPoor = villages.indices.filter { villages[$0].isPoorVillage && villages[$0].isMountain }
                .sorted { villages[$0].povertyScore != villages[$1].povertyScore ? villages[$0].povertyScore > villages[$1].povertyScore : $0 < $1 }
            var farmTownships = Set<Int>(), n = 0
            for i in mountainPoor where n < farms.count && farmTownships.insert(villages[i].townshipIndex).inserted {
                n += 1
                out.append(try site("farm-breeding-\(n)", farms.name.replacingOccurrences(of: "{village}", with: villages[i].source.name),
                                    "breeding_farm", at: villages[i].point, township: villages[i].townshipIndex, jobs: farms.jobs))
            }
        }
        guard let parks = profile.industrySites.orangeParks else { return [] }
        let orange = Array(villages.indices.filter { villages[$0].isVillage && parks.terrainUnits.contains(villages[$0].terrainUnit) }
            .sorted { villages[$0].farmlandMu != villages[$1].farmlandMu ? villages[$0].farmlandMu > villages[$1].farmlandMu : $0 < $1 }
            .prefix(parks.count))
        for (k, i) in orange.enumerated() {
            out.append(try site("orange-park-\(k + 1)", parks.name.replacingOccurrences(of: "{village}", with: villages[i].source.name),
                                "orange_park", at: villages[i].point, township: villages[i].townshipIndex, jobs: parks.jobs,
                                extra: [("area_mu", .number(max(parks.minAreaMu, (parks.farmlandShare * villages[i].farmlandMu).rounded())))]))
        }
        return orange
    }

    /// The tourism places, then the tourism demonstration villages (the named ones that
    /// exist, then the highest 村 of a terrain unit), returning the ids of the villages
    /// with a tourism site.
    func tourismSites(into sites: inout [Feature]) throws -> Set<String> {
        var ids = Set<String>()
        for place in profile.places where place.kind == "tourism_spot" {
            guard let r = try resolve(place) else { continue }
            sites.append(try site(place.id, place.name, place.kind, at: r.point, township: r.township, jobs: place.jobs,
                                  extra: place.firms.map { [("firms", .number(Double($0)))] } ?? []))
            if let v = r.village { ids.insert(villages[v].id) }
        }
        let tv = profile.tourismVillages
        var demo: [Int] = []
        for n in tv.named {
            if let i = villages.firstIndex(where: { $0.source.name == n }) { demo.append(i) } else {
                warnings.append(Diagnostic(.warning, file: profile.file, "tourism_villages.named: no village is named \(n): left out of sites.geojson"))
            }
        }
        if let unit = tv.highestInTerrainUnit,
           let top = villages.indices.filter({ villages[$0].terrainUnit == unit && villages[$0].isVillage && !demo.contains($0) })
            .max(by: { villages[$0].elevationMetres < villages[$1].elevationMetres }) { demo.append(top) }
        for i in demo {
            sites.append(try site("tourism-\(villages[i].id)", "\(villages[i].source.name)乡村旅游示范村", "tourism_spot",
                                  at: villages[i].point, township: villages[i].townshipIndex, jobs: tv.jobs))
            ids.insert(villages[i].id)
        }
        return ids
    }
}
