import GIS

/// The county as the simulation sees it: its profile, townships, villages, sites and
/// demonstration lines, with lookups by id. Villages and sites keep their file order.
public struct Region: Sendable {
    /// The county profile (`county.yaml` of the geodata folder): names, terrain units,
    /// zones, years, exit thresholds and calibration targets.
    public var profile: CountyProfile
    public var townships: [Township]
    /// The villages, each with its point projected into the planning CRS (again whenever
    /// the list is changed).
    public var villages: [Village] { didSet { Self.project(&villages, crs: profile.crs.planning) } }
    /// The sites, each with its point projected into the planning CRS (again whenever
    /// the list is changed).
    public var sites: [Site] { didSet { Self.project(&sites, crs: profile.crs.planning) } }
    public var lines: [DemonstrationLine]
    /// Index of each village by id.
    public private(set) var villageIndex: [String: Int]
    /// Index of each site by id.
    public private(set) var siteIndex: [String: Int]
    /// Index of each township by code.
    public private(set) var townshipIndex: [String: Int]

    /// A region from its parts; village and site points are projected from lon/lat into
    /// the profile's planning CRS (`crs.planning`) here, once.
    /// - Precondition: ids are unique, and PROJ knows the planning CRS (the loader
    ///   checks both for files: ``planningTransformation(_:)``).
    public init(profile: CountyProfile, townships: [Township], villages: [Village], sites: [Site], lines: [DemonstrationLine]) {
        self.init(profile: profile, townships: townships, villages: villages, sites: sites, lines: lines,
                  transformation: Self.transformation(profile.crs.planning))
    }

    /// The same with the planning transformation already made (one PROJ set-up, which
    /// reads PROJ's database, per region instead of one per layer).
    init(profile: CountyProfile, townships: [Township], villages: [Village], sites: [Site], lines: [DemonstrationLine],
         transformation t: Transformation) {
        self.profile = profile
        var villages = villages, sites = sites
        Self.project(&villages, t)
        Self.project(&sites, t)
        self.townships = townships; self.villages = villages; self.sites = sites; self.lines = lines
        villageIndex = Dictionary(villages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        siteIndex = Dictionary(sites.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        townshipIndex = Dictionary(townships.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The rural villages (村), which carry the rural population and the rural poor.
    public var ruralVillages: [Village] { villages.filter(\.isRural) }

    /// The distance between a village's centroid and a site (both of this region),
    /// planar in the planning CRS, kilometres.
    public func distanceKilometres(village: Village, site: Site) -> Double {
        GeoDistance.kilometres(village.planningPosition, site.planningPosition)
    }

    /// The transformation from lon/lat (EPSG:4326) to the profile's planning CRS.
    /// - Throws: `GISError` naming the profile and `crs.planning` when PROJ cannot use it.
    public static func planningTransformation(_ profile: CountyProfile) throws -> Transformation {
        do {
            return try Transformation(from: PlanningCRS.geographicCode, to: profile.crs.planning)
        } catch {
            throw GISError(file: profile.file, location: SourceLocation(featureIndex: nil, featureID: nil, path: "crs.planning"),
                           "expected a CRS PROJ knows (e.g. EPSG:4545) to measure distances in; got '\(profile.crs.planning)' (\(error))")
        }
    }

    /// Sets every village's `planningPosition`: its centroid in `crs`.
    private static func project(_ villages: inout [Village], crs: String) { project(&villages, transformation(crs)) }

    private static func project(_ villages: inout [Village], _ t: Transformation) {
        for i in villages.indices {
            villages[i].planningPosition = point(villages[i].centroidLongitude, villages[i].centroidLatitude, t)
        }
    }

    /// Sets every site's `planningPosition`: its point in `crs`.
    private static func project(_ sites: inout [Site], crs: String) { project(&sites, transformation(crs)) }

    private static func project(_ sites: inout [Site], _ t: Transformation) {
        for i in sites.indices { sites[i].planningPosition = point(sites[i].longitude, sites[i].latitude, t) }
    }

    private static func transformation(_ crs: String) -> Transformation {
        // The loader checked the CRS (`planningTransformation`); a region made in code
        // with a CRS PROJ does not know is a programming error.
        guard let t = try? Transformation(from: PlanningCRS.geographicCode, to: crs) else {
            preconditionFailure("PROJ does not know the planning CRS '\(crs)'")
        }
        return t
    }

    /// A lon/lat point in the planning CRS (NaN where PROJ cannot project it).
    private static func point(_ lon: Double, _ lat: Double, _ t: Transformation) -> Position {
        (try? t.transform(Position(lon, lat))) ?? Position(.nan, .nan)
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
