import GIS

/// The four special poverty zones (四大扶贫区域) as rules on the DEM cells.
/// - 二环山区: the mountain flanks: elevation between `flankMinElevationMetres` and
///   `flankMaxElevationMetres` and slope ≥ `flankMinSlopeDegrees`.
/// - 水淹区: within `floodMaxDistanceMetres` of a river and at most
///   `floodMaxHeightAboveRiverMetres` above its bed.
/// - 旱山区: elevation ≥ `droughtMinElevationMetres`, ≥ `droughtMinDistanceFromRiverMetres`
///   from the rivers, slope ≥ `droughtMinSlopeDegrees`.
/// - 地质灾害沉陷区: within `subsidenceRadiusMetres` of a modelled coal working of the
///   west trough.
struct ZoneRules: Sendable {
    static let mountainFlank = "二环山区"
    static let flood = "水淹区"
    static let drought = "旱山区"
    static let subsidence = "地质灾害沉陷区"
    static let names = [mountainFlank, flood, drought, subsidence]

    var parameters: BuildParameters
    var terrain: TerrainModel
    var coalWorkings: [Position]

    /// The rule text written to zones.geojson.
    var ruleTexts: [String] {
        let p = parameters
        return [
            "elevation \(Int(p.flankMinElevationMetres))–\(Int(p.flankMaxElevationMetres)) m and slope ≥ \(p.flankMinSlopeDegrees)° (mountain flanks)",
            "within \(Int(p.floodMaxDistanceMetres)) m of 御临河 or 大洪河 and at most \(Int(p.floodMaxHeightAboveRiverMetres)) m above the river bed",
            "elevation ≥ \(Int(p.droughtMinElevationMetres)) m, ≥ \(Int(p.droughtMinDistanceFromRiverMetres)) m from the rivers, slope ≥ \(p.droughtMinSlopeDegrees)°",
            "within \(Int(p.subsidenceRadiusMetres)) m of the modelled coal workings at the east foot of 华蓥山 in the west trough",
        ]
    }

    /// Which zones hold at a point with the given elevation and slope.
    func zones(at p: Position, elevation z: Double, slope: Double) -> [Bool] {
        let q = parameters
        let flank = z >= q.flankMinElevationMetres && z <= q.flankMaxElevationMetres && slope >= q.flankMinSlopeDegrees
        let dr = terrain.distanceToRiver(p)
        let flood = dr <= q.floodMaxDistanceMetres && z <= terrain.riverBedElevation(near: p) + q.floodMaxHeightAboveRiverMetres
        let drought = z >= q.droughtMinElevationMetres && dr >= q.droughtMinDistanceFromRiverMetres && slope >= q.droughtMinSlopeDegrees
        let subsidence = coalWorkings.contains { PlanarPolyline.length($0, p) <= q.subsidenceRadiusMetres }
        return [flank, flood, drought, subsidence]
    }
}
