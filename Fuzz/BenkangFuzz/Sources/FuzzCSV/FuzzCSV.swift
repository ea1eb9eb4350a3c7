import FuzzSupport
import GIS

/// The libFuzzer callback: one input is the text of a CSV file (invalid UTF-8 repaired, as a
/// reader that got past the UTF-8 check sees it). `CSVTable.parse` must return records or
/// throw; what it returns, written with `CSVTable.encode`, must read back the same.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, size)
    let text = String(decoding: bytes, as: UTF8.self)
    guard let rows = try? CSVTable.parse(text, file: "fuzz.csv") else { return 0 }
    // `encode` starts with a byte-order mark that `parse` leaves to the file readers.
    let written = String(decoding: CSVTable.encode(rows).dropFirst(3), as: UTF8.self)
    do {
        let again = try CSVTable.parse(written, file: "written.csv")
        if again != rows && !rows.isEmpty { fatalError("CSV round trip changed the records: \(rows) became \(again)") }
    } catch {
        fatalError("CSVTable.encode wrote CSV that CSVTable.parse rejects: \(error)")
    }
    return 0
}

@main enum FuzzCSVMain {
    static func main() { FuzzDriver.run(fuzzCSV) }
}
