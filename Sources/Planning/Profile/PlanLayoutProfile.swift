/// The plan layout (core, belts, central towns).
public struct LayoutProfile: Sendable, Hashable {
    public var titleZh: String
    public var countySeatTownship: String
    public var coreTownships: [String]
    public var coreName: String
    public var centralTowns: [String]
    public var centralTownCount: Int
}

/// Which villages a demonstration line may pass through (all given conditions hold).
public struct LineSelection: Sendable, Hashable {
    public var zones: [String] = []
    public var notZones: [String] = []
    public var terrainUnits: [String] = []
    public var townships: [String] = []
    public var nearRidge: String?
    public var nearRidgeSigmas: Double = 3.5
    /// Also admit villages with a tourism site (an "or" with the terrain units).
    public var orTourismSite = false
    public init() {}
}

/// How the villages of a line are ranked (the best are taken).
public enum LineRanking: Sendable, Hashable {
    case povertyScore
    case nearCountySeat
    case tourismOrchardFarmland
    case farmland
    case elevation
    case nearPlaces([String])
}

/// The style kind of a demonstration line.
public enum LineKind: String, Sendable, Hashable, CaseIterable {
    case mountainRing = "mountain_ring"
    case urbanRural = "urban_rural"
    case farmTourism = "farm_tourism"
    case modernAgriculture = "modern_agriculture"
    case ecoTourism = "eco_tourism"
    case industryAgriculture = "industry_agriculture"
    case other
}

public struct LineProfile: Sendable, Hashable {
    public var name: String
    public var kind: LineKind
    /// Villages on a tourism line get the tourism program first.
    public var tourism: Bool
    public var theme: String
    public var select: LineSelection
    public var rankBy: LineRanking
}

public struct DemonstrationLinesProfile: Sendable, Hashable {
    public var titleZh: String
    public var villagesPerLine: Int
    public var list: [LineProfile]
}

/// Where a place goes.
public enum PlacePosition: Sendable, Hashable {
    /// A township's seat moved by (east, north) metres in the planning CRS.
    case offsetFromSeat(township: String, eastMetres: Double, northMetres: Double)
    /// The village of a township whose elevation is nearest the given one.
    case villageNearestElevation(township: String, elevationMetres: Double)
    /// A lon/lat position.
    case lonLat(longitude: Double, latitude: Double)
}

/// Site kinds a place can have.
public struct PlaceProfile: Sendable, Hashable {
    public var id: String
    public var name: String
    /// A site kind (`development_zone`, `cooperation_park`, `tourism_spot`, …).
    public var kind: String
    public var at: PlacePosition
    public var jobs: Int
    public var firms: Int?
}

public struct TourismVillagesProfile: Sendable, Hashable {
    public var named: [String]
    public var highestInTerrainUnit: String?
    public var jobs: Int
}
