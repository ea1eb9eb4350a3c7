import GIS

/// One county of a region file: its code, name, geodata folder and one scenario file per
/// strategy. Paths are resolved against the region file's folder.
public struct RegionCounty: Sendable, Equatable {
    /// The 6-digit administrative code (`code`), also the county's output folder name.
    public var code: String
    /// The county's name (`name`), as the region file gives it.
    public var name: String
    /// The geodata folder (`geodata`), resolved against the region file's folder.
    public var geodata: String
    /// The scenario file of each strategy, in the region's `strategies` order.
    public var scenarios: [String]
    /// Where `geodata`'s value is (line:column and key path), for errors found later.
    public var geodataLocation: SourceLocation
    /// Where each scenario's value is, in `scenarios` order.
    public var scenarioLocations: [SourceLocation]
    /// Where `code`'s value is.
    public var codeLocation: SourceLocation

    public init(code: String, name: String, geodata: String, scenarios: [String], geodataLocation: SourceLocation,
                scenarioLocations: [SourceLocation], codeLocation: SourceLocation) {
        self.code = code; self.name = name; self.geodata = geodata; self.scenarios = scenarios
        self.geodataLocation = geodataLocation; self.scenarioLocations = scenarioLocations; self.codeLocation = codeLocation
    }

    /// This county's root seed in a region seeded with `root`: SplitMix64 of `root` mixed
    /// with the FNV-1a hash of the county code, so that counties draw independent random
    /// streams, and a county's draws do not depend on the other counties or their order.
    /// Its outputs equal `benkang simulate` of its scenario with `--seed` this value.
    public func seed(root: UInt64) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in code.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        var mix = SplitMix64(seed: root ^ hash)
        // Within the range --seed accepts (0…Int.max), so the county can be rerun alone.
        return mix.next() >> 1
    }
}
