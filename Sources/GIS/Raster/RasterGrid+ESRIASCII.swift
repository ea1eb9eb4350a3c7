import Foundation

extension RasterGrid {
    /// The largest `ncols` or `nrows` an ESRI ASCII grid may declare.
    static let maxDimension = 1e8

    /// Reads an ESRI ASCII grid (`ncols`, `nrows`, `xllcorner`|`xllcenter`,
    /// `yllcorner`|`yllcenter`, `cellsize`, optional `NODATA_value`, then the rows,
    /// northern row first). Lines may end in LF, CRLF (as Windows and ArcGIS write them)
    /// or CR. `ncols` and `nrows` must be whole numbers in 1…10⁸ and `cellsize` a finite
    /// number above 0.
    /// - Parameter file: the name used in error messages.
    /// - Throws: `GISError` naming the file, the line and what was expected.
    /// - Complexity: O(characters).
    public static func readESRIASCII(_ text: String, file: String? = nil) throws -> RasterGrid {
        var header: [String: Double] = [:]
        var centred = (x: false, y: false)
        var values: [Double] = []
        var lineNumber = 0
        var inHeader = true
        // `"\r\n"` is a single Character, so splitting on `"\n"` would miss CRLF endings.
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let tokens = rawLine.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if tokens.isEmpty { continue }
            if inHeader, let first = tokens.first, first.first?.isLetter == true {
                let key = first.lowercased()
                guard tokens.count == 2, let v = Double(tokens[1]) else {
                    throw GISError(file: file, location: SourceLocation(line: lineNumber, column: 1),
                                   "expected `\(key) <number>` in the ESRI ASCII grid header")
                }
                let here = SourceLocation(line: lineNumber, column: 1)
                switch key {
                case "ncols", "nrows":
                    guard v.isFinite, v.rounded() == v, v >= 1, v <= maxDimension else {
                        throw GISError(file: file, location: here,
                                       "`\(key)` must be a whole number from 1 to 100000000, found `\(tokens[1])`")
                    }
                    header[key] = v
                case "cellsize":
                    guard v.isFinite, v > 0 else {
                        throw GISError(file: file, location: here,
                                       "`cellsize` must be a finite number above 0, found `\(tokens[1])`")
                    }
                    header[key] = v
                case "nodata_value": header[key] = v
                case "xllcorner", "xllcenter", "yllcorner", "yllcenter":
                    guard v.isFinite else {
                        throw GISError(file: file, location: here, "`\(key)` must be a finite number, found `\(tokens[1])`")
                    }
                    if key.hasPrefix("x") { header["xll"] = v; centred.x = key == "xllcenter" }
                    else { header["yll"] = v; centred.y = key == "yllcenter" }
                default:
                    throw GISError(file: file, location: SourceLocation(line: lineNumber, column: 1),
                                   "unknown ESRI ASCII grid header key `\(first)`")
                }
                continue
            }
            inHeader = false
            for (i, t) in tokens.enumerated() {
                guard let v = Double(t) else {
                    throw GISError(file: file, location: SourceLocation(line: lineNumber, column: i + 1),
                                   "expected a number in the grid values, found `\(t)`")
                }
                values.append(v)
            }
        }
        for key in ["ncols", "nrows", "xll", "yll", "cellsize"] where header[key] == nil {
            throw GISError(file: file, "the ESRI ASCII grid header lacks `\(key)`")
        }
        // Checked while reading the header: whole numbers in 1…1e8, so `Int(_:)` is exact.
        let cols = Int(header["ncols"]!), rws = Int(header["nrows"]!), size = header["cellsize"]!
        let (cells, overflow) = cols.multipliedReportingOverflow(by: rws)
        guard !overflow else {
            throw GISError(file: file, "ncols × nrows (\(cols) × \(rws)) is too large")
        }
        guard values.count == cells else {
            throw GISError(file: file, "expected \(cells) grid values (ncols × nrows), found \(values.count)")
        }
        let xll = header["xll"]! - (centred.x ? size / 2 : 0)
        let yll = header["yll"]! - (centred.y ? size / 2 : 0)
        return RasterGrid(columns: cols, rows: rws, lowerLeftX: xll, lowerLeftY: yll, cellSize: size,
                          noDataValue: header["nodata_value"] ?? -9999, values: values)
    }

    /// Reads an ESRI ASCII grid file. - Throws: `GISError` naming the file.
    public static func readESRIASCII(path: String) throws -> RasterGrid {
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else {
            throw GISError(file: path, "cannot read the file as UTF-8 text")
        }
        return try readESRIASCII(text, file: path)
    }

    /// The grid as ESRI ASCII text with `decimals` digits after the point (NODATA
    /// written as an integer when it is one). Deterministic: same grid, same bytes.
    /// - Complexity: O(cells).
    public func esriASCIIText(decimals: Int = 1) -> String {
        var out = ""
        out.reserveCapacity(values.count * (max(0, decimals) + 5) + 200)
        out += "ncols \(columns)\nnrows \(rows)\n"
        out += "xllcorner \(RasterGrid.format(lowerLeftX, decimals: 3))\n"
        out += "yllcorner \(RasterGrid.format(lowerLeftY, decimals: 3))\n"
        out += "cellsize \(RasterGrid.format(cellSize, decimals: 3))\n"
        let noData = RasterGrid.format(noDataValue, decimals: noDataValue.rounded() == noDataValue ? 0 : decimals)
        out += "NODATA_value \(noData)\n"
        for r in 0..<rows {
            for c in 0..<columns {
                if c > 0 { out += " " }
                let v = values[r * columns + c]
                // NaN and ±infinity cannot be read back: they are written as NODATA.
                out += !v.isFinite || (v == noDataValue && v.rounded() == v)
                    ? noData : RasterGrid.format(v, decimals: decimals)
            }
            out += "\n"
        }
        return out
    }

    /// Writes the grid as ESRI ASCII text to `path` atomically (temporary file, then rename).
    /// - Throws: `GISError` naming the file when it cannot be written.
    public func writeESRIASCII(to path: String, decimals: Int = 1) throws {
        try AtomicFile.write(esriASCIIText(decimals: decimals), to: path)
    }

    /// Fixed-point formatting without locale: `format(-3.14159, decimals: 2)` is "-3.14".
    /// Values of magnitude 10¹⁵ or more (or too large once scaled to fit `Int64`) and
    /// non-finite values are written as Swift's shortest round-trip text (`1e+20`, `nan`).
    static func format(_ value: Double, decimals: Int) -> String {
        let decimals = max(0, decimals)
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard value.isFinite, abs(value) < 1e15, scaled < 9.0e18 else { return "\(value)" }
        var digits = String(Int64(scaled))
        let negative = value < 0 && scaled != 0
        if decimals > 0 {
            while digits.count <= decimals { digits = "0" + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return negative ? "-" + digits : digits
    }
}
