/// The seven RFC 7946 geometry type names, as they appear in `"type"`.
enum GeometryKind: String, CaseIterable {
    case point = "Point"
    case multiPoint = "MultiPoint"
    case lineString = "LineString"
    case multiLineString = "MultiLineString"
    case polygon = "Polygon"
    case multiPolygon = "MultiPolygon"
    case geometryCollection = "GeometryCollection"

    /// "Point, MultiPoint, …, GeometryCollection", for messages.
    static let list = allCases.map(\.rawValue).joined(separator: ", ")
}
