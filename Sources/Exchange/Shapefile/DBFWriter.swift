import Foundation

/// One column of a `.dbf`: its (≤ 10-byte) name, dBASE type and width.
struct DBFColumn: Hashable {
    var name: String
    /// `C` text or `N` number.
    var type: Character
    var width: Int
    var decimals: Int
}

/// dBASE III tables (the `.dbf` of a Shapefile): fixed-width records, numbers as text,
/// text in the file's encoding, Booleans as the numbers 1/0, nulls as blanks.
enum DBFWriter {
    /// The dBASE columns for `fields` with the values of `records`: text as wide as its
    /// longest value (1–254 bytes, longer values are cut at a character boundary and
    /// counted in `truncated`); integers as wide as their longest; reals with as many
    /// decimals as their most precise value needs (at most 10, 24 characters in all).
    static func columns(_ fields: [ExchangeField], names: [String], records: [ExchangeRecord],
                        encoder: ShapefileTextEncoder) -> [DBFColumn] {
        fields.indices.map { i in
            let values = records.map { $0.values[i] }
            switch fields[i].type {
            case .boolean:
                // N(1) 1/0 rather than dBASE's logical: GDAL, ArcGIS and SuperMap all read it as a number.
                return DBFColumn(name: names[i], type: "N", width: 1, decimals: 0)
            case .integer:
                let w = values.reduce(1) { w, v in if case .integer(let n) = v { return max(w, String(n).count) }; return w }
                return DBFColumn(name: names[i], type: "N", width: min(w, 20), decimals: 0)
            case .real:
                var intWidth = 1, decimals = 0
                for v in values {
                    guard case .real(let d) = v, d.isFinite else { continue }
                    let text = plain(d)
                    let parts = text.split(separator: ".", maxSplits: 1)
                    intWidth = max(intWidth, parts[0].count)
                    if parts.count == 2 { decimals = max(decimals, parts[1].count) }
                }
                decimals = min(decimals, 10)
                if intWidth + 1 + decimals > 24 { decimals = max(0, 24 - intWidth - 1) }
                return DBFColumn(name: names[i], type: "N", width: min(24, intWidth + (decimals > 0 ? 1 + decimals : 0)),
                                 decimals: decimals)
            case .text:
                let w = values.reduce(1) { w, v in
                    if case .text(let s) = v { return max(w, encoder.bytes(s).count) }
                    return w
                }
                return DBFColumn(name: names[i], type: "C", width: min(w, 254), decimals: 0)
            }
        }
    }

    /// `d` in plain decimal notation, its shortest round-trip digits (no exponent).
    static func plain(_ d: Double) -> String {
        let s = "\(d)"
        guard s.contains("e") else { return s.hasSuffix(".0") ? String(s.dropLast(2)) : s }
        return String(format: "%.10f", d).replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\\.$", with: "", options: .regularExpression)
    }

    /// The `.dbf` bytes. `truncated` counts text values cut to 254 bytes.
    static func bytes(columns: [DBFColumn], records: [ExchangeRecord], encoder: ShapefileTextEncoder,
                      truncated: inout Int) -> [UInt8] {
        let recordSize = 1 + columns.reduce(0) { $0 + $1.width }
        let headerSize = 32 + 32 * columns.count + 1
        var out: [UInt8] = [0x03, 70, 1, 1]   // dBASE III, a fixed date (1970-01-01) so files are reproducible
        appendLE(UInt32(records.count), &out)
        appendLE(UInt16(headerSize), &out)
        appendLE(UInt16(recordSize), &out)
        out += [UInt8](repeating: 0, count: 17)
        out.append(encoder.encoding.languageDriver)
        out += [0, 0]
        for c in columns {
            var name = encoder.bytes(c.name).prefix(10).map { $0 }
            name += [UInt8](repeating: 0, count: 11 - name.count)
            out += name
            out.append(c.type.asciiValue ?? UInt8(ascii: "C"))
            out += [0, 0, 0, 0, UInt8(c.width), UInt8(c.decimals)]
            out += [UInt8](repeating: 0, count: 14)
        }
        out.append(0x0D)
        for r in records {
            out.append(0x20)
            for (c, v) in zip(columns, r.values) { out += cell(v, c, encoder, &truncated) }
        }
        out.append(0x1A)
        return out
    }

    static func cell(_ v: ExchangeValue, _ c: DBFColumn, _ encoder: ShapefileTextEncoder, _ truncated: inout Int) -> [UInt8] {
        let blank = [UInt8](repeating: 0x20, count: c.width)
        switch (c.type, v) {
        case ("N", .boolean(let b)): return [UInt8(ascii: b ? "1" : "0")]
        case ("N", .integer(let n)): return rightAligned(String(n), c.width) ?? blank
        case ("N", .real(let d)) where d.isFinite:
            return rightAligned(String(format: "%.\(c.decimals)f", d), c.width) ?? blank
        case ("C", .text(let s)):
            var bytes = encoder.bytes(s)
            if bytes.count > c.width {
                truncated += 1
                bytes = encoder.bytes(DBFFieldNames.fit(s, bytes: c.width, encode: encoder.bytes))
            }
            return bytes + [UInt8](repeating: 0x20, count: c.width - bytes.count)
        default: return blank
        }
    }

    static func rightAligned(_ s: String, _ width: Int) -> [UInt8]? {
        let b = Array(s.utf8)
        guard b.count <= width else { return nil }
        return [UInt8](repeating: 0x20, count: width - b.count) + b
    }

    static func appendLE<T: FixedWidthInteger>(_ v: T, _ out: inout [UInt8]) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
    }
}
