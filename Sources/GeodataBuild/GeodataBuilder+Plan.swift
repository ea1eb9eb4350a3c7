import GIS
import Planning

extension GeodataBuilder {
    /// The layout's central towns: the named ones (those in the township list) and, up
    /// to `central_town_count`, the 镇 (not a core township) farthest from the county
    /// seat and from the towns already chosen (greedy farthest point), so that every part
    /// of the county is served.
    func centralTowns() -> [Int] {
        let layout = profile.layout
        let core = Set(layout.coreTownships)
        for n in layout.centralTowns where !townships.contains(where: { $0.source.name == n }) {
            warnings.append(Diagnostic(.warning, file: profile.file, "layout.central_towns: \(n) is not in the township list: left out"))
        }
        var chosen = layout.centralTowns.compactMap { n in townships.firstIndex { $0.source.name == n } }
        var anchors = chosen.map { townships[$0].seat } + [townships[countySeatIndex].seat]
        while chosen.count < layout.centralTownCount {
            let candidates = townships.indices.filter {
                townships[$0].source.kind == "镇" && !core.contains(townships[$0].source.name) && !chosen.contains($0)
            }
            guard let next = candidates.max(by: { a, b in
                let da = anchors.map { PlanarPolyline.length($0, townships[a].seat) }.min()!
                let db = anchors.map { PlanarPolyline.length($0, townships[b].seat) }.min()!
                return da != db ? da < db : a > b
            }) else { break }
            chosen.append(next)
            anchors.append(townships[next].seat)
        }
        return chosen
    }

    /// The villages of a theme: the best `villagesPerLine` by `score` (higher first),
    /// visited as a short route: from the southernmost along the NNE–SSW grain, each
    /// time to the nearest unvisited village, then shortened by 2-opt (no crossings).
    func lineVillages(_ filter: (VillageRecord) -> Bool, score: (VillageRecord) -> Double) -> [Int] {
        let pool = villages.indices.filter { villages[$0].isVillage && filter(villages[$0]) }
        let best = Array(pool.sorted { score(villages[$0]) != score(villages[$1]) ? score(villages[$0]) > score(villages[$1]) : $0 < $1 }
            .prefix(profile.demonstrationLines.villagesPerLine))
        guard best.count > 2 else { return best }
        let grain: (Int) -> Double = { i in let p = self.villages[i].point; return p.x * 0.5 + p.y * 0.866 }
        var route = [best.min { grain($0) != grain($1) ? grain($0) < grain($1) : $0 < $1 }!]
        var left = best.filter { $0 != route[0] }
        while !left.isEmpty {
            let last = villages[route.last!].point
            let k = left.indices.min { PlanarPolyline.length(villages[left[$0]].point, last) < PlanarPolyline.length(villages[left[$1]].point, last) }!
            route.append(left.remove(at: k))
        }
        return twoOpt(route)
    }

    /// Reverses segments of an open route while that shortens it.
    /// - Complexity: O(n²) per pass, a few passes.
    func twoOpt(_ route: [Int]) -> [Int] {
        var r = route
        func d(_ a: Int, _ b: Int) -> Double { PlanarPolyline.length(villages[r[a]].point, villages[r[b]].point) }
        var improved = true, passes = 0
        while improved && passes < 20 {
            improved = false; passes += 1
            for i in 0..<(r.count - 2) {
                for j in (i + 2)..<(r.count - 1) where d(i, i + 1) + d(j, j + 1) > d(i, j) + d(i + 1, j + 1) + 1e-6 {
                    r[(i + 1)...j].reverse(); improved = true
                }
            }
        }
        return r
    }

    /// The demonstration lines of the profile, in its order: (line, village indices in
    /// line order). A line whose `near_ridge` the model inputs lack is left out, with a warning.
    func demonstrationLines(places: [String: Position], tourism: Set<String>, orange: Set<String>) -> [(LineProfile, [Int])] {
        profile.demonstrationLines.list.compactMap { line in
            var ridge: TerrainModel.Ridge? = nil
            if let name = line.select.nearRidge {
                guard let r = terrain.ridges.first(where: { $0.name == name }) else {
                    warnings.append(Diagnostic(.warning, file: parameters.modelInputs.file ?? profile.file,
                        "\(parameters.countyName) has no ridge \(name) in \(parameters.modelInputsName): lines.geojson has no line \(line.name) (it runs along that ridge)"))
                    return nil
                }
                ridge = r
            }
            let score = lineScore(line.rankBy, places: places, tourism: tourism, orange: orange)
            return (line, lineVillages({ self.admits(line.select, $0, ridge: ridge, tourism: tourism) }, score: score))
        }
    }

    /// Whether a village passes every condition of a line's selection.
    func admits(_ s: LineSelection, _ v: VillageRecord, ridge: TerrainModel.Ridge?, tourism: Set<String>) -> Bool {
        guard s.zones.allSatisfy(v.zones.contains), !s.notZones.contains(where: v.zones.contains) else { return false }
        if !s.terrainUnits.isEmpty || s.orTourismSite {
            guard s.terrainUnits.contains(v.terrainUnit) || (s.orTourismSite && tourism.contains(v.id)) else { return false }
        }
        if !s.townships.isEmpty && !s.townships.contains(v.source.townshipName) { return false }
        if let r = ridge, r.profile(at: v.point).distance > s.nearRidgeSigmas * r.sigma { return false }
        return true
    }

    /// The ranking score of a line (higher is better).
    func lineScore(_ rank: LineRanking, places: [String: Position], tourism: Set<String>, orange: Set<String>) -> (VillageRecord) -> Double {
        let seat = townships[countySeatIndex].seat
        func dist(_ v: VillageRecord, _ p: Position) -> Double { PlanarPolyline.length(v.point, p) }
        switch rank {
        case .povertyScore: return { $0.povertyScore }
        case .nearCountySeat: return { -dist($0, seat) }
        case .tourismOrchardFarmland:
            return { (tourism.contains($0.id) ? 2 : 0) + (orange.contains($0.id) ? 1 : 0) + $0.farmlandMu / 1e5 }
        case .farmland: return { $0.farmlandMu }
        case .elevation: return { $0.elevationMetres }
        case .nearPlaces(let ids):
            let points = ids.compactMap { places[$0] }
            return { v in -(points.map { dist(v, $0) }.min() ?? 0) }
        }
    }
}
