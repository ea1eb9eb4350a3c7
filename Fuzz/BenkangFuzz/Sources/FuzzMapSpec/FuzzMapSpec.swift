import FuzzSupport
import Cartography

/// The libFuzzer callback: one input is the text of a map spec (scenarios/maps/*.yaml).
/// `MapSpec.parse` must return a spec or throw `MapSpecError`.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzMapSpec(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, size)
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    _ = try? MapSpec.parse(text, file: "map.yaml")
    return 0
}

@main enum FuzzMapSpecMain {
    static func main() { FuzzDriver.run(fuzzMapSpec) }
}
