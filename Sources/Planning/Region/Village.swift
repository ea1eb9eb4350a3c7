import GIS

/// The infrastructure a village needs to exit (一低五有), as held in the base year.
public struct VillageInfrastructure: Hashable, Sendable {
    public var road, water, power, broadband, clinic, cultureRoom: Bool
    public init(road: Bool, water: Bool, power: Bool, broadband: Bool, clinic: Bool, cultureRoom: Bool) {
        self.road = road; self.water = water; self.power = power
        self.broadband = broadband; self.clinic = clinic; self.cultureRoom = cultureRoom
    }
    /// Every item present.
    public static let complete = VillageInfrastructure(
        road: true, water: true, power: true, broadband: true, clinic: true, cultureRoom: true)
}

/// A village (村) or community (社区) with its base-year attributes.
public struct Village: Hashable, Sendable {
    /// `"<township_code>-<3-digit index>"`.
    public var id: String
    public var name: String
    public var townshipCode: String
    /// "村" (rural) or "社区" (urban community; not part of the rural figures).
    public var kind: String
    /// One of the registered poor villages (贫困村).
    public var isPoorVillage: Bool
    public var populationPersons: Int
    public var households: Int
    public var poorHouseholds: Int
    public var poorPersons: Int
    /// Mean annual per-capita disposable income in the base year, yuan per person.
    public var incomeYuanPerPerson2015: Double
    public var elevationMetres: Double
    public var slopeDegrees: Double
    /// The profile's terrain unit the village lies in.
    public var terrainUnit: TerrainUnit
    /// The profile's zones the village lies in (bits in the profile's zone order).
    public var zones: ZoneSet
    public var farmlandMu: Double
    public var infrastructure: VillageInfrastructure
    /// Collective income, yuan per year, 2015.
    public var collectiveIncomeYuan: Double
    public var distanceTownshipSeatKilometres: Double
    public var distanceCountySeatKilometres: Double
    public var distanceRoadKilometres: Double
    /// A representative point (area centroid), longitude and latitude in degrees.
    public var centroidLongitude: Double
    public var centroidLatitude: Double
    /// The same point in the profile's planning CRS (easting, northing; metres), set by
    /// the `Region` that holds the village (projected once, with PROJ); NaN outside one.
    public internal(set) var planningPosition = Position(.nan, .nan)

    /// True for a rural village (村).
    public var isRural: Bool { kind == "村" }

    public init(id: String, name: String, townshipCode: String, kind: String, isPoorVillage: Bool,
                populationPersons: Int, households: Int, poorHouseholds: Int, poorPersons: Int,
                incomeYuanPerPerson2015: Double, elevationMetres: Double, slopeDegrees: Double,
                terrainUnit: TerrainUnit, zones: ZoneSet, farmlandMu: Double,
                infrastructure: VillageInfrastructure, collectiveIncomeYuan: Double,
                distanceTownshipSeatKilometres: Double, distanceCountySeatKilometres: Double,
                distanceRoadKilometres: Double, centroidLongitude: Double, centroidLatitude: Double) {
        self.id = id; self.name = name; self.townshipCode = townshipCode; self.kind = kind
        self.isPoorVillage = isPoorVillage; self.populationPersons = populationPersons
        self.households = households; self.poorHouseholds = poorHouseholds; self.poorPersons = poorPersons
        self.incomeYuanPerPerson2015 = incomeYuanPerPerson2015; self.elevationMetres = elevationMetres
        self.slopeDegrees = slopeDegrees; self.terrainUnit = terrainUnit; self.zones = zones
        self.farmlandMu = farmlandMu; self.infrastructure = infrastructure
        self.collectiveIncomeYuan = collectiveIncomeYuan
        self.distanceTownshipSeatKilometres = distanceTownshipSeatKilometres
        self.distanceCountySeatKilometres = distanceCountySeatKilometres
        self.distanceRoadKilometres = distanceRoadKilometres
        self.centroidLongitude = centroidLongitude; self.centroidLatitude = centroidLatitude
    }
}
