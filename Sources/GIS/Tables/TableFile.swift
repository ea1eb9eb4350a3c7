/// Reads a table file by its content: xlsx (a ZIP workbook) or CSV text in UTF-8 or
/// GBK/GB18030, with a clear message for other files given by mistake.
public enum TableFile {
    /// The table in `bytes` (read from `file`).
    /// - Parameters:
    ///   - sheet: the xlsx sheet to read (nil: the first); an error for CSV input.
    ///   - encoding: the CSV text encoding (ignored for xlsx).
    /// - Returns: the table and, for CSV, the encoding used.
    /// - Throws: `GISError` naming `file`: what the file is when it is not a table,
    ///   a bad encoding, an unclosed quote, or a malformed workbook.
    public static func read(_ bytes: [UInt8], file: String, sheet: String? = nil,
                            encoding: TableEncoding = .auto) throws -> (table: DataTable, encoding: TableEncoding?) {
        switch TableFileSniffer.kind(of: bytes) {
        case .zip:
            return (try XLSXReader.read(bytes, file: file, sheet: sheet), nil)
        case .other(let what):
            throw GISError(file: file, "this is \(what)")
        case .text:
            if let sheet { throw GISError(file: file, "--sheet \(sheet) applies to xlsx workbooks only; this file is CSV text") }
            let (text, used) = try encoding.decode(bytes, file: file)
            return (DataTable(file: file, format: .csv, rows: try CSVTable.parse(text, file: file)), used)
        }
    }

    /// Reads the file at `path` (see ``read(_:file:sheet:encoding:)``).
    /// - Throws: `GISError` naming `path` when it cannot be read, or as above.
    public static func read(path: String, sheet: String? = nil, encoding: TableEncoding = .auto) throws -> (table: DataTable, encoding: TableEncoding?) {
        try read(try FileBytes.read(path: path), file: path, sheet: sheet, encoding: encoding)
    }
}
