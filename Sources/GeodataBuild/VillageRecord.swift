import GIS

/// A village or community while it is built: its real name and township, its modelled
/// polygon (planning CRS) and every modelled attribute of the villages layer.
struct VillageRecord: Sendable {
    var source: SourceVillage
    /// "<township_code>-<3-digit index>", index within the township in source order.
    var id: String
    var townshipIndex: Int
    var seed: Position
    var geometry: Geometry = .geometryCollection([])
    /// A point inside the polygon (GEOS point on surface), planning CRS.
    var point: Position = Position(0, 0)
    var areaSquareMetres = 0.0
    var elevationMetres = 0.0
    var slopeDegrees = 0.0
    var terrainUnit = ""
    var zones: [String] = []
    var distanceTownshipSeatKilometres = 0.0
    var distanceCountySeatKilometres = 0.0
    var distanceRoadKilometres = 0.0
    /// The terrain-driven poverty score in [0, 1] (documented in the README).
    var povertyScore = 0.0
    var population = 0
    var households = 0
    var poorHouseholds = 0
    var poorPersons = 0
    var isPoorVillage = false
    var incomeYuanPerPerson2015 = 0
    var farmlandMu = 0.0
    var road = true, water = true, power = true, broadband = true, clinic = true, cultureRoom = true
    var collectiveIncomeYuan = 0

    var isVillage: Bool { source.kind == "村" }
    /// In a mountain unit of the profile's terrain.
    var isMountain = false
    var inHazardOrMountain: Bool { isMountain || !zones.isEmpty }
}
