import GIS
import Planning

extension GeodataBuilder {
    /// Seats: the anchors where a fact fixes them, the others by best-candidate sampling
    /// in the county, crowding on high ground; polygons: the seats' Voronoi cells
    /// clipped to the real county boundary (holes and exclaves kept).
    func buildTownships() throws {
        let anchors = Dictionary(uniqueKeysWithValues: parameters.modelInputs.seatAnchors.map { ($0.name, $0) })
        for a in parameters.modelInputs.seatAnchors where !sources.townships.contains(where: { $0.name == a.name }) {
            warnings.append(Diagnostic(.warning, file: parameters.modelInputs.file,
                                       "the seat anchor of \(a.name) names no township of the township list: ignored"))
        }
        var fixed: [Position] = []
        var records: [TownshipRecord] = []
        for t in sources.townships {
            if let a = anchors[t.name] {
                let p = try proj.transform(a.position)
                let seat = Position(p.x, p.y)
                guard countyPrepared.contains(seat) else {
                    throw GISError(file: parameters.modelInputs.file,
                                   "the seat anchor of \(t.name) (\(a.position.x), \(a.position.y)) lies outside the county")
                }
                fixed.append(seat)
                records.append(TownshipRecord(source: t, seat: seat, seatReason: a.reason))
            }
        }
        let free = sources.townships.filter { anchors[$0.name] == nil }
        var random = Xoshiro256StarStar(seed: parameters.seed, stream: 1)
        let model = terrain, penalty = parameters.build.seatElevationPenaltyMetresPerMetre
        let placed = SeedPlacement.place(count: free.count, in: countyPrepared, box: county.boundingBox, fixed: fixed,
                                         candidates: parameters.build.seatCandidates, random: &random) { p in
            1 + penalty * max(0, model.elevation(at: p) - 420) / 1_000
        }
        guard placed.count == free.count else {
            throw GISError(file: sourcesFolder + "/" + profile.sources.boundary, "the county is too small to place \(free.count) township seats")
        }
        for (t, seat) in zip(free, placed) {
            records.append(TownshipRecord(source: t, seat: seat,
                seatReason: "modelled: best-candidate site in the \(terrain.terrainUnit(at: seat))"))
        }
        records.sort { $0.source.code < $1.source.code }
        let cells = try geos.voronoiCells(sites: records.map(\.seat), clippedTo: county)
        for i in records.indices { records[i].geometry = Self.polygonal(cells[i]) }
        townships = records
        guard townships.contains(where: { $0.source.name == profile.layout.countySeatTownship }) else {
            throw GISError(file: profile.file, "layout.county_seat_township \(profile.layout.countySeatTownship) is not in the township list")
        }
    }

    /// Index of the county-seat township (checked by ``buildTownships()``).
    var countySeatIndex: Int { townships.firstIndex { $0.source.name == profile.layout.countySeatTownship } ?? 0 }
}
