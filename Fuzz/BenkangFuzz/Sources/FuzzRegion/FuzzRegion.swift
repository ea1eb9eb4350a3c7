import FuzzSupport
import GIS
import Planning

/// The libFuzzer callback: one input is the text of a region file (docs/regions.md).
/// `RegionFile.decode` must return a region or throw `GISError`; a decoded region's
/// counties each give one scenario per strategy.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzRegion(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, size)
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }  // as `load(path:)` rejects it
    if let region = try? RegionFile.decode(text: text, file: "regions/region.yaml") {
        for county in region.counties where county.scenarios.count != region.strategies.count || county.scenarioLocations.count != region.strategies.count {
            fatalError("county \(county.code): \(county.scenarios.count) scenarios for \(region.strategies.count) strategies")
        }
        for county in region.counties { _ = county.seed(root: region.seed ?? 0) }
    }
    return 0
}

@main enum FuzzRegionMain {
    static func main() { FuzzDriver.run(fuzzRegion) }
}
