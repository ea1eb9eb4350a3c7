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

    /// The villages of a theme, best `villagesPerLine` by `score` (higher first), in
    /// order along the NNE–SSW grain of the country (or around the county seat).
    func lineVillages(_ filter: (VillageRecord) -> Bool, score: (VillageRecord) -> Double, ring: Bool = false) -> [Int] {
        let pool = villages.indices.filter { villages[$0].isVillage && filter(villages[$0]) }
        let best = pool.sorted { score(villages[$0]) != score(villages[$1]) ? score(villages[$0]) > score(villages[$1]) : $0 < $1 }
            .prefix(parameters.villagesPerLine)
        let seat = townships[countySeatIndex].seat
        let key: (Int) -> Double = { i in
            let p = self.villages[i].point
            return ring ? atan2(p.y - seat.y, p.x - seat.x) : (p.x - seat.x) * 0.5 + (p.y - seat.y) * 0.866
        }
        return best.sorted { key($0) != key($1) ? key($0) < key($1) : $0 < $1 }
    }

    /// The six demonstration lines: (name, theme, village indices in line order).
    func demonstrationLines(developmentZone: Position, gaotan: Position, tourism: Set<String>, orange: Set<String>) -> [(String, String, [Int])] {
        let mingyue = Set(["护邻乡", "兴仁镇", "石滓镇", "八耳镇", "丰禾镇", "黎家乡"])
        let seat = townships[countySeatIndex].seat
        func dist(_ v: VillageRecord, _ p: Position) -> Double { PlanarPolyline.length(v.point, p) }
        return [
            ("二环山", "the mountain-flank ring: the poorest 二环山区 villages around the county seat",
             lineVillages({ $0.zones.contains(ZoneRules.mountainFlank) }, score: { $0.povertyScore }, ring: true)),
            ("城乡统筹", "urban–rural integration: the villages nearest the county seat",
             lineVillages({ _ in true }, score: { -dist($0, seat) }, ring: true)),
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
