/// A feature identifier: RFC 7946 §3.2 allows a string or a number.
public enum FeatureID: Hashable, Sendable, CustomStringConvertible {
    case string(String)
    case number(Double)
    public var description: String {
        switch self {
        case .string(let s): s
        case .number(let d): d.rounded() == d && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        }
    }
}

/// A GeoJSON Feature: a geometry (or null), properties (or null), an optional id and
/// bbox, and any foreign members, all kept in file order for writing back.
public struct Feature: Hashable, Sendable {
    public var id: FeatureID?
    public var geometry: Geometry?
    /// nil when the file says `"properties": null`.
    public var properties: JSONObject?
    /// [minX, minY, maxX, maxY] (or with z: [minX, minY, minZ, maxX, maxY, maxZ]).
    public var bbox: [Double]?
    /// Members other than type, id, geometry, properties and bbox.
    public var foreignMembers: JSONObject

    public init(id: FeatureID? = nil, geometry: Geometry?, properties: JSONObject? = JSONObject(),
                bbox: [Double]? = nil, foreignMembers: JSONObject = JSONObject()) {
        self.id = id; self.geometry = geometry; self.properties = properties
        self.bbox = bbox; self.foreignMembers = foreignMembers
    }

    /// A property value, or nil when absent (or properties are null).
    public subscript(property name: String) -> JSONValue? {
        get { properties?[name] }
        set {
            if properties == nil { properties = JSONObject() }
            properties![name] = newValue
        }
    }
}

/// A GeoJSON FeatureCollection.
public struct FeatureCollection: Hashable, Sendable {
    public var features: [Feature]
    public var bbox: [Double]?
    /// Members other than type, features and bbox (for example `name`, or a legacy `crs`).
    public var foreignMembers: JSONObject

    public init(features: [Feature] = [], bbox: [Double]? = nil, foreignMembers: JSONObject = JSONObject()) {
        self.features = features; self.bbox = bbox; self.foreignMembers = foreignMembers
    }
}

/// Any top-level GeoJSON object: a FeatureCollection, a single Feature or a bare Geometry.
public enum GeoJSONObject: Hashable, Sendable {
    case featureCollection(FeatureCollection)
    case feature(Feature)
    case geometry(Geometry)

    /// The object viewed as a collection of features: a Feature becomes one feature,
    /// a Geometry a feature with no properties.
    public var asFeatureCollection: FeatureCollection {
        switch self {
        case .featureCollection(let fc): fc
        case .feature(let f): FeatureCollection(features: [f])
        case .geometry(let g): FeatureCollection(features: [Feature(geometry: g, properties: JSONObject())])
        }
    }
}
