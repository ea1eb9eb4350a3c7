/// A polygon: the first ring is the exterior, the others are holes. Each ring is
/// closed (first position repeated last) and has at least 4 positions once validated.
public struct Polygon: Hashable, Sendable {
    public var rings: [CoordinateSequence]
    public init(rings: [CoordinateSequence]) { self.rings = rings }
    public init(exterior: CoordinateSequence, holes: [CoordinateSequence] = []) {
        self.rings = [exterior] + holes
    }
    /// The exterior ring, or an empty sequence for an empty polygon.
    public var exterior: CoordinateSequence { rings.first ?? CoordinateSequence() }
    /// The interior rings (holes).
    public var holes: ArraySlice<CoordinateSequence> { rings.dropFirst() }
}

/// The seven GeoJSON geometry types (RFC 7946 §3.1), over flat coordinate storage.
public indirect enum Geometry: Hashable, Sendable {
    case point(Position)
    case multiPoint(CoordinateSequence)
    case lineString(CoordinateSequence)
    case multiLineString([CoordinateSequence])
    case polygon(Polygon)
    case multiPolygon([Polygon])
    case geometryCollection([Geometry])

    /// The GeoJSON `type` name: "Point", "MultiPolygon", ….
    public var typeName: String {
        switch self {
        case .point: "Point"
        case .multiPoint: "MultiPoint"
        case .lineString: "LineString"
        case .multiLineString: "MultiLineString"
        case .polygon: "Polygon"
        case .multiPolygon: "MultiPolygon"
        case .geometryCollection: "GeometryCollection"
        }
    }

    /// Every coordinate run in the geometry (points as one-position runs), in order.
    public var coordinateSequences: [CoordinateSequence] {
        switch self {
        case .point(let p): [CoordinateSequence([p])]
        case .multiPoint(let s), .lineString(let s): [s]
        case .multiLineString(let ls): ls
        case .polygon(let p): p.rings
        case .multiPolygon(let ps): ps.flatMap(\.rings)
        case .geometryCollection(let gs): gs.flatMap(\.coordinateSequences)
        }
    }

    /// The number of positions in the geometry.
    public var positionCount: Int {
        switch self {
        case .point: 1
        case .multiPoint(let s), .lineString(let s): s.count
        case .multiLineString(let ls): ls.reduce(0) { $0 + $1.count }
        case .polygon(let p): p.rings.reduce(0) { $0 + $1.count }
        case .multiPolygon(let ps): ps.reduce(0) { a, p in a + p.rings.reduce(0) { $0 + $1.count } }
        case .geometryCollection(let gs): gs.reduce(0) { $0 + $1.positionCount }
        }
    }

    /// The same geometry with every coordinate run replaced by `transform(run)`.
    /// Points go through as one-position runs.
    public func mapSequences(_ transform: (CoordinateSequence) throws -> CoordinateSequence) rethrows -> Geometry {
        switch self {
        case .point(let p): return .point(try transform(CoordinateSequence([p]))[0])
        case .multiPoint(let s): return .multiPoint(try transform(s))
        case .lineString(let s): return .lineString(try transform(s))
        case .multiLineString(let ls): return .multiLineString(try ls.map(transform))
        case .polygon(let p): return .polygon(Polygon(rings: try p.rings.map(transform)))
        case .multiPolygon(let ps): return .multiPolygon(try ps.map { Polygon(rings: try $0.rings.map(transform)) })
        case .geometryCollection(let gs): return .geometryCollection(try gs.map { try $0.mapSequences(transform) })
        }
    }
}
