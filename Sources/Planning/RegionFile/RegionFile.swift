import GIS

/// A region file (`scenarios/regions/*.yaml`, docs/regions.md): several counties, each a
/// geodata folder built from its profile and one scenario file per strategy, run together
/// by `simulate` and `compare` with totals over the counties.
public struct RegionFile: Sendable, Equatable {
    /// The region's name in Chinese (`region.name`), e.g. 广安市试点.
    public var name: String
    /// The region's name in English (`region.name_en`).
    public var nameEn: String
    /// The root seed (`seed`); nil: the first county's scenario's `seed`.
    public var seed: UInt64?
    /// The run count (`runs`); nil: the first county's scenario's `runs`.
    public var runs: Int?
    /// The strategies' names, in file order (the first is `compare`'s reference).
    public var strategies: [String]
    /// The counties, in file order (the order of the outputs and of the work units).
    public var counties: [RegionCounty]
    /// The file as the user named it (paths inside are resolved against its folder).
    public var file: String

    public init(name: String, nameEn: String, seed: UInt64?, runs: Int?, strategies: [String],
                counties: [RegionCounty], file: String) {
        self.name = name; self.nameEn = nameEn; self.seed = seed; self.runs = runs
        self.strategies = strategies; self.counties = counties; self.file = file
    }

    /// The top-level key that tells a region file from a scenario file.
    public static let markerKey = "region"
}
