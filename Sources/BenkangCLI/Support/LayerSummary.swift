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
    /// The same area on the CGCS2000 ellipsoid (PROJ's geodesic API), for comparison.
    var geodesicAreaSquareMetres = 0.0
    var properties: [(name: String, stats: PropertyStats)] = []

    /// - Complexity: O(positions + property values).
    init(_ collection: FeatureCollection, transformation: Transformation) throws {
        featureCount = collection.features.count
        var typeCounts: [String: Int] = [:], typeOrder: [String] = []
        var propertyIndex: [String: Int] = [:]
        for feature in collection.features {
            if let g = feature.geometry {
                if typeCounts[g.typeName] == nil { typeOrder.append(g.typeName) }
                typeCounts[g.typeName, default: 0] += 1
                bbox.extend(g.boundingBox)
                let projected = try transformation.transform(g)
                if Self.isAreal(g) {
                    arealFeatures += 1
                    areaSquareMetres += projected.planarArea
                    geodesicAreaSquareMetres += Geodesic.cgcs2000.area(of: g)
                }
                lengthMetres += Self.lineLength(projected)
            } else {
                nullGeometries += 1
            }
            for (key, value) in feature.properties ?? JSONObject() {
                let i = propertyIndex[key] ?? {
                    properties.append((key, PropertyStats()))
                    propertyIndex[key] = properties.count - 1
                    return properties.count - 1
                }()
                properties[i].stats.present += 1
                if value.isNull { properties[i].stats.nulls += 1; continue }
                properties[i].stats.add(Self.schemaType(of: value))
            }
        }
        geometryTypes = typeOrder.map { ($0, typeCounts[$0]!) }
    }

    /// The JSON type, with whole numbers reported as "integer".
    private static func schemaType(of value: JSONValue) -> String {
        value.intValue != nil ? "integer" : value.typeName
    }

    /// The length of the line parts only (a polygon's perimeter is not a length here).
    private static func lineLength(_ g: Geometry) -> Double {
        switch g {
        case .lineString, .multiLineString: g.planarLength
        case .geometryCollection(let gs): gs.reduce(0) { $0 + lineLength($1) }
        default: 0
        }
    }

    private static func isAreal(_ g: Geometry) -> Bool {
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
