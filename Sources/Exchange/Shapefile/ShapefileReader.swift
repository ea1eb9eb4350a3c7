import Foundation
import GIS

/// Reads a Shapefile (`.shp` with its `.dbf`, `.prj` and `.cpg` beside it) as a feature
/// collection, for `validate` and `info`: points, multipoints, polylines and polygons (2D;
/// Z and M types are read and their z and m dropped). Polygon rings are assembled as the
/// Shapefile defines them (clockwise outer rings, counter-clockwise holes inside them) and
/// oriented as RFC 7946 orients them. Text is decoded as the `.cpg` says (UTF-8, or GBK
/// for `936`/`GBK`/`GB2312`/`GB18030`, also when the `.dbf`'s language driver is 0x4D).
public enum ShapefileReader {
    /// The features and their CRS (`EPSG:<code>` when PROJ identifies the `.prj`, its WKT
    /// otherwise; EPSG:4326 without a `.prj`).
    public struct Layer: Sendable {
        public var crs: String
        public var features: FeatureCollection
    }

    /// - Throws: `GISError` naming the file and the record when a part is missing or malformed.
    public static func read(path: String) throws -> Layer {
        let base = String(path.dropLast((path as NSString).pathExtension.count + 1))
        func sibling(_ ext: String) -> String? {
            for e in [ext, ext.uppercased()] where FileManager.default.fileExists(atPath: base + "." + e) { return base + "." + e }
            return nil
        }
        guard let shp = FileManager.default.contents(atPath: path) else { throw GISError(file: path, "cannot read the file") }
        let geometries = try readShapes([UInt8](shp), file: path)
        var records: [JSONObject] = Array(repeating: JSONObject(), count: geometries.count)
        if let dbfPath = sibling("dbf"), let dbf = FileManager.default.contents(atPath: dbfPath) {
            let cpg = sibling("cpg").flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
            records = try readDBF([UInt8](dbf), file: dbfPath, cpg: cpg)
            guard records.count == geometries.count else {
                throw GISError(file: dbfPath, "has \(records.count) records but the .shp has \(geometries.count) shapes")
            }
        }
        var crs = PlanningCRS.geographicCode
        if let prjPath = sibling("prj"), let wkt = try? String(contentsOfFile: prjPath, encoding: .utf8) {
            let trimmed = wkt.trimmingCharacters(in: .whitespacesAndNewlines)
            crs = (try? CRSDescription(trimmed)).flatMap { $0.epsgCode.map { "EPSG:\($0)" } } ?? trimmed
        }
        let features = zip(geometries, records).map { Feature(geometry: $0, properties: $1) }
        return Layer(crs: crs, features: FeatureCollection(features: features))
    }

    // MARK: .shp

    static func readShapes(_ b: [UInt8], file: String) throws -> [Geometry?] {
        guard b.count >= 100, be32(b, 0) == 9994 else { throw GISError(file: file, "not a Shapefile (no file code 9994)") }
        var out: [Geometry?] = []
        var pos = 100
        while pos + 8 <= b.count {
            let number = be32(b, pos), words = Int(be32(b, pos + 4))
            let start = pos + 8, end = start + 2 * words
            guard words >= 2, end <= b.count else {
                throw GISError(file: file, location: SourceLocation(featureIndex: out.count), "record \(number) runs past the end of the file")
            }
            do { out.append(try shape(Array(b[start..<end]))) } catch let failure as WKBReader.Failure {
                throw GISError(file: file, location: SourceLocation(featureIndex: out.count), failure.message)
            }
            pos = end
        }
        return out
    }

    static func shape(_ c: [UInt8]) throws -> Geometry? {
        func need(_ n: Int) throws { guard c.count >= n else { throw WKBReader.Failure(message: "shape record too short") } }
        try need(4)
        let type = Int(le32(c, 0))
        func point(_ i: Int) -> Position { Position(leDouble(c, i), leDouble(c, i + 8)) }
        switch type {
        case 0: return nil
        case 1, 11, 21:
            try need(20); return .point(point(4))
        case 8, 18, 28:
            try need(40)
            let n = Int(le32(c, 36))
            try need(40 + 16 * n)
            return .multiPoint(CoordinateSequence((0..<n).map { point(40 + 16 * $0) }))
        case 3, 13, 23, 5, 15, 25:
            try need(44)
            let parts = Int(le32(c, 36)), n = Int(le32(c, 40))
            try need(44 + 4 * parts + 16 * n)
            let starts = (0..<parts).map { Int(le32(c, 44 + 4 * $0)) } + [n]
            let base = 44 + 4 * parts
            var sequences: [CoordinateSequence] = []
            for p in 0..<parts {
                guard starts[p] <= starts[p + 1], starts[p + 1] <= n else { throw WKBReader.Failure(message: "part \(p) has a bad start index") }
                sequences.append(CoordinateSequence((starts[p]..<starts[p + 1]).map { point(base + 16 * $0) }))
            }
            if type % 10 == 3 { return sequences.count == 1 ? .lineString(sequences[0]) : .multiLineString(sequences) }
            let polygons = assemble(sequences)
            return polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(polygons)
        default:
            throw WKBReader.Failure(message: "unsupported shape type \(type)")
        }
    }

    /// Clockwise rings start polygons; each counter-clockwise ring is a hole of the
    /// polygon whose outer ring contains its first position (the first polygon when none
    /// does). Rings are returned in RFC 7946 orientation.
    static func assemble(_ rings: [CoordinateSequence]) -> [Polygon] {
        var polygons: [Polygon] = []
        var holes: [CoordinateSequence] = []
        for r in rings {
            if ShapefileGeometryWriter.signedArea(r) <= 0 { polygons.append(Polygon(exterior: CoordinateSequence(r.reversed()))) }
            else { holes.append(CoordinateSequence(r.reversed())) }
        }
        if polygons.isEmpty { return holes.map { Polygon(exterior: CoordinateSequence($0.reversed())) } }
        for h in holes {
            let p = h.first ?? Position(0, 0)
            let i = polygons.firstIndex { Geometry.polygon(Polygon(exterior: $0.exterior)).contains(p) } ?? 0
            polygons[i].rings.append(h)
        }
        return polygons
    }

    // MARK: .dbf

    static func readDBF(_ b: [UInt8], file: String, cpg: String?) throws -> [JSONObject] {
        guard b.count >= 33 else { throw GISError(file: file, "not a dBASE file (shorter than its header)") }
        let count = Int(le32(b, 4)), headerSize = Int(le16(b, 8)), recordSize = Int(le16(b, 10))
        let code = (cpg ?? "").trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        let gbk = ["936", "GBK", "CP936", "GB2312", "GB18030", "ANSI 936"].contains(code) || (cpg == nil && b[29] == 0x4D)
        var fields: [(name: String, type: UInt8, offset: Int, width: Int)] = []
        var pos = 32, offset = 1
        while pos + 32 <= min(headerSize, b.count), b[pos] != 0x0D {
            let raw = b[pos..<(pos + 11)].prefix { $0 != 0 }
            let name = try text(Array(raw), gbk: gbk, file: file)
            let width = Int(b[pos + 16])
            fields.append((name, b[pos + 11], offset, width))
            offset += width
            pos += 32
        }
        guard recordSize >= offset, headerSize + count * recordSize <= b.count else {
            throw GISError(file: file, "the dBASE header promises \(count) records of \(recordSize) bytes; the file is shorter")
        }
        return try (0..<count).map { r in
            let start = headerSize + r * recordSize
            var object = JSONObject()
            for f in fields {
                let cell = Array(b[(start + f.offset)..<(start + f.offset + f.width)])
                let value = try text(cell, gbk: gbk, file: file).trimmingCharacters(in: .whitespaces)
                switch f.type {
                case UInt8(ascii: "N"), UInt8(ascii: "F"):
                    object[f.name] = value.isEmpty ? .null : Double(value).map(JSONValue.number) ?? .string(value)
                case UInt8(ascii: "L"):
                    object[f.name] = "TtYy".contains(value) && !value.isEmpty ? .bool(true) : "FfNn".contains(value) && !value.isEmpty ? .bool(false) : .null
                default:
                    object[f.name] = value.isEmpty ? .null : .string(value)
                }
            }
            return object
        }
    }

    static func text(_ bytes: [UInt8], gbk: Bool, file: String) throws -> String {
        gbk ? try TableEncoding.gbk.decode(bytes, file: file).text : String(decoding: bytes, as: UTF8.self)
    }

    static func be32(_ b: [UInt8], _ i: Int) -> Int32 { Int32(bitPattern: UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])) }
    static func le32(_ b: [UInt8], _ i: Int) -> Int32 { Int32(bitPattern: UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24) }
    static func le16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    static func leDouble(_ b: [UInt8], _ i: Int) -> Double {
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(b[i + k]) << (8 * UInt64(k)) }
        return Double(bitPattern: v)
    }
}
