import FuzzSupport
import GIS
import Planning

/// The libFuzzer callback: one input is the text of a county profile (county.yaml).
/// `CountyProfile.decode` must return a profile or throw `GISError`.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCountyProfile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, size)
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }  // as `load(path:)` rejects it
    _ = try? CountyProfile.decode(text: text, file: "county.yaml")
    return 0
}

@main enum FuzzCountyProfileMain {
    static func main() { FuzzDriver.run(fuzzCountyProfile) }
}
