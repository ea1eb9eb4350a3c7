/// Writes GeoJSON (RFC 7946) text: `"type"` first, members in a stable order, numbers
/// in their shortest round-trip form (or at a fixed number of decimals for coordinates).
///
/// Member order: FeatureCollection `type, bbox, <foreign members>, features`; Feature
/// `type, id, bbox, properties, geometry, <foreign members>`; geometry
/// `type, coordinates` (or `geometries`). NaN and infinities, which JSON cannot hold,
/// are written as `null`.
public struct GeoJSONEncoder: Sendable {
    /// nil: shortest digits that read back exactly; n: at most n decimals, trailing zeros
    /// trimmed. Applies to coordinates only (property numbers are always exact).
    public var coordinatePrecision: Int?
    /// Writes a FeatureCollection with one feature per line (diffable); false: compact.
    public var featuresOnePerLine: Bool = true

    public init(coordinatePrecision: Int? = nil, featuresOnePerLine: Bool = true) {
        self.coordinatePrecision = coordinatePrecision
        self.featuresOnePerLine = featuresOnePerLine
    }

    /// The UTF-8 text of `object`, without a final newline.
    /// - Complexity: O(n) in positions and property values.
    public func encode(_ object: GeoJSONObject) -> [UInt8] {
        var w = JSONByteWriter()
        switch object {
        case .featureCollection(let c): write(c, to: &w)
        case .feature(let f):
            w.bytes.reserveCapacity((f.geometry?.positionCount ?? 0) * 40 + 256)
            write(f, to: &w)
        case .geometry(let g):
            w.bytes.reserveCapacity(g.positionCount * 40 + 64)
            write(g, to: &w)
        }
        return w.bytes
    }

    /// The UTF-8 text of `collection`, without a final newline.
    /// - Complexity: O(n) in positions and property values.
    public func encode(_ collection: FeatureCollection) -> [UInt8] {
        encode(.featureCollection(collection))
    }

    /// The same bytes as ``encode(_:)-(FeatureCollection)``, the features written on up to
    /// `threads` workers (0: every CPU the process may use) in contiguous ranges joined
    /// in order, so the bytes never depend on the thread count.
    /// - Complexity: O(n) in positions and property values, divided over the workers.
    public func encode(_ c: FeatureCollection, threads: Int) -> [UInt8] {
        let features = c.features
        // The body cannot throw, so neither can the map.
        let parts = (try? ParallelFor.mapRanges(count: features.count, threads: threads) { _, range -> [UInt8] in
            var w = JSONByteWriter()
            var positions = 0
            for i in range { positions += features[i].geometry?.positionCount ?? 0 }
            w.bytes.reserveCapacity(positions * 40 + range.count * 256)
            writeFeatures(features, range, to: &w)
            return w.bytes
        }) ?? []
        var w = JSONByteWriter()
        w.bytes.reserveCapacity(parts.reduce(256) { $0 + $1.count })
        writeHeader(c, to: &w)
        for part in parts { w.bytes.append(contentsOf: part) }
        writeFooter(c, to: &w)
        return w.bytes
    }

    private func write(_ c: FeatureCollection, to w: inout JSONByteWriter) {
        let positions = c.features.reduce(0) { $0 + ($1.geometry?.positionCount ?? 0) }
        w.bytes.reserveCapacity(positions * 40 + c.features.count * 256 + 256)
        writeHeader(c, to: &w)
        writeFeatures(c.features, c.features.indices, to: &w)
        writeFooter(c, to: &w)
    }

    private func writeHeader(_ c: FeatureCollection, to w: inout JSONByteWriter) {
        w.append("{\"type\":\"FeatureCollection\"")
        if let bbox = c.bbox { w.append(",\"bbox\":"); writeNumbers(bbox, to: &w) }
        for (key, value) in c.foreignMembers {
            w.append(0x2C); w.appendString(key); w.append(0x3A); writeValue(value, to: &w)
        }
        w.append(",\"features\":[")
    }

    /// Features `range` of `features`, each after its separator (a comma unless it is the
    /// collection's first, then a newline when one per line).
    private func writeFeatures(_ features: [Feature], _ range: Range<Int>, to w: inout JSONByteWriter) {
        for i in range {
            if i > 0 { w.append(0x2C) }
            if featuresOnePerLine { w.append(0x0A) }
            write(features[i], to: &w)
        }
    }

    private func writeFooter(_ c: FeatureCollection, to w: inout JSONByteWriter) {
        if featuresOnePerLine && !c.features.isEmpty { w.append(0x0A) }
        w.append("]}")
    }

    private func write(_ f: Feature, to w: inout JSONByteWriter) {
        w.append("{\"type\":\"Feature\"")
        switch f.id {
        case .string(let s)?: w.append(",\"id\":"); w.appendString(s)
        case .number(let d)?: w.append(",\"id\":"); w.appendNumber(d)
        case nil: break
        }
        if let bbox = f.bbox { w.append(",\"bbox\":"); writeNumbers(bbox, to: &w) }
        w.append(",\"properties\":")
        if let properties = f.properties { writeObject(properties, to: &w) } else { w.append("null") }
        w.append(",\"geometry\":")
        if let g = f.geometry { write(g, to: &w) } else { w.append("null") }
        for (key, value) in f.foreignMembers {
            w.append(0x2C); w.appendString(key); w.append(0x3A); writeValue(value, to: &w)
        }
        w.append(0x7D)
    }

    private func write(_ g: Geometry, to w: inout JSONByteWriter) {
        w.append("{\"type\":\"")
        switch g {
        case .point: w.append("Point")
        case .multiPoint: w.append("MultiPoint")
        case .lineString: w.append("LineString")
        case .multiLineString: w.append("MultiLineString")
        case .polygon: w.append("Polygon")
        case .multiPolygon: w.append("MultiPolygon")
        case .geometryCollection: w.append("GeometryCollection")
        }
        switch g {
        case .geometryCollection(let members):
            w.append("\",\"geometries\":[")
            for (i, member) in members.enumerated() {
                if i > 0 { w.append(0x2C) }
                write(member, to: &w)
            }
            w.append("]}")
            return
        default:
            w.append("\",\"coordinates\":")
        }
        switch g {
        case .point(let p): writePosition(p.x, p.y, p.z, to: &w)
        case .multiPoint(let s), .lineString(let s): writeSequence(s, to: &w)
        case .multiLineString(let lines): writeSequences(lines, to: &w)
        case .polygon(let p): writeSequences(p.rings, to: &w)
        case .multiPolygon(let polygons):
            w.append(0x5B)
            for (i, p) in polygons.enumerated() {
                if i > 0 { w.append(0x2C) }
                writeSequences(p.rings, to: &w)
            }
            w.append(0x5D)
        case .geometryCollection: break
        }
        w.append(0x7D)
    }

    private func writeSequences(_ sequences: [CoordinateSequence], to w: inout JSONByteWriter) {
        w.append(0x5B)
        for (i, s) in sequences.enumerated() {
            if i > 0 { w.append(0x2C) }
            writeSequence(s, to: &w)
        }
        w.append(0x5D)
    }

    private func writeSequence(_ s: CoordinateSequence, to w: inout JSONByteWriter) {
        w.append(0x5B)
        s.xy.withUnsafeBufferPointer { xy in
            let n = xy.count / 2
            if let z = s.z {
                z.withUnsafeBufferPointer { z in
                    for i in 0..<n {
                        if i > 0 { w.append(0x2C) }
                        writePosition(xy[2 * i], xy[2 * i + 1], z[i], to: &w)
                    }
                }
            } else {
                for i in 0..<n {
                    if i > 0 { w.append(0x2C) }
                    writePosition(xy[2 * i], xy[2 * i + 1], nil, to: &w)
                }
            }
        }
        w.append(0x5D)
    }

    @inline(__always)
    private func writePosition(_ x: Double, _ y: Double, _ z: Double?, to w: inout JSONByteWriter) {
        w.append(0x5B)
        writeCoordinate(x, to: &w)
        w.append(0x2C)
        writeCoordinate(y, to: &w)
        if let z { w.append(0x2C); writeCoordinate(z, to: &w) }
        w.append(0x5D)
    }

    @inline(__always)
    private func writeCoordinate(_ d: Double, to w: inout JSONByteWriter) {
        if let decimals = coordinatePrecision { w.appendNumber(d, decimals: decimals) } else { w.appendNumber(d) }
    }

    private func writeNumbers(_ numbers: [Double], to w: inout JSONByteWriter) {
        w.append(0x5B)
        for (i, d) in numbers.enumerated() {
            if i > 0 { w.append(0x2C) }
            w.appendNumber(d)
        }
        w.append(0x5D)
    }

    private func writeObject(_ object: JSONObject, to w: inout JSONByteWriter) {
        w.append(0x7B)
        for (i, (key, value)) in object.enumerated() {
            if i > 0 { w.append(0x2C) }
            w.appendString(key); w.append(0x3A); writeValue(value, to: &w)
        }
        w.append(0x7D)
    }

    private func writeValue(_ value: JSONValue, to w: inout JSONByteWriter) {
        switch value {
        case .null: w.append("null")
        case .bool(let b): if b { w.append("true") } else { w.append("false") }
        case .number(let d): w.appendNumber(d)
        case .string(let s): w.appendString(s)
        case .array(let items):
            w.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { w.append(0x2C) }
                writeValue(item, to: &w)
            }
            w.append(0x5D)
        case .object(let o): writeObject(o, to: &w)
        }
    }
}
