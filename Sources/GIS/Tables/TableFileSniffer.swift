/// Recognises, from its first bytes, a file that is not a table Benkang reads, so that a
/// Shapefile or GeoPackage given by mistake gets a message that says what it is.
public enum TableFileSniffer {
    /// What the bytes are, when they are recognisably something other than text or xlsx.
    public enum Kind: Sendable, Equatable {
        /// A ZIP container: an xlsx workbook, or another zipped file.
        case zip
        /// Something else, described for the user (e.g. "an ESRI Shapefile (.shp)").
        case other(String)
        /// Plain text, presumably CSV.
        case text
    }

    /// Classifies `bytes` by their magic numbers.
    /// - Complexity: O(1) except for the text check, which reads at most 4 KiB.
    public static func kind(of bytes: [UInt8]) -> Kind {
        func starts(_ magic: [UInt8]) -> Bool { bytes.starts(with: magic) }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if starts(Array("SQLite format 3\u{0}".utf8)) {
            return .other("an SQLite database (a GeoPackage .gpkg or SpatiaLite file?), not a table; export the layer's attribute table as CSV or xlsx")
        }
        if starts([0x00, 0x00, 0x27, 0x0A]) {
            return .other("an ESRI Shapefile geometry file (.shp), not a table; open the .dbf in a spreadsheet and save it as CSV or xlsx")
        }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return .other("an old Excel 97–2003 workbook (.xls) or another OLE2 document; save it as .xlsx or CSV")
        }
        if starts(Array("%PDF".utf8)) { return .other("a PDF document, not a table") }
        if starts([0x1F, 0x8B]) { return .other("a gzip-compressed file; decompress it first") }
        if starts([0x89, 0x50, 0x4E, 0x47]) || starts([0xFF, 0xD8, 0xFF]) { return .other("an image, not a table") }
        if let first = bytes.first, [0x03, 0x04, 0x05, 0x30, 0x31, 0x83, 0x8B, 0xF5].contains(first), bytes.count >= 32,
           bytes[1] <= 0x7F, bytes[2] >= 1, bytes[2] <= 12, bytes[3] >= 1, bytes[3] <= 31,
           bytes.prefix(4096).contains(0x00) {
            return .other("a dBASE table (.dbf, a Shapefile's attributes); open it in a spreadsheet and save it as CSV or xlsx")
        }
        let head = bytes.prefix(4096)
        if let i = head.firstIndex(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }),
           head[i] == UInt8(ascii: "{") {
            return .other("a JSON or GeoJSON file, not a table; villages.geojson is the output of geodata import, not its input")
        }
        if head.contains(0x00) { return .other("a binary file, not a CSV or xlsx table") }
        return .text
    }
}
