import Foundation
import GIS

/// The figures `benkang info` prints for one layer.
struct LayerSummary {
    struct PropertyStats {
        var types: [String] = []
        var present = 0
        var nulls = 0

        /// Records a type; "integer" and "number" together read as "number".
        mutating func add(_ type: String) {
            if type == "integer" && types.contains("number") { return }
            if type == "number", let i = types.firstIndex(of: "integer") { types[i] = "number"; return }
            if !types.contains(type) { types.append(type) }
        }
    }

    var featureCount = 0
    var geometryTypes: [(name: String, count: Int)] = []
    var nullGeometries = 0
    var bbox = BoundingBox.empty
    var areaSquareMetres = 0.0
    var lengthMetres = 0.0
    var arealFeatures = 0
    /// The same area on the CGCS2000 ellipsoid (``GeodesicArea``: within 1e-9 of
    /// Karney's geodesic area), for comparison.
    var geodesicAreaSquareMetres = 0.0
    var properties: [(name: String, stats: PropertyStats)] = []

    /// - Parameter threads: workers (0: every CPU the process may use); the figures do
    ///   not depend on it: per-feature values are summed in feature order.
    /// - Complexity: O(positions + property values), spread over the workers; one
    ///   `proj_trans_generic` pass over each worker's positions.
    init(_ collection: FeatureCollection, transformation: Transformation, threads: Int = 0) throws {
        let features = collection.features
        let parts = try transformation.concurrentMap(count: features.count, threads: threads) { t, range in
            try Part(features, range, transformation: t)
        }
        self.init(parts: parts, featureCount: features.count)
    }

    /// The summary of `featureCount` features from the parts of consecutive runs of them,
    /// in order (any split gives the same figures).
    init(parts: [Part], featureCount: Int) {
        self.featureCount = featureCount
        var typeIndex: [String: Int] = [:]
        var propertyIndex: [String: Int] = [:]
        for part in parts {
            for (name, count) in part.geometryTypes {
                if let i = typeIndex[name] { geometryTypes[i].count += count; continue }
                typeIndex[name] = geometryTypes.count
                geometryTypes.append((name, count))
            }
            nullGeometries += part.nullGeometries
            bbox.extend(part.bbox)
            arealFeatures += part.planarAreas.count
            for a in part.planarAreas { areaSquareMetres += a }
            for a in part.geodesicAreas { geodesicAreaSquareMetres += a }
            for l in part.lengths { lengthMetres += l }
            for (name, stats) in part.properties {
                let i = propertyIndex[name] ?? {
                    properties.append((name, PropertyStats()))
                    propertyIndex[name] = properties.count - 1
                    return properties.count - 1
                }()
                properties[i].stats.present += stats.present
                properties[i].stats.nulls += stats.nulls
                for type in stats.types { properties[i].stats.add(type) }
            }
        }
    }

    /// The figures of one contiguous range of features, per feature where they are summed.
    struct Part: Sendable {
        var geometryTypes: [(name: String, count: Int)] = []
        var nullGeometries = 0
        var bbox = BoundingBox.empty
        /// Per areal feature, in order: planar and ellipsoidal area (m²).
        var planarAreas: [Double] = []
        var geodesicAreas: [Double] = []
        /// Per feature with a geometry, in order: the planar length of its line parts (m).
        var lengths: [Double] = []
        var properties: [(name: String, stats: PropertyStats)] = []

        init(_ features: [Feature], _ range: Range<Int>, transformation t: Transformation) throws {
            // Every position of the range, flat, projected in batched PROJ calls.
            var flat: [Double] = []
            var positions = 0
            for i in range { positions += features[i].geometry?.positionCount ?? 0 }
            flat.reserveCapacity(2 * positions)
            for i in range { if let g = features[i].geometry { Self.gather(g, into: &flat, bbox: &bbox) } }
            if !t.transformInPlace(flat: &flat) {
                // Name the failing position as the per-geometry path does.
                for i in range { if let g = features[i].geometry { _ = try t.transform(g) } }
                throw ProjError(operation: "projecting the layer", code: 0, message: "a position could not be transformed")
            }
            var propertyIndex: [String: Int] = [:]
            // The previous feature's keys by position and their slots: features mostly
            // repeat the same keys in the same order, so most lookups are one comparison.
            var keyAt: [String] = [], slotAt: [Int] = []
            // Per property, the type last added (``PropertyStats/add(_:)`` is idempotent).
            var lastType: [SchemaType] = []
            var offset = 0
            let area = GeodesicArea.cgcs2000
            planarAreas.reserveCapacity(range.count)
            geodesicAreas.reserveCapacity(range.count)
            lengths.reserveCapacity(range.count)
            flat.withUnsafeBufferPointer { projected in
                for i in range {
                    let feature = features[i]
                    if let g = feature.geometry {
                        let name = g.typeName
                        if let k = geometryTypes.firstIndex(where: { $0.name == name }) { geometryTypes[k].count += 1 } else {
                            geometryTypes.append((name, 1))
                        }
                        let m = Self.measure(g, projected, &offset)
                        if LayerSummary.isAreal(g) {
                            planarAreas.append(m.area)
                            geodesicAreas.append(area.area(of: g))
                        }
                        lengths.append(m.length)
                    } else {
                        nullGeometries += 1
                    }
                    guard let members = feature.properties else { continue }
                    let keys = members.keys, values = members.values
                    for j in keys.indices {
                        let key = keys[j]
                        let k: Int
                        if j < keyAt.count && keyAt[j] == key {
                            k = slotAt[j]
                        } else {
                            k = propertyIndex[key] ?? {
                                properties.append((key, PropertyStats()))
                                lastType.append(.null)
                                propertyIndex[key] = properties.count - 1
                                return properties.count - 1
                            }()
                            if j < keyAt.count { keyAt[j] = key; slotAt[j] = k } else { keyAt.append(key); slotAt.append(k) }
                        }
                        properties[k].stats.present += 1
                        let type = SchemaType(values[j])
                        if type == .null { properties[k].stats.nulls += 1; continue }
                        if type != lastType[k] {
                            lastType[k] = type
                            properties[k].stats.add(type.rawValue)
                        }
                    }
                }
            }
        }

        /// Appends the x, y of every position of `g` in order, extending `bbox`.
        private static func gather(_ g: Geometry, into flat: inout [Double], bbox: inout BoundingBox) {
            switch g {
            case .point(let p):
                flat.append(p.x); flat.append(p.y); bbox.extend(x: p.x, y: p.y)
            case .multiPoint(let s), .lineString(let s): gather(s, into: &flat, bbox: &bbox)
            case .multiLineString(let ls): for s in ls { gather(s, into: &flat, bbox: &bbox) }
            case .polygon(let p): for s in p.rings { gather(s, into: &flat, bbox: &bbox) }
            case .multiPolygon(let ps): for p in ps { for s in p.rings { gather(s, into: &flat, bbox: &bbox) } }
            case .geometryCollection(let gs): for g in gs { gather(g, into: &flat, bbox: &bbox) }
            }
        }

        private static func gather(_ s: CoordinateSequence, into flat: inout [Double], bbox: inout BoundingBox) {
            flat.append(contentsOf: s.xy)
            var i = 0
            while i < s.xy.count { bbox.extend(x: s.xy[i], y: s.xy[i + 1]); i += 2 }
        }

        /// The planar area (``Geometry/planarArea``) and line length (line parts only) of
        /// `g`, whose projected positions start at `offset` in `xy`; advances `offset`.
        private static func measure(_ g: Geometry, _ xy: UnsafeBufferPointer<Double>, _ offset: inout Int) -> (area: Double, length: Double) {
            switch g {
            case .point: offset += 1; return (0, 0)
            case .multiPoint(let s): offset += s.count; return (0, 0)
            case .lineString(let s):
                defer { offset += s.count }
                return (0, pathLength(xy, offset, s.count))
            case .multiLineString(let ls):
                var length = 0.0
                for s in ls { length += pathLength(xy, offset, s.count); offset += s.count }
                return (0, length)
            case .polygon(let p): return (polygonArea(p, xy, &offset), 0)
            case .multiPolygon(let ps):
                var area = 0.0
                for p in ps { area += polygonArea(p, xy, &offset) }
                return (area, 0)
            case .geometryCollection(let gs):
                var area = 0.0, length = 0.0
                for g in gs { let m = measure(g, xy, &offset); area += m.area; length += m.length }
                return (area, length)
            }
        }

        /// |exterior| − |holes| by the shoelace formula about the exterior's first position.
        private static func polygonArea(_ p: Polygon, _ xy: UnsafeBufferPointer<Double>, _ offset: inout Int) -> Double {
            guard let first = p.rings.first, first.count > 0 else {
                for r in p.rings { offset += r.count }
                return 0
            }
            let ox = xy[2 * offset], oy = xy[2 * offset + 1]
            var area = 0.0
            for (k, ring) in p.rings.enumerated() {
                let n = ring.count
                var a = 0.0
                if n >= 3 {
                    var sum = 0.0
                    let base = 2 * offset
                    var x0 = xy[base + 2 * n - 2] - ox, y0 = xy[base + 2 * n - 1] - oy
                    var i = 0
                    while i < 2 * n {
                        let x1 = xy[base + i] - ox, y1 = xy[base + i + 1] - oy
                        sum += x0 * y1 - x1 * y0
                        x0 = x1; y0 = y1
                        i += 2
                    }
                    a = abs(sum) / 2
                }
                area += k == 0 ? a : -a
                offset += n
            }
            return area
        }

        private static func pathLength(_ xy: UnsafeBufferPointer<Double>, _ offset: Int, _ n: Int) -> Double {
            var total = 0.0
            var i = 2 * offset + 2
            let end = 2 * (offset + n)
            while i < end {
                let dx = xy[i] - xy[i - 2], dy = xy[i + 1] - xy[i - 1]
                total += (dx * dx + dy * dy).squareRoot()
                i += 2
            }
            return total
        }
    }

    /// The JSON type, with whole numbers reported as "integer".
    static func schemaType(of value: JSONValue) -> String {
        SchemaType(value).rawValue
    }

    /// The JSON type of a property value, with whole numbers as "integer".
    enum SchemaType: String {
        case null, boolean, integer, number, string, array, object

        init(_ value: JSONValue) {
            switch value {
            case .null: self = .null
            case .bool: self = .boolean
            case .number: self = value.intValue != nil ? .integer : .number
            case .string: self = .string
            case .array: self = .array
            case .object: self = .object
            }
        }
    }

    static func isAreal(_ g: Geometry) -> Bool {
        switch g {
        case .polygon, .multiPolygon: true
        case .geometryCollection(let gs): gs.contains(where: isAreal)
        default: false
        }
    }

    func report(file: String, crs: String) -> String {
        var out = "\(file)\n"
        let types = geometryTypes.map { "\($0.name) \($0.count)" }.joined(separator: ", ")
        out += "  features:   \(featureCount)" + (types.isEmpty ? "" : " (\(types))")
            + (nullGeometries > 0 ? ", \(nullGeometries) without geometry" : "") + "\n"
        if !bbox.isEmpty {
            out += "  extent:     \(fixed(bbox.minX, 6)) \(fixed(bbox.minY, 6)) – \(fixed(bbox.maxX, 6)) \(fixed(bbox.maxY, 6)) (lon/lat)\n"
        }
        if arealFeatures > 0 {
            out += "  area:       \(grouped(areaSquareMetres / 1e6, 3)) km² (planar, \(crs));"
                + " \(grouped(geodesicAreaSquareMetres / 1e6, 3)) km² on the CGCS2000 ellipsoid\n"
        }
        if lengthMetres > 0 { out += "  length:     \(grouped(lengthMetres / 1e3, 3)) km (planar, \(crs))\n" }
        if properties.isEmpty { return out + "  properties: none\n" }
        out += "  properties: \(properties.count)\n"
        let width = properties.map { $0.name.count }.max() ?? 0
        for (name, s) in properties {
            let pad = String(repeating: " ", count: max(0, width - name.count))
            let types = s.types.isEmpty ? "null" : s.types.joined(separator: "|")
            var line = "    \(name)\(pad)  \(types)"
            let missing = featureCount - s.present
            if s.nulls > 0 { line += ", \(s.nulls) null" }
            if missing > 0 { line += ", missing in \(missing)" }
            out += line + "\n"
        }
        return out
    }
}

/// `value` with `decimals` digits after the point (GIS's ``DecimalWriter``; "nan"/"inf"
/// when not finite). Any magnitude is safe.
func fixed(_ value: Double, _ decimals: Int) -> String {
    DecimalWriter.string(value, decimals: decimals) ?? (value.isNaN ? "nan" : value < 0 ? "-inf" : "inf")
}

/// `value` with thousands separated by commas and `decimals` digits after the point.
func grouped(_ value: Double, _ decimals: Int) -> String {
    let s = fixed(value, decimals)
    let parts = s.split(separator: ".", maxSplits: 1)
    var intDigits = String(parts[0])
    let negative = intDigits.hasPrefix("-")
    if negative { intDigits.removeFirst() }
    var out = ""
    for (i, c) in intDigits.enumerated() {
        if i > 0 && (intDigits.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return (negative ? "-" : "") + out + (parts.count > 1 ? "." + parts[1] : "")
}
