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
