import FuzzSupport
import GIS

/// The libFuzzer callback: one input is the bytes of a GeoJSON file. The decoder must return a
/// document or throw `GISError`; any crash, hang or sanitizer report is a bug. What it
/// accepts is written back with `GeoJSONEncoder` and must decode again.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzGeoJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, size)
    guard let document = try? GeoJSONDecoder.decode(bytes, file: "fuzz.geojson") else { return 0 }
    let written = GeoJSONEncoder().encode(document.object)
    do {
        _ = try GeoJSONDecoder.decode(written, file: "written.geojson")
    } catch {
        fatalError("the encoder wrote GeoJSON its decoder rejects: \(error)")
    }
    return 0
}

@main enum FuzzGeoJSONMain {
    static func main() { FuzzDriver.run(fuzzGeoJSON) }
}
