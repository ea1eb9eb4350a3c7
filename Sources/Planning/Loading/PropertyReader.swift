import GIS

/// Reads typed properties of one feature, turning a missing or mistyped property into
/// a `GISError` that names the file, the feature index and id, and the property.
struct PropertyReader {
    let file: String
    let index: Int
    let feature: Feature
    /// The feature's `id` property (or GeoJSON id) for messages.
    var idForMessages: FeatureID?

    init(file: String, index: Int, feature: Feature, idProperty: String?) {
        self.file = file; self.index = index; self.feature = feature
        if let idProperty, let s = feature[property: idProperty]?.stringValue {
            idForMessages = .string(s)
        } else {
            idForMessages = feature.id
        }
    }

    func error(_ property: String, _ message: String) -> GISError {
        GISError(file: file, location: SourceLocation(featureIndex: index, featureID: idForMessages,
                                                      path: "properties.\(property)"), message)
    }

    private func value(_ name: String) throws -> JSONValue {
        guard let v = feature[property: name], !v.isNull else {
            throw error(name, "missing property \"\(name)\"")
        }
        return v
    }

    func string(_ name: String) throws -> String {
        let v = try value(name)
        guard let s = v.stringValue else { throw error(name, "expected a string, found \(v.typeName)") }
        return s
    }

    func number(_ name: String, min: Double = -.infinity) throws -> Double {
        let v = try value(name)
        guard let d = v.doubleValue, d.isFinite else { throw error(name, "expected a number, found \(v.typeName)") }
        guard d >= min else { throw error(name, "expected a number ≥ \(min), found \(d)") }
        return d
    }

    func integer(_ name: String, min: Int = 0) throws -> Int {
        let v = try value(name)
        guard let i = v.intValue else { throw error(name, "expected an integer, found \(v.typeName) \(v)") }
        guard i >= min else { throw error(name, "expected an integer ≥ \(min), found \(i)") }
        return i
    }

    func bool(_ name: String) throws -> Bool {
        let v = try value(name)
        guard let b = v.boolValue else { throw error(name, "expected a boolean, found \(v.typeName)") }
        return b
    }

    func strings(_ name: String) throws -> [String] {
        let v = try value(name)
        guard let a = v.arrayValue else { throw error(name, "expected an array of strings, found \(v.typeName)") }
        return try a.enumerated().map { i, e in
            guard let s = e.stringValue else {
                throw error("\(name)[\(i)]", "expected a string, found \(e.typeName)")
            }
            return s
        }
    }

    func oneOf<T: RawRepresentable>(_ name: String, _ type: T.Type) throws -> T
    where T.RawValue == String, T: CaseIterable {
        let s = try string(name)
        guard let t = T(rawValue: s) else {
            let allowed = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw error(name, "expected one of \(allowed), found \"\(s)\"")
        }
        return t
    }

    /// The feature's point, or the area centroid of its largest polygon, in lon/lat.
    func representativePoint() throws -> (lon: Double, lat: Double) {
        let loc = SourceLocation(featureIndex: index, featureID: idForMessages, path: "geometry")
        switch feature.geometry {
        case .point(let p)?: return (p.x, p.y)
        case .polygon(let p)?:
            if let c = GeoDistance.ringCentroid(p.exterior.xy) { return (c.lon, c.lat) }
        case .multiPolygon(let ps)?:
            let cs = ps.compactMap { GeoDistance.ringCentroid($0.exterior.xy) }
            if let best = cs.max(by: { abs($0.signedArea) < abs($1.signedArea) }) { return (best.lon, best.lat) }
        default: break
        }
        throw GISError(file: file, location: loc,
                       "expected a Point, Polygon or MultiPolygon with coordinates, found \(feature.geometry?.typeName ?? "null")")
    }
}
