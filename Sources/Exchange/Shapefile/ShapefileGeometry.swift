import GIS

/// The shape types of a Shapefile (ESRI Shapefile Technical Description, 1998), 2D.
enum ShapeType: Int32 {
    case null = 0, point = 1, polyLine = 3, polygon = 5, multiPoint = 8

    /// The shape type that holds geometries of `kind`: points, lines or areas.
    static func of(_ g: Geometry) -> ShapeType? {
        switch g {
        case .point: .point
        case .multiPoint: .multiPoint
        case .lineString, .multiLineString: .polyLine
        case .polygon, .multiPolygon: .polygon
        case .geometryCollection: nil
        }
    }

    /// The file-name suffix of a layer split by shape type (`terrain_point`).
    var suffix: String {
        switch self {
        case .null: "none"
        case .point: "point"
        case .multiPoint: "multipoint"
        case .polyLine: "line"
        case .polygon: "polygon"
        }
    }
}

/// Writes `.shp` and `.shx` bytes: big-endian file and record headers, little-endian
/// content; polygon rings clockwise for the outer ring and counter-clockwise for holes
/// (the Shapefile rule, the opposite of RFC 7946).
struct ShapefileGeometryWriter {
    let type: ShapeType
    private(set) var shp: [UInt8] = []
    private(set) var shx: [UInt8] = []
    private var box = BoundingBox.empty
    private var count: Int32 = 0

    init(type: ShapeType) {
        self.type = type
        shp = [UInt8](repeating: 0, count: 100)
        shx = [UInt8](repeating: 0, count: 100)
    }

    /// Appends one record (nil or an empty geometry is a null shape).
    mutating func append(_ g: Geometry?) {
        var content: [UInt8] = []
        if let g, g.positionCount > 0 {
            box.extend(g.boundingBox)
            content = Self.content(g, type: type)
        } else {
            Self.le(ShapeType.null.rawValue, &content)
        }
        count += 1
        let offsetWords = Int32(shp.count / 2)
        Self.be(count, &shp)
        Self.be(Int32(content.count / 2), &shp)
        shp += content
        Self.be(offsetWords, &shx)
        Self.be(Int32(content.count / 2), &shx)
    }

    /// The finished files with their headers.
    func finished() -> (shp: [UInt8], shx: [UInt8]) {
        (header(for: shp), header(for: shx))
    }

    private func header(for file: [UInt8]) -> [UInt8] {
        var h: [UInt8] = []
        Self.be(Int32(9994), &h)
        h += [UInt8](repeating: 0, count: 20)
        Self.be(Int32(file.count / 2), &h)
        Self.le(Int32(1000), &h)
        Self.le(type.rawValue, &h)
        let b = box.isEmpty ? BoundingBox(minX: 0, minY: 0, maxX: 0, maxY: 0) : box
        for v in [b.minX, b.minY, b.maxX, b.maxY, 0, 0, 0, 0] { Self.le(v, &h) }
        var out = file
        out.replaceSubrange(0..<100, with: h)
        return out
    }

    static func content(_ g: Geometry, type: ShapeType) -> [UInt8] {
        var out: [UInt8] = []
        le(type.rawValue, &out)
        let b = g.boundingBox
        switch g {
        case .point(let p):
            le(p.x, &out); le(p.y, &out)
        case .multiPoint(let s):
            for v in [b.minX, b.minY, b.maxX, b.maxY] { le(v, &out) }
            le(Int32(s.count), &out)
            for v in s.xy { le(v, &out) }
        case .lineString(let s):
            parts([s], box: b, into: &out)
        case .multiLineString(let ls):
            parts(ls, box: b, into: &out)
        case .polygon(let p):
            parts(oriented(p), box: b, into: &out)
        case .multiPolygon(let ps):
            parts(ps.flatMap(oriented), box: b, into: &out)
        case .geometryCollection:
            break
        }
        return out
    }

    /// The rings of `p`, the outer clockwise and the holes counter-clockwise.
    static func oriented(_ p: Polygon) -> [CoordinateSequence] {
        p.rings.enumerated().map { i, ring in
            let clockwise = signedArea(ring) < 0
            return (i == 0) == clockwise ? ring : CoordinateSequence(ring.reversed())
        }
    }

    static func signedArea(_ s: CoordinateSequence) -> Double {
        var a = 0.0
        let n = s.count
        guard n > 2 else { return 0 }
        for i in 0..<n - 1 { a += s.xy[2 * i] * s.xy[2 * i + 3] - s.xy[2 * i + 2] * s.xy[2 * i + 1] }
        return a / 2
    }

    static func parts(_ sequences: [CoordinateSequence], box b: BoundingBox, into out: inout [UInt8]) {
        for v in [b.minX, b.minY, b.maxX, b.maxY] { le(v, &out) }
        le(Int32(sequences.count), &out)
        le(Int32(sequences.reduce(0) { $0 + $1.count }), &out)
        var start: Int32 = 0
        for s in sequences { le(start, &out); start += Int32(s.count) }
        for s in sequences { for v in s.xy { le(v, &out) } }
    }

    static func be(_ v: Int32, _ out: inout [UInt8]) { withUnsafeBytes(of: v.bigEndian) { out.append(contentsOf: $0) } }
    static func le(_ v: Int32, _ out: inout [UInt8]) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
    static func le(_ v: Double, _ out: inout [UInt8]) {
        withUnsafeBytes(of: v.bitPattern.littleEndian) { out.append(contentsOf: $0) }
    }
}
