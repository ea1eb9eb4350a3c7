import GIS

/// What a site is: a resettlement destination or an economic/tourism place.
public enum SiteKind: String, CaseIterable, Hashable, Sendable {
    case countySeat = "county_seat"
    case centralTown = "central_town"
    case industrialPark = "industrial_park"
    case centralVillage = "central_village"
    case developmentZone = "development_zone"
    case cooperationPark = "cooperation_park"
    case breedingFarm = "breeding_farm"
    case orangePark = "orange_park"
    case tourismSpot = "tourism_spot"

    /// True for the kinds that take relocated households (集中安置).
    public var isResettlement: Bool {
        switch self {
        case .countySeat, .centralTown, .industrialPark, .centralVillage: true
        default: false
        }
    }
}

/// A point site from `sites.geojson`.
public struct Site: Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: SiteKind
    public var townshipCode: String
    /// Persons the site can house (resettlement kinds; 0 otherwise).
    public var capacityPersons: Int
    /// Construction cost, yuan per person resettled (resettlement kinds).
    public var costYuanPerPerson: Double
    /// Jobs at the site (0 where none).
    public var jobs: Int
    public var longitude: Double
    public var latitude: Double
    /// The same point in the profile's planning CRS (easting, northing; metres), set by
    /// the `Region` that holds the site (projected once, with PROJ); NaN outside one.
    public internal(set) var planningPosition = Position(.nan, .nan)

    public init(id: String, name: String, kind: SiteKind, townshipCode: String, capacityPersons: Int,
                costYuanPerPerson: Double, jobs: Int, longitude: Double, latitude: Double) {
        self.id = id; self.name = name; self.kind = kind; self.townshipCode = townshipCode
        self.capacityPersons = capacityPersons; self.costYuanPerPerson = costYuanPerPerson
        self.jobs = jobs; self.longitude = longitude; self.latitude = latitude
    }

    /// The planar distance to `other` in the planning CRS, kilometres (both sites of one `Region`).
    public func distanceKilometres(to other: Site) -> Double {
        GeoDistance.kilometres(planningPosition, other.planningPosition)
    }
}
