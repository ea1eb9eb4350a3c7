import GIS

/// Reads Well-Known Binary (ISO and the GeoPackage's WKB, either byte order) into the
/// GIS geometry model, 2D: z and m values (ISO types 1001–3007) are read and dropped.
struct WKBReader {
    struct Failure: Error { var message: String }

    let bytes: [UInt8]
    var pos: Int

    init(_ bytes: [UInt8], at pos: Int = 0) { self.bytes = bytes; self.pos = pos }

    /// The geometry at the cursor.
    /// - Throws: ``Failure`` for a truncated blob or an unknown type.
    mutating func geometry(depth: Int = 0) throws -> Geometry {
        guard depth < 32 else { throw Failure(message: "geometry nested too deeply") }
        let little = try byte() == 1
        let raw = try uint32(little)
        let type = raw % 1000, dims = raw / 1000
        guard dims <= 3 else { throw Failure(message: "unknown WKB geometry type \(raw)") }
        let extra: UInt32 = dims == 0 ? 0 : dims == 3 ? 2 : 1
        switch type {
        case 1: return .point(try position(little, extra))
        case 2: return .lineString(try sequence(little, extra))
        case 3: return .polygon(Polygon(rings: try rings(little, extra)))
        case 4: return .multiPoint(CoordinateSequence(try parts(little, depth).compactMap { if case .point(let p) = $0 { p } else { nil } }))
        case 5: return .multiLineString(try parts(little, depth).compactMap { if case .lineString(let s) = $0 { s } else { nil } })
        case 6: return .multiPolygon(try parts(little, depth).compactMap { if case .polygon(let p) = $0 { p } else { nil } })
        case 7: return .geometryCollection(try parts(little, depth))
        default: throw Failure(message: "unsupported WKB geometry type \(raw)")
        }
    }

    private mutating func parts(_ little: Bool, _ depth: Int) throws -> [Geometry] {
        let n = try count(little)
        return try (0..<n).map { _ in try geometry(depth: depth + 1) }
    }

    private mutating func rings(_ little: Bool, _ extra: UInt32) throws -> [CoordinateSequence] {
        let n = try count(little)
        return try (0..<n).map { _ in try sequence(little, extra) }
    }

    private mutating func sequence(_ little: Bool, _ extra: UInt32) throws -> CoordinateSequence {
        let n = try count(little)
        var xy: [Double] = []
        xy.reserveCapacity(2 * n)
        for _ in 0..<n {
            let p = try position(little, extra)
            xy.append(p.x); xy.append(p.y)
        }
        return CoordinateSequence(xy: xy)
    }

    private mutating func position(_ little: Bool, _ extra: UInt32) throws -> Position {
        let x = try double(little), y = try double(little)
        for _ in 0..<extra { _ = try double(little) }
        return Position(x, y)
    }

    /// A count, checked against the bytes left (each element takes at least 8 bytes would
    /// be too strict for empty parts; at least 1 byte is certain).
    private mutating func count(_ little: Bool) throws -> Int {
        let n = Int(try uint32(little))
        guard n <= bytes.count - pos else { throw Failure(message: "WKB count \(n) exceeds the blob") }
        return n
    }

    mutating func byte() throws -> UInt8 {
        guard pos < bytes.count else { throw Failure(message: "WKB blob ends early") }
        defer { pos += 1 }
        return bytes[pos]
    }

    mutating func uint32(_ little: Bool) throws -> UInt32 {
        guard pos + 4 <= bytes.count else { throw Failure(message: "WKB blob ends early") }
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(bytes[pos + i]) << (8 * UInt32(little ? i : 3 - i)) }
        pos += 4
        return v
    }

    mutating func double(_ little: Bool) throws -> Double {
        guard pos + 8 <= bytes.count else { throw Failure(message: "WKB blob ends early") }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(bytes[pos + i]) << (8 * UInt64(little ? i : 7 - i)) }
        pos += 8
        return Double(bitPattern: v)
    }
}
