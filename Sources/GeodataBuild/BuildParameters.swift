import GIS

/// Every documented parameter of the Linshui build in one place. Another county keeps
/// the structure and replaces the values (see geodata/README.md).
public struct BuildParameters: Sendable {
    public var seed: UInt64 = 20151
    /// The planning CRS: CGCS2000 / 3-degree Gauss–Krüger CM 108° E, metres.
    public var planningCRS = "EPSG:4545"
    /// DEM cell size in metres (≤ 200 m by contract).
    public var demCellMetres = 200.0
    /// Contour interval in metres.
    public var contourIntervalMetres = 100.0
    /// Decimal places of lon/lat in the written layers (6 ≈ 0.1 m).
    public var coordinateDecimals = 6
    /// Simplification tolerance for zone and terrain polygons, metres.
    public var zoneSimplifyMetres = 90.0

    // MARK: Terrain (modelled from physical-features.csv)
    public var modelInputs = ModelInputs()
    /// Trough floor at the far (northern) end of the troughs, metres (floors 250–450 m).
    public var troughFloorNorthMetres = 430.0
    /// The distance from the low point at which the floor reaches its northern value, metres.
    public var troughFloorRiseDistanceMetres = 52_000.0
    /// Gentle hills between river and ridge foot: amplitude in metres and wavelength.
    public var hillAmplitudeMetres = 70.0
    public var hillWavelengthMetres = 3_500.0
    /// Rise of the valley sides away from the river axis: metres and σ in metres.
    public var valleySideRiseMetres = 60.0
    public var valleySideWidthMetres = 1_800.0
    /// A mountain area is where the ridge's profile weight exceeds this value
    /// (0.3 ↔ within ≈ 1.55 σ of the crest).
    public var mountainProfileThreshold = 0.3

    // MARK: Townships
    public var countySeatTownship = "鼎屏镇"
    /// Seats of the other townships are placed by best-candidate sampling; this many
    /// candidates per seat, with elevation penalised by this many metres per metre.
    public var seatCandidates = 60
    public var seatElevationPenaltyMetresPerMetre = 12.0
    /// Village seeds: candidates per seed, and how strongly high ground is avoided.
    public var villageCandidates = 12

    // MARK: Zones (documented rules, applied per DEM cell)
    public var flankMinElevationMetres = 430.0
    public var flankMaxElevationMetres = 1_100.0
    public var flankMinSlopeDegrees = 5.0
    public var floodMaxHeightAboveRiverMetres = 18.0
    public var floodMaxDistanceMetres = 1_500.0
    public var droughtMinElevationMetres = 520.0
    public var droughtMinDistanceFromRiverMetres = 5_000.0
    public var droughtMinSlopeDegrees = 3.0
    public var subsidenceRadiusMetres = 3_200.0
    /// A village belongs to a zone when at least this share of its DEM cells does.
    public var zoneVillageShare = 0.3

    // MARK: Population and poverty (poverty-facts.csv and the brief)
    public var ruralPoorPersons = 64_900
    public var ruralIncidence = 0.095
    public var urbanPoorPersons = 14_300
    /// Modelled urban population of the 社区 (not part of the rural figures).
    public var urbanPopulation = 168_000
    public var poorVillages = 152
    /// "Nearly 30,000" poor in the 二环山区: the alignment target.
    public var mountainFlankPoorPersons = 29_800
    /// Share of the poor villages in the mountains or a hazard zone (brief: 60–70 %).
    public var poorVillageMountainShare = 0.65
    /// Population-weighted mean rural income 2015 (8,096 / 1.153), yuan per person.
    public var meanRuralIncomeYuan2015 = 7_022.0
    public var householdSize = 3.15
    public var poorHouseholdSize = 2.7

    // MARK: Roads, lines, sites
    public var centralTowns: [String] = ["九龙镇", "丰禾镇"]
    public var centralTownCount = 8
    public var villagesPerLine = 14
    public var breedingFarms = 5
    public var orangeParks = 32
    public var developmentZoneJobs = 20_400
    public var developmentZoneFirms = 186
    public var gaotanParkJobs = 3_000

    /// The rural population implied by the contract: poor ÷ incidence, rounded.
    public var ruralPopulation: Int { Int((Double(ruralPoorPersons) / ruralIncidence).rounded()) }

    public init() {}
}
