import Foundation
import GIS
import Planning

extension GeodataBuilder {
    /// Village seeds inside each township's seat cell (the first at the seat, the
    /// others by best-candidate sampling, sparser on high ground), the 社区 on the
    /// seeds nearest the seat. Village polygons are the Voronoi cells of all seeds
    /// clipped to the county, and each township becomes the union of its villages, so
    /// that villages and townships share every boundary vertex and tile exactly.
    func buildVillages() throws {
        var records: [VillageRecord] = []
        let model = terrain
        for (ti, t) in townships.enumerated() {
            let names = sources.villages.filter { $0.townshipCode == t.source.code }
            let prepared = try geos.prepare(t.geometry)
            var random = Xoshiro256StarStar(seed: parameters.seed, stream: 100 + UInt64(ti))
            var seeds = [t.seat]
            seeds += SeedPlacement.place(count: names.count - 1, in: prepared, box: t.geometry.boundingBox, fixed: [t.seat],
                                         candidates: parameters.build.villageCandidates, random: &random) { p in
                1 + max(0, model.elevation(at: p) - 420) / 500
            }
            guard seeds.count == names.count else {
                throw GISError("township \(t.source.name) is too small to place \(names.count) village seeds")
            }
            // 社区 take the seeds nearest the seat, in source order; 村 the rest.
            let bySeat = seeds.indices.sorted {
                let a = PlanarPolyline.length(seeds[$0], t.seat), b = PlanarPolyline.length(seeds[$1], t.seat)
                return a != b ? a < b : $0 < $1
            }
            let order = names.indices.filter { names[$0].kind == "社区" } + names.indices.filter { names[$0].kind != "社区" }
            var assigned = [Position](repeating: t.seat, count: names.count)
            for (k, n) in order.enumerated() { assigned[n] = seeds[bySeat[k]] }
            for (k, v) in names.enumerated() {
                records.append(VillageRecord(source: v, id: t.source.code + "-" + String(format: "%03d", k + 1),
                                             townshipIndex: ti, seed: assigned[k]))
            }
        }
        let cells = try geos.voronoiCells(sites: records.map(\.seed), clippedTo: county)
        for i in records.indices {
            records[i].geometry = Self.polygonal(cells[i])
            records[i].point = try geos.pointOnSurface(records[i].geometry)
            records[i].areaSquareMetres = try geos.area(records[i].geometry)
        }
        for ti in townships.indices {
            let parts = records.filter { $0.townshipIndex == ti }.map(\.geometry)
            if !parts.isEmpty { townships[ti].geometry = Self.polygonal(try geos.unaryUnion(parts)) }
        }
        villages = records
    }

    /// Elevation, slope and zones from the DEM cells inside each village (the point on
    /// surface when no cell centre falls inside), terrain unit and distances.
    func measureVillages() {
        let seat = townships[countySeatIndex].seat
        let mainRoads = roads.filter { $0.level != "village" }
        for i in villages.indices {
            var v = villages[i]
            guard let prepared = try? geos.prepare(v.geometry) else { continue }
            var n = 0, sumZ = 0.0, sumS = 0.0
            var zoneCounts = [Int](repeating: 0, count: zoneRules.zones.count)
            let b = v.geometry.boundingBox
            if let lo = dem.cell(containing: Position(b.minX, b.maxY)) ?? dem.cell(containing: Position(b.minX + 1, b.maxY - 1)),
               let hi = dem.cell(containing: Position(b.maxX, b.minY)) {
                for r in lo.row...hi.row {
                    for c in lo.column...hi.column where prepared.contains(dem.centre(column: c, row: r)) {
                        let k = r * dem.columns + c
                        n += 1; sumZ += dem.values[k]; sumS += slopes[k]
                        for z in zoneCounts.indices where zoneMask[z][k] { zoneCounts[z] += 1 }
                    }
                }
            }
            if n == 0 {
                n = 1
                sumZ = dem.interpolatedValue(at: v.point) ?? terrain.elevation(at: v.point)
                sumS = dem.slopeDegrees(at: v.point) ?? 0
                if let cell = dem.cell(containing: v.point) {
                    let k = cell.row * dem.columns + cell.column
                    for z in zoneCounts.indices where zoneMask[z][k] { zoneCounts[z] += 1 }
                }
            }
            v.elevationMetres = (sumZ / Double(n)).rounded()
            v.slopeDegrees = (sumS / Double(n) * 10).rounded() / 10
            let names = zoneRules.names, share = profile.zones.villageShare
            v.zones = names.indices.filter { Double(zoneCounts[$0]) >= share * Double(n) }.map { names[$0] }
            v.terrainUnit = terrain.terrainUnit(at: v.point)
            v.isMountain = terrain.isMountain(v.terrainUnit)
            v.distanceTownshipSeatKilometres = PlanarPolyline.length(v.point, townships[v.townshipIndex].seat) / 1_000
            v.distanceCountySeatKilometres = PlanarPolyline.length(v.point, seat) / 1_000
            v.distanceRoadKilometres = (mainRoads.map { $0.line.nearest(to: v.point).distance }.min() ?? 0) / 1_000
            villages[i] = v
        }
    }
}
