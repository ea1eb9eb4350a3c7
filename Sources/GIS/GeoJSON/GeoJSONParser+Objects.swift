/// GeoJSON objects: finding an object's `type` (wherever it is among the members),
/// geometries, features and feature collections.
extension GeoJSONParser {
    /// What an object's `type` member holds.
    enum TypeMember {
        case missing
        case notString(offset: Int)
        case name(String, offset: Int)
    }

    /// The `type` of the object at the cursor, found without consuming it: usually the
    /// first member; otherwise the members before it are skipped.
    mutating func peekType() throws(GISError) -> TypeMember {
        let saved = scanner.pos
        scanner.pos += 1
        var result = TypeMember.missing
        var first = true
        while let member = try scanner.nextMember(first: &first) {
            if member.name == .type {
                let offset = scanner.pos
                result = scanner.peek() == UInt8(ascii: "\"") ? .name(try scanner.readString(), offset: offset)
                                                              : .notString(offset: offset)
                break
            }
            try scanner.skipValue(depth: depth + 1, maxDepth: options.maxDepth)
        }
        scanner.pos = saved
        return result
    }

    /// Reads `null` or a geometry object (cursor on the value).
    mutating func parseGeometryOrNull() throws(GISError) -> Geometry? {
        scanner.skipWhitespace()
        let open = scanner.pos
        switch scanner.peek() {
        case UInt8(ascii: "{"):
            return try parseGeometryObject()
        case UInt8(ascii: "n"):
            _ = try scanner.readLiteral()   // `null`, or a syntax error
            return nil
        default:
            let found = try parseUnexpectedValue()
            report(.error, "a geometry must be an object or null, found \(found)", at: open)
            return nil
        }
    }

    /// Reads the geometry object at the cursor; nil after reporting why it is unusable.
    mutating func parseGeometryObject() throws(GISError) -> Geometry? {
        let open = scanner.pos
        switch try peekType() {
        case .name(let name, let offset):
            guard let kind = GeometryKind(rawValue: name) else {
                report(.error, "unknown geometry type \"\(name)\": expected one of \(GeometryKind.list)", at: offset)
                try skipValue()
                return nil
            }
            return try parseGeometryMembers(kind, open: open)
        case .notString(let offset):
            report(.error, "a geometry's \"type\" must be a string, one of \(GeometryKind.list)", at: offset)
        case .missing:
            report(.error, "missing \"type\" member in a geometry: expected one of \(GeometryKind.list)", at: open)
        }
        try skipValue()
        return nil
    }

    /// Reads the members of a geometry of known `kind` (cursor on its `{`). Members
    /// other than `type`, `coordinates`/`geometries`, `bbox` and `crs` are read and dropped.
    mutating func parseGeometryMembers(_ kind: GeometryKind, open: Int) throws(GISError) -> Geometry? {
        var members = try openObject(at: open)
        var geometry: Geometry?
        var sawContent = false
        while let member = try nextMember(of: &members) {
            switch member.name {
            case .type:
                try skipValue()
            case .coordinates where kind != .geometryCollection:
                sawContent = true
                path.append(.key("coordinates"))
                geometry = try parseCoordinates(kind)
                path.removeLast()
            case .geometries where kind == .geometryCollection:
                sawContent = true
                path.append(.key("geometries"))
                geometryCollectionNesting += 1
                defer { geometryCollectionNesting -= 1 }
                if geometryCollectionNesting > Self.maxGeometryCollectionNesting {
                    report(.error, "GeometryCollections nested deeper than \(Self.maxGeometryCollectionNesting) levels; "
                           + "RFC 7946 advises against nesting them at all", at: scanner.pos)
                    try skipValue()
                } else {
                    geometry = try parseGeometries()
                }
                path.removeLast()
            case .crs:
                try parseCRSMember()
            case .bbox:
                _ = try parseBBox()
            default:
                _ = try parseForeignMember(member.name.text)
            }
        }
        leave()
        if !sawContent {
            report(.error, kind == .geometryCollection
                   ? "missing \"geometries\" member in a GeometryCollection: expected an array of geometries"
                   : "missing \"coordinates\" member in a \(kind.rawValue)", at: open)
        }
        return geometry
    }

    /// Reads the `geometries` array of a GeometryCollection.
    private mutating func parseGeometries() throws(GISError) -> Geometry? {
        scanner.skipWhitespace()
        let open = scanner.pos
        guard scanner.peek() == UInt8(ascii: "[") else {
            let found = try parseUnexpectedValue()
            report(.error, "\"geometries\" must be an array of geometry objects, found \(found)", at: open)
            return nil
        }
        try enter(at: open)
        scanner.pos += 1
        var geometries: [Geometry] = []
        var index = 0
        var first = true
        while try scanner.nextElement(first: &first) {
            path.append(.index(index))
            let start = scanner.pos
            if scanner.peek() == UInt8(ascii: "{") {
                if let g = try parseGeometryObject() { geometries.append(g) }
            } else {
                let found = try parseUnexpectedValue()
                report(.error, "expected a geometry object, found \(found)", at: start)
            }
            path.removeLast()
            index += 1
        }
        leave()
        return .geometryCollection(geometries)
    }

    /// Reads a `bbox` member: 4 numbers, or 6 with elevations.
    mutating func parseBBox() throws(GISError) -> [Double]? {
        let open = scanner.pos
        path.append(.key("bbox"))
        defer { path.removeLast() }
        let value = try parseValue()
        if case .array(let items) = value, items.count == 4 || items.count == 6 {
            let numbers = items.compactMap(\.doubleValue)
            if numbers.count == items.count { return numbers }
        }
        report(.error, "\"bbox\" must be an array of 4 numbers [west, south, east, north] "
               + "(or 6 with elevations), found \(value.typeName == "array" ? "\(value.arrayValue!.count) values" : value.typeName)",
               at: open)
        return nil
    }
}
