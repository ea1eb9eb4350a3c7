import FuzzSupport
import GeodataBuild
import GIS

/// The libFuzzer callback: one input is a township list and a village list (the geodata sources'
/// `sources.townships` and `sources.villages` CSV files) separated by the first NUL byte.
/// `SourceTables.parse` must return the tables or throw `GISError`.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzSourceTables(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, size)
    let cut = bytes.firstIndex(of: 0) ?? bytes.count
    let townships = String(decoding: bytes[..<cut], as: UTF8.self)
    let villages = cut < bytes.count ? String(decoding: bytes[(cut + 1)...], as: UTF8.self) : ""
    _ = try? SourceTables.parse(townships: townships, townshipsFile: "townships.csv",
                                villages: villages, villagesFile: "villages.csv")
    return 0
}

@main enum FuzzSourceTablesMain {
    static func main() { FuzzDriver.run(fuzzSourceTables) }
}
