import Foundation
import GIS

extension GeodataBuilder {
    /// Seats: the anchors where a fact fixes them, the others by best-candidate sampling
    /// in the county, crowding on high ground; polygons: the seats' Voronoi cells
    /// clipped to the real county boundary (holes and exclaves kept).
    func buildTownships() throws {
        let anchors = Dictionary(uniqueKeysWithValues: parameters.modelInputs.seatAnchors.map { ($0.name, $0) })
        var fixed: [Position] = []
        var records: [TownshipRecord] = []
        for t in sources.townships {
            if let a = anchors[t.name] {
                let p = try proj.transform(a.position)
                let seat = Position(p.x, p.y)
                guard countyPrepared.contains(seat) else {
                    throw GISError(file: sourcesFolder + "/" + SourceTables.countyFile,
                                   "the seat anchor of \(t.name) (\(a.position.x), \(a.position.y)) lies outside the county")
                }
                fixed.append(seat)
                records.append(TownshipRecord(source: t, seat: seat, seatReason: a.reason))
            }
        }
        let free = sources.townships.filter { anchors[$0.name] == nil }
        var random = Xoshiro256StarStar(seed: parameters.seed, stream: 1)
        let model = terrain, penalty = parameters.seatElevationPenaltyMetresPerMetre
        let placed = SeedPlacement.place(count: free.count, in: countyPrepared, box: county.boundingBox, fixed: fixed,
                                         candidates: parameters.seatCandidates, random: &random) { p in
            1 + penalty * max(0, model.elevation(at: p) - 420) / 1_000
        }
        for (t, seat) in zip(free, placed) {
            records.append(TownshipRecord(source: t, seat: seat,
                seatReason: "modelled: best-candidate site in the \(terrain.terrainUnit(at: seat))"))
        }
        records.sort { $0.source.code < $1.source.code }
        let cells = try geos.voronoiCells(sites: records.map(\.seat), clippedTo: county)
        for i in records.indices { records[i].geometry = Self.polygonal(cells[i]) }
        townships = records
    }

    /// Index of the county-seat township.
    var countySeatIndex: Int { townships.firstIndex { $0.source.name == parameters.countySeatTownship } ?? 0 }
}
