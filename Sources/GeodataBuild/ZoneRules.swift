import GIS
import Planning

/// The county's special zones (the profile's `zones`) as rules on the DEM cells: a cell
/// is in a zone when every condition of its rule holds (elevation and slope bounds,
/// distance from the nearest river and height above its bed, distance from the hazard
/// points of a group).
struct ZoneRules: Sendable {
    var zones: [ZoneProfile]
    var terrain: TerrainModel
    /// Per zone, the planning-CRS hazard points its `near_points` rule measures from.
    var hazardPoints: [[Position]]

    var names: [String] { zones.map(\.name) }

    /// Resolves the hazard-point groups of the rules; a warning for every rule whose
    /// group or rivers the model inputs lack (that zone then covers no cell).
    init(parameters: BuildParameters, terrain: TerrainModel, warnings: inout [Diagnostic],
         toPlanning: (Position) throws -> Position) throws {
        zones = parameters.profile.zones.list
        self.terrain = terrain
        let county = parameters.countyName, file = parameters.modelInputs.file
        hazardPoints = try zones.map { z in
            guard let group = z.rule.nearPoints else { return [] }
            let points = parameters.modelInputs.hazardPoints(group: group)
            if points.isEmpty {
                warnings.append(Diagnostic(.warning, file: file, "\(county) has no hazard points of group \(group) in \(parameters.modelInputsName): "
                    + "zones.geojson has no \(z.name) (its rule needs them), and no village is in it"))
            }
            return try points.map { p in let q = try toPlanning(p); return Position(q.x, q.y) }
        }
        for z in zones where terrain.rivers.isEmpty && (z.rule.riverDistanceMaxMetres != nil || z.rule.heightAboveRiverMaxMetres != nil) {
            warnings.append(Diagnostic(.warning, file: file, "\(county) has no river course in \(parameters.modelInputsName) or its terrain units: "
                + "zones.geojson has no \(z.name) (its rule measures from the rivers)"))
        }
    }

    /// Which zones hold at a point with the given elevation and slope, in profile order.
    func zones(at p: Position, elevation z: Double, slope: Double) -> [Bool] {
        var distance: Double? = nil
        func dr() -> Double {
            if let d = distance { return d }
            let d = terrain.distanceToRiver(p); distance = d; return d
        }
        return zones.indices.map { k in holds(zones[k].rule, points: hazardPoints[k], at: p, z: z, slope: slope, dr: dr) }
    }

    private func holds(_ r: ZoneRule, points: [Position], at p: Position, z: Double, slope: Double, dr: () -> Double) -> Bool {
        if let v = r.elevationMinMetres, !(z >= v) { return false }
        if let v = r.elevationMaxMetres, !(z <= v) { return false }
        if let v = r.slopeMinDegrees, !(slope >= v) { return false }
        if let v = r.riverDistanceMaxMetres, !(dr() <= v) { return false }
        if let v = r.riverDistanceMinMetres, !(dr() >= v) { return false }
        if let v = r.heightAboveRiverMaxMetres, terrain.rivers.isEmpty || !(z <= terrain.riverBedElevation(near: p) + v) { return false }
        if r.nearPoints != nil {
            let radius = r.radiusMetres ?? 0
            guard points.contains(where: { PlanarPolyline.length($0, p) <= radius }) else { return false }
        }
        return true
    }
}
