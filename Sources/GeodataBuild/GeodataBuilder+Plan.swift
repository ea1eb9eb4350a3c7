import Foundation
import GIS

extension GeodataBuilder {
    /// The "138" central towns: the given ones (九龙, 丰禾) and, up to
    /// `centralTownCount`, the 镇 farthest from the county seat and from the towns
    /// already chosen (greedy farthest point), so that every part of the county is served.
    func centralTowns() -> [Int] {
        let core = Set(["鼎屏镇", "城北镇", "城南镇"])
        var chosen = parameters.centralTowns.compactMap { n in townships.firstIndex { $0.source.name == n } }
        var anchors = chosen.map { townships[$0].seat } + [townships[countySeatIndex].seat]
        while chosen.count < parameters.centralTownCount {
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
            .prefix(parameters.villagesPerLine))
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

    /// Within 3.5 σ of the middle ridge's crest (its two flanks).
    func nearMiddleRidge(_ p: Position) -> Bool {
        guard terrain.ridges.count >= 2 else { return true }
        let r = terrain.ridges[terrain.ridges.count / 2]
        return r.profile(at: p).distance <= 3.5 * r.sigma
    }

    /// The six demonstration lines: (name, theme, village indices in line order).
    func demonstrationLines(developmentZone: Position, gaotan: Position, tourism: Set<String>, orange: Set<String>) -> [(String, String, [Int])] {
        let mingyue = Set(["护邻乡", "兴仁镇", "石滓镇", "八耳镇", "丰禾镇", "黎家乡"])
        let seat = townships[countySeatIndex].seat
        func dist(_ v: VillageRecord, _ p: Position) -> Double { PlanarPolyline.length(v.point, p) }
        return [
            ("二环山", "the mountain ring: the poorest 二环山区 villages on both flanks of 铜锣山, the middle ridge",
             lineVillages({ $0.zones.contains(ZoneRules.mountainFlank) && self.nearMiddleRidge($0.point) }, score: { $0.povertyScore })),
            ("城乡统筹", "urban–rural integration: the villages nearest the county seat",
             lineVillages({ _ in true }, score: { -dist($0, seat) })),
            ("农旅结合", "farming plus tourism: tourism villages and navel-orange parks of the east trough",
             lineVillages({ $0.terrainUnit == "东槽" || tourism.contains($0.id) },
                          score: { (tourism.contains($0.id) ? 2 : 0) + (orange.contains($0.id) ? 1 : 0) + $0.farmlandMu / 1e5 })),
            ("现代农业", "modern agriculture: the largest farmland of the flat east trough",
             lineVillages({ $0.terrainUnit == "东槽" && !$0.zones.contains(ZoneRules.flood) }, score: { $0.farmlandMu })),
            ("生态旅游", "eco-tourism: the 明月山 ecological belt villages",
             lineVillages({ mingyue.contains($0.source.townshipName) }, score: { $0.elevationMetres })),
            ("工农互动", "industry–agriculture interaction: west-trough villages between the development zone and the 高滩 park",
             lineVillages({ $0.terrainUnit == "西槽" }, score: { v in -min(dist(v, developmentZone), dist(v, gaotan)) })),
        ]
    }
}
