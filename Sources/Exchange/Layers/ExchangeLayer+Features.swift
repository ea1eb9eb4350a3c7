import GIS

extension ExchangeLayer {
    /// A layer of `collection`'s features: one field per property key (in order of first
    /// appearance), typed from the values (all integers → integer, numbers → real,
    /// Booleans → boolean, else text). Lists of values are joined into text with "; "
    /// (`zones`: `丘陵区; 地灾隐患区`), objects as `key=value; …`. A layer mixing a
    /// type and its multi-type (Polygon and MultiPolygon) is declared the multi-type and
    /// its single parts promoted; other mixes are `GEOMETRY`.
    /// - Parameters:
    ///   - transform: maps each geometry into the export CRS.
    public static func features(_ collection: FeatureCollection, name: String, title: String, description: String,
                                naming: FieldNaming,
                                transform: (Geometry) throws -> Geometry) throws -> ExchangeLayer {
        var keys: [String] = []
        var seen: Set<String> = []
        for f in collection.features {
            for (k, _) in f.properties ?? JSONObject() where !seen.contains(k) { seen.insert(k); keys.append(k) }
        }
        let types = keys.map { key in fieldType(collection.features.compactMap { $0.properties?[key] }) }
        let fields = zip(keys, types).map { key, type in
            ExchangeField(name: naming == .chinese ? FieldTitles.title(key) : key, key: key,
                          title: FieldTitles.title(key), type: type)
        }
        let geometryType = layerGeometryType(collection.features.compactMap(\.geometry))
        var records: [ExchangeRecord] = []
        records.reserveCapacity(collection.features.count)
        for f in collection.features {
            var geometry = try f.geometry.map(transform)
            if let g = geometry { geometry = promoted(g, to: geometryType) }
            let values = zip(keys, types).map { key, type in value(f.properties?[key], as: type) }
            records.append(ExchangeRecord(geometry: geometry, values: values))
        }
        return ExchangeLayer(name: name, title: title, description: description, fields: fields,
                             geometryType: geometryType, records: records)
    }

    /// The field type that holds every one of `values` (nulls ignored).
    static func fieldType(_ values: [JSONValue]) -> ExchangeFieldType {
        var sawInt = false, sawReal = false, sawBool = false, sawOther = false
        for v in values {
            switch v {
            case .null: continue
            case .number: if v.intValue != nil { sawInt = true } else { sawReal = true }
            case .bool: sawBool = true
            default: sawOther = true
            }
        }
        if sawOther || (sawBool && (sawInt || sawReal)) { return .text }
        if sawBool { return .boolean }
        if sawReal { return .real }
        if sawInt { return .integer }
        return .text
    }

    /// `value` as a field of `type`.
    static func value(_ value: JSONValue?, as type: ExchangeFieldType) -> ExchangeValue {
        guard let value, !value.isNull else { return .null }
        switch (type, value) {
        case (.integer, .number(let d)): return .integer(Int64(d))
        case (.real, .number(let d)): return .real(d)
        case (.boolean, .bool(let b)): return .boolean(b)
        default: return .text(text(value))
        }
    }

    /// The text of a value: strings as they are, lists joined with "; ", objects as `key=value; …`.
    static func text(_ value: JSONValue) -> String {
        switch value {
        case .null: ""
        case .string(let s): s
        case .bool(let b): b ? "true" : "false"
        case .number(let d): value.intValue.map(String.init) ?? String(d)
        case .array(let items): items.map(text).joined(separator: "; ")
        case .object(let members): members.map { "\($0.0)=\(text($0.1))" }.joined(separator: "; ")
        }
    }

    static func layerGeometryType(_ geometries: [Geometry]) -> ExchangeGeometryType {
        let names = Set(geometries.map(\.typeName))
        switch names {
        case ["Point"]: return .point
        case ["LineString"]: return .lineString
        case ["Polygon"]: return .polygon
        case ["MultiPoint"], ["Point", "MultiPoint"]: return .multiPoint
        case ["MultiLineString"], ["LineString", "MultiLineString"]: return .multiLineString
        case ["MultiPolygon"], ["Polygon", "MultiPolygon"]: return .multiPolygon
        case []: return .geometry
        default: return .geometry
        }
    }

    /// A single part as its multi-type when the layer is of that multi-type.
    static func promoted(_ g: Geometry, to type: ExchangeGeometryType) -> Geometry {
        switch (g, type) {
        case (.point(let p), .multiPoint): .multiPoint(CoordinateSequence([p]))
        case (.lineString(let s), .multiLineString): .multiLineString([s])
        case (.polygon(let p), .multiPolygon): .multiPolygon([p])
        default: g
        }
    }
}
