/// The county as the simulation sees it: its profile, townships, villages, sites and
/// demonstration lines, with lookups by id. Villages and sites keep their file order.
public struct Region: Sendable {
    /// The county profile (`county.yaml` of the geodata folder): names, terrain units,
    /// zones, years, exit thresholds and calibration targets.
    public var profile: CountyProfile
    public var townships: [Township]
    public var villages: [Village]
    public var sites: [Site]
    public var lines: [DemonstrationLine]
    /// Index of each village by id.
    public private(set) var villageIndex: [String: Int]
    /// Index of each site by id.
    public private(set) var siteIndex: [String: Int]
    /// Index of each township by code.
    public private(set) var townshipIndex: [String: Int]

    /// A region from its parts.
    /// - Precondition: ids are unique (the loader checks this for files).
    public init(profile: CountyProfile, townships: [Township], villages: [Village], sites: [Site], lines: [DemonstrationLine]) {
        self.profile = profile
        self.townships = townships; self.villages = villages; self.sites = sites; self.lines = lines
        villageIndex = Dictionary(villages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        siteIndex = Dictionary(sites.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        townshipIndex = Dictionary(townships.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The rural villages (村), which carry the rural population and the rural poor.
    public var ruralVillages: [Village] { villages.filter(\.isRural) }

    /// The distance between a village's centroid and a site, kilometres.
    public func distanceKilometres(village: Village, site: Site) -> Double {
        GeoDistance.kilometres(lon1: village.centroidLongitude, lat1: village.centroidLatitude,
                               lon2: site.longitude, lat2: site.latitude)
    }

    /// For each village id, the names of the demonstration lines it lies on.
    public var linesByVillage: [String: [String]] {
        var out: [String: [String]] = [:]
        for line in lines { for id in line.villageIDs { out[id, default: []].append(line.name) } }
        return out
    }

    /// The profile's zones, in profile order (the bit order of `ZoneSet`).
    public var zones: [ZoneProfile] { profile.zones.list }

    /// The position of the zone named `name` in the profile's list, or nil.
    public func zoneIndex(named name: String) -> Int? { profile.zones.list.firstIndex { $0.name == name } }

    /// The set of the profile's zones that satisfy `predicate` (e.g. `\.hazard`).
    public func zoneSet(where predicate: (ZoneProfile) -> Bool) -> ZoneSet {
        ZoneSet(indices: profile.zones.list.indices.filter { predicate(profile.zones.list[$0]) })
    }

    /// The names of the zones in `set`, in profile order.
    public func zoneNames(_ set: ZoneSet) -> [String] { set.indices.map { profile.zones.list[$0].name } }
}
