import FuzzSupport
import GIS

/// The libFuzzer callback: one input is the bytes of a GeoJSON file. The decoder must return a
/// document or throw `GISError`; any crash, hang or sanitizer report is a bug. The parallel
/// decode of the features (four threads, on any size) must give exactly what one thread
/// gives: the same object, errors and warnings, or the same thrown error; the batched decode
/// gives the same features (or throws the same errors). What it accepts
/// is written back with `GeoJSONEncoder` and must decode again.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzGeoJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, size)
    let serial = outcome(bytes, GeoJSONDecodingOptions(threads: 1))
    let parallel = outcome(bytes, GeoJSONDecodingOptions(threads: 4, parallelMinimumBytes: 0))
    if serial != parallel {
        fatalError("the parallel decode differs from the serial one:\n\(serial)\n\(parallel)")
    }
    // The batched decode (`benkang info`'s) hands over exactly the features, or throws the same.
    let whole = Result { try GeoJSONDecoder.decode(bytes, file: "fuzz.geojson") }
    let batched = Result {
        try GeoJSONDecoder.decodeInBatches(bytes, file: "fuzz.geojson", options: GeoJSONDecodingOptions(threads: 4, parallelMinimumBytes: 0),
                                           batchSize: 3) { (_: GeoJSONDocument, _: Int) in
            { @Sendable (_: Int, batch: [Feature]) -> [Feature] in batch }
        }
    }
    switch (whole, batched) {
    case (.success(let d), .success(let b)):
        let features = (try? b.parts().flatMap { $0 }) ?? []
        if features != d.object.asFeatureCollection.features || b.featureCount != features.count {
            fatalError("the batched decode gives other features than the whole decode")
        }
    case (.failure(let e as GISError), .failure(let f as GISError)) where e.diagnostics == f.diagnostics: break
    default: fatalError("the batched decode and the whole decode disagree:\n\(whole)\n\(batched)")
    }
    guard let document = try? GeoJSONDecoder.decode(bytes, file: "fuzz.geojson") else { return 0 }
    let written = GeoJSONEncoder().encode(document.object)
    do {
        _ = try GeoJSONDecoder.decode(written, file: "written.geojson")
    } catch {
        fatalError("the encoder wrote GeoJSON its decoder rejects: \(error)")
    }
    return 0
}

/// A decode's report, or the diagnostics it threw, comparable.
private enum Outcome: Equatable {
    case report(GeoJSONObject?, [Diagnostic], [Diagnostic])
    case thrown([Diagnostic])
}

private func outcome(_ bytes: [UInt8], _ options: GeoJSONDecodingOptions) -> Outcome {
    do {
        let r = try GeoJSONDecoder.decodeReport(bytes, file: "fuzz.geojson", options: options)
        return .report(r.object, r.errors, r.warnings)
    } catch let error as GISError {
        return .thrown(error.diagnostics)
    } catch {
        return .thrown([])
    }
}

@main enum FuzzGeoJSONMain {
    static func main() { FuzzDriver.run(fuzzGeoJSON) }
}
