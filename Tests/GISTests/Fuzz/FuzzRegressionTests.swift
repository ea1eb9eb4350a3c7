import Foundation
import Testing
import GIS

/// Inputs the fuzzers found (Fuzz/crashes/TARGET/), replayed through the same checks as
/// the fuzz targets: the decoder returns or throws, and what it returns writes back and
/// reads again the same. Fuzz/README.md says how an input gets here.
@Suite struct FuzzRegressionTests {
    static let crashes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz/crashes")

    /// The recorded inputs of one fuzz target.
    static func inputs(_ target: String) -> [(name: String, bytes: [UInt8])] {
        let dir = crashes.appendingPathComponent(target)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
        return names.compactMap { name in
            (try? Data(contentsOf: dir.appendingPathComponent(name))).map { (name, [UInt8]($0)) }
        }
    }

    /// What the CSV fuzz target checks: parse, write, parse again the same rows.
    static func csvRoundTrip(_ bytes: [UInt8]) throws -> (rows: [[String]], again: [[String]])? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let rows = try? CSVTable.parse(text, file: "fuzz.csv") else { return nil }
        let written = String(decoding: CSVTable.encode(rows).dropFirst(3), as: UTF8.self)
        return (rows, try CSVTable.parse(written, file: "written.csv"))
    }

    @Test func aQuoteFollowedByACombiningMarkIsDoubledWhenWritten() throws {
        // Found by FuzzCSV: `"` + U+0349 is one Character, and `replacing("\"", …)` missed it,
        // so the written field ended early and read back as different text.
        let rows = [["a\"\u{0349}b", "x"]]
        let written = String(decoding: CSVTable.encode(rows).dropFirst(3), as: UTF8.self)
        #expect(written == "\"a\"\"\u{0349}b\",x\r\n")
        #expect(try CSVTable.parse(written, file: "w.csv") == rows)
        #expect(CSVTable.field(" \u{0301}x") == "\" \u{0301}x\"", "a leading space under a combining mark is still quoted")
    }

    @Test func everyRecordedCSVInputRoundTrips() throws {
        let inputs = Self.inputs("csv")
        #expect(!inputs.isEmpty, "Fuzz/crashes/csv holds the inputs FuzzCSV found")
        for input in inputs {
            guard let r = try Self.csvRoundTrip(input.bytes) else { continue }
            #expect(r.again == r.rows, "\(input.name)")
        }
    }

    @Test func everyRecordedGeoJSONInputDecodesOrThrowsAndWritesBack() throws {
        for input in Self.inputs("geojson") {
            guard let document = try? GeoJSONDecoder.decode(input.bytes, file: input.name) else { continue }
            let written = GeoJSONEncoder().encode(document.object)
            #expect(throws: Never.self, "\(input.name)") { _ = try GeoJSONDecoder.decode(written, file: "written.geojson") }
        }
    }
}
