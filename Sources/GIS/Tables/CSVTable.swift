/// RFC 4180 CSV reading and writing: comma-separated fields, fields with commas, quotes
/// or line breaks in double quotes (a quote inside doubled), records ended by CRLF or LF.
public enum CSVTable {
    /// Parses CSV text into rows of fields (quotes removed). A record whose quoted field
    /// spans lines is still one row, so row numbers match what a spreadsheet shows. A
    /// final line break does not start an empty row.
    /// - Throws: `GISError` naming `file` and the row where a quoted field is not closed.
    /// - Complexity: O(n) in the text length.
    public static func parse(_ text: String, file: String) throws -> [[String]] {
        let bytes = Array(text.utf8)
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var i = 0
        var quoted = false, fieldStarted = false
        var quoteRow = 0
        func endField() { row.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true); fieldStarted = false }
        func endRow() { endField(); rows.append(row); row = [] }
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < bytes.count && bytes[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
                    quoted = false
                } else {
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case 0x22 where !fieldStarted && field.isEmpty:
                quoted = true; fieldStarted = true; quoteRow = rows.count
            case 0x2C:
                endField()
            case 0x0D:
                endRow()
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
            case 0x0A:
                endRow()
            default:
                field.append(b); fieldStarted = true
            }
            i += 1
        }
        if quoted {
            throw GISError(file: file, location: SourceLocation(line: quoteRow + 1),
                           "a quoted field starting in row \(quoteRow + 1) is not closed: expected a closing \"")
        }
        if fieldStarted || !field.isEmpty || !row.isEmpty { endRow() }
        return rows
    }

    /// Parses the bytes of a UTF-8 CSV file (a byte-order mark dropped).
    /// - Throws: `GISError` naming `file`: when the bytes are not UTF-8 (with the place of
    ///   the first bad byte and the `iconv` command that converts a GBK file), or as
    ///   ``parse(_:file:)``.
    public static func parse(utf8 bytes: [UInt8], file: String) throws -> [[String]] {
        try parse(try UTF8Text.decode(bytes, file: file), file: file)
    }

    /// One field, quoted when it holds a comma, a quote, a line break, or leading or
    /// trailing spaces. Works on bytes, not characters: a quote that a combining mark
    /// follows (one `Character`) is still a quote to `parse` and is doubled too.
    public static func field(_ s: String) -> String {
        let needs = s.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || s.utf8.first == 0x20 || s.utf8.last == 0x20
        guard needs else { return s }
        var bytes: [UInt8] = [0x22]
        for b in s.utf8 {
            if b == 0x22 { bytes.append(0x22) }
            bytes.append(b)
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The bytes of a CSV file: a UTF-8 byte-order mark (so Excel on Chinese Windows
    /// reads it as UTF-8), then every row with CRLF line ends.
    /// - Complexity: O(total field length).
    public static func encode(_ rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        for row in rows {
            out.append(contentsOf: row.map(field).joined(separator: ",").utf8)
            out.append(contentsOf: [0x0D, 0x0A])
        }
        return out
    }
}
