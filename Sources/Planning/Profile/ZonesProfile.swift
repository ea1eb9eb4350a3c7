/// What a special zone stands for; maps style zones by kind.
public enum ZoneKind: String, Sendable, Hashable, CaseIterable {
    case mountainFlank = "mountain_flank"
    case flood
    case drought
    case geologicalHazard = "geological_hazard"
    case subsidence
    case other
}

/// A zone rule: every condition given must hold on a DEM cell.
public struct ZoneRule: Sendable, Hashable {
    public var elevationMinMetres: Double?
    public var elevationMaxMetres: Double?
    public var slopeMinDegrees: Double?
    public var riverDistanceMinMetres: Double?
    public var riverDistanceMaxMetres: Double?
    public var heightAboveRiverMaxMetres: Double?
    /// The `group` of model_inputs hazard points the cell must be near.
    public var nearPoints: String?
    public var radiusMetres: Double?
}

/// One special zone of the plan (e.g. a mountain-flank, flood or hazard area).
public struct ZoneProfile: Sendable, Hashable {
    public var name: String
    public var kind: ZoneKind
    /// Persons living here count as living in a hazard zone.
    public var hazard: Bool
    /// The simulation's disaster shock strikes villages here.
    public var disasters: Bool
    public var rule: ZoneRule
    public var description: String
}

public struct ZonesProfile: Sendable, Hashable {
    public var titleZh: String
    public var list: [ZoneProfile]
    /// A village belongs to a zone when at least this share of its DEM cells does.
    public var villageShare: Double
}
