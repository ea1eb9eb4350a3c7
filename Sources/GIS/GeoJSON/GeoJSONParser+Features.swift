/// Features and feature collections, and the top-level document.
extension GeoJSONParser {
    /// Reads the whole document, keeping what could be read beside the content errors.
    /// - Throws: the first syntax error.
    mutating func parseDocumentReport() throws(GISError) -> GeoJSONDecodeReport {
        scanner.skipWhitespace()
        let open = scanner.pos
        guard scanner.peek() == UInt8(ascii: "{") else {
            if open >= scanner.end { throw scanner.error("empty input: expected a GeoJSON object", at: open) }
            throw scanner.error("expected a GeoJSON object ('{') at the top level, found \(scanner.found(at: open))", at: open)
        }
        var object: GeoJSONObject?
        switch try peekType() {
        case .name("FeatureCollection", _):
            object = try parseFeatureCollection().map { .featureCollection($0) }
        case .name("Feature", _):
            featureIndex = 0
            let errorsBefore = errorCount
            let feature = try parseFeatureStampingID()
            // A feature with errors is kept without its (partial) geometry.
            object = errorCount == errorsBefore ? feature.map { .feature($0) }
                : .feature(Feature(id: feature?.id, geometry: nil, properties: nil))
            featureIndex = nil
        case .name(let name, let offset):
            if let kind = GeometryKind(rawValue: name) {
                let errorsBefore = errorCount
                let geometry = try parseGeometryMembers(kind, open: open)
                object = errorCount == errorsBefore ? geometry.map { .geometry($0) } : nil
            } else {
                report(.error, "unknown GeoJSON type \"\(name)\": expected FeatureCollection, Feature "
                       + "or a geometry type (\(GeometryKind.list))", at: offset)
                try skipValue()
            }
        case .notString(let offset):
            report(.error, "\"type\" must be a string: FeatureCollection, Feature or a geometry type", at: offset)
            try skipValue()
        case .missing:
            report(.error, "missing \"type\" member: expected \"FeatureCollection\", \"Feature\" "
                   + "or a geometry type (\(GeometryKind.list))", at: open)
            try skipValue()
        }
        scanner.skipWhitespace()
        if scanner.pos < scanner.end {
            throw scanner.error("unexpected \(scanner.found(at: scanner.pos)) after the end of the GeoJSON object: "
                                + "expected nothing more", at: scanner.pos)
        }
        let (errors, warnings) = diagnostics()
        return GeoJSONDecodeReport(object: object, errors: errors, warnings: warnings)
    }

    /// Reads the FeatureCollection at the cursor.
    mutating func parseFeatureCollection() throws(GISError) -> FeatureCollection? {
        let open = scanner.pos
        var members = try openObject(at: open)
        var collection = FeatureCollection()
        var sawFeatures = false
        while let member = try nextMember(of: &members) {
            switch member.name {
            case .type:
                try skipValue()
            case .features:
                sawFeatures = true
                collection.features = try parseFeatures(header: collection)
            case .bbox:
                collection.bbox = try parseBBox()
            case .crs:
                collection.foreignMembers["crs"] = try parseCRSMember()
            default:
                let key = member.name.text
                collection.foreignMembers[key] = try parseForeignMember(key)
            }
        }
        leave()
        if !sawFeatures {
            report(.error, "missing \"features\" member: a FeatureCollection needs an array of features", at: open)
        }
        return collection
    }

    /// Reads the `features` array, each element a Feature with its index. In a batched
    /// decode the features go to the sink (prepared here with `header`, the collection as
    /// read so far) and none are returned.
    private mutating func parseFeatures(header: FeatureCollection) throws(GISError) -> [Feature] {
        scanner.skipWhitespace()
        let open = scanner.pos
        guard scanner.peek() == UInt8(ascii: "[") else {
            let found = try parseUnexpectedValue()
            report(.error, "\"features\" must be an array of Feature objects, found \(found)", at: open)
            return []
        }
        try enter(at: open)
        scanner.pos += 1
        if let sink, !sink.isPrepared {
            sink.prepare(GeoJSONDocument(object: .featureCollection(header)), workers: ParallelFor.workers(options.threads))
        }
        if let features = parseFeaturesInParallel() {
            leave()
            return features
        }
        var features: [Feature] = []
        var index = 0
        var first = true
        while try scanner.nextElement(first: &first) {
            featureIndex = index
            // A feature with errors stays in its place without a geometry, so that the
            // features read (for `validate`, which checks them on) keep their file index.
            let errorsBefore = errorCount
            let feature = try parseFeatureStampingID()
            if let feature, errorCount == errorsBefore {
                features.append(feature)
            } else {
                features.append(Feature(id: feature?.id, geometry: nil, properties: nil))
            }
            index += 1
            if let sink, features.count >= sink.batchSize { handOver(&features, to: sink) }
        }
        if let sink, !features.isEmpty { handOver(&features, to: sink) }
        featureIndex = nil
        leave()
        return features
    }

    /// Gives `features` to the sink on the calling thread (worker 0) and empties them.
    private mutating func handOver(_ features: inout [Feature], to sink: any FeatureBatchSink) {
        tickets.append(sink.consume(features, worker: 0))
        batchedFeatures += features.count
        features.removeAll(keepingCapacity: true)
    }

    /// Reads a Feature and gives its id to the findings made inside it (the id may come
    /// after the geometry in the file).
    mutating func parseFeatureStampingID() throws(GISError) -> Feature? {
        let before = findings.count
        let feature = try parseFeature()
        if let id = feature?.id, findings.count > before {
            for k in before..<findings.count { findings[k].featureID = id }
        }
        return feature
    }

    /// Reads the Feature object at the cursor; nil after reporting why it is unusable.
    mutating func parseFeature() throws(GISError) -> Feature? {
        scanner.skipWhitespace()
        let open = scanner.pos
        guard scanner.peek() == UInt8(ascii: "{") else {
            let found = try parseUnexpectedValue()
            report(.error, "expected a Feature object, found \(found)", at: open)
            return nil
        }
        switch try peekType() {
        case .name("Feature", _): break
        case .name(let name, let offset):
            report(.error, "expected \"type\": \"Feature\", found \"\(name)\"", at: offset)
            try skipValue(); return nil
        case .notString(let offset):
            report(.error, "\"type\" must be the string \"Feature\"", at: offset)
            try skipValue(); return nil
        case .missing:
            report(.error, "missing \"type\": \"Feature\" member in a feature", at: open)
            try skipValue(); return nil
        }
        return try parseFeatureMembers(open: open)
    }

    private mutating func parseFeatureMembers(open: Int) throws(GISError) -> Feature {
        var members = try openObject(at: open)
        var feature = Feature(geometry: nil, properties: nil)
        var sawGeometry = false, sawProperties = false
        while let member = try nextMember(of: &members) {
            let start = scanner.pos
            switch member.name {
            case .type:
                try skipValue()
            case .geometry:
                sawGeometry = true
                path.append(.key("geometry"))
                feature.geometry = try parseGeometryOrNull()
                path.removeLast()
            case .properties:
                sawProperties = true
                path.append(.key("properties"))
                feature.properties = try parseProperties()
                path.removeLast()
            case .id:
                path.append(.key("id"))
                switch try parseValue() {
                case .string(let s): feature.id = .string(s)
                case .number(let d): feature.id = .number(d)
                case let other: report(.error, "\"id\" must be a string or a number, found \(other.typeName)", at: start)
                }
                path.removeLast()
            case .bbox:
                feature.bbox = try parseBBox()
            case .crs:
                feature.foreignMembers["crs"] = try parseCRSMember()
            default:
                let key = member.name.text
                feature.foreignMembers[key] = try parseForeignMember(key)
            }
        }
        leave()
        if !sawGeometry {
            report(.error, "missing \"geometry\" member: a Feature needs a geometry object or null", at: open)
        }
        if !sawProperties {
            report(.warning, "missing \"properties\" member in a Feature; read as null", at: open)
        }
        return feature
    }

    /// Reads `properties`: an object, or null.
    private mutating func parseProperties() throws(GISError) -> JSONObject? {
        let start = scanner.pos
        switch scanner.peek() {
        case UInt8(ascii: "{"): return try parseValue().objectValue
        case UInt8(ascii: "n"): _ = try scanner.readLiteral(); return nil
        default: break
        }
        let found = try parseUnexpectedValue()
        report(.error, "\"properties\" must be an object or null, found \(found)", at: start)
        return nil
    }
}
