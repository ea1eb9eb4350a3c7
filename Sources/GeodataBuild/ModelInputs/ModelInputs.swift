import GIS

/// A ridge of the terrain model: a crest line (south → north, lon/lat) whose crest
/// height varies along the axis through `crest` control points, with a Gaussian
/// cross-profile of standard deviation `halfWidthMetres`.
public struct RidgeSpec: Sendable {
    public var name: String
    /// The crest axis, south to north, lon/lat degrees.
    public var axis: [Position]
    /// Crest heights at points on or near the axis, in file order.
    public var crest: [CrestPoint]
    /// The Gaussian σ of the cross-profile, metres.
    public var halfWidthMetres: Double
    /// The demonstration belt of the plan layout along this ridge, if any.
    public var beltName: String?
    public var source: String
}

/// A crest height of a ridge: lon/lat with z in metres, the label (a name and height
/// for a sourced peak, or text starting with "modelled"), and its source.
public struct CrestPoint: Sendable {
    public var position: Position
    public var label: String
    public var source: String
    /// A named, sourced peak (its label does not start with "modelled").
    public var isPeak: Bool { !label.hasPrefix("modelled") }
}

/// A river course given in the model inputs (lon/lat), with the terrain unit it drains.
public struct RiverSpec: Sendable {
    public var name: String
    public var trough: String
    public var path: [Position]
    public var source: String
}

/// The county's lowest point (lon/lat, z = metres) and the river bent through it.
public struct LowPointSpec: Sendable {
    public var name: String
    public var position: Position
    public var river: String?
    public var source: String
}

/// A township seat fixed by a known fact (or by a rule relative to one).
public struct SeatAnchor: Sendable {
    public var name: String
    public var position: Position
    public var reason: String
}

/// A point a zone rule measures distances from (a coal working, a landslide site …).
public struct HazardPoint: Sendable {
    public var group: String
    public var position: Position
    public var note: String
}

/// A modelled trunk-road alignment (lon/lat), with the fact it stands for.
public struct RoadSpec: Sendable {
    /// "expressway" or "national".
    public var kind: String
    public var name: String
    public var ref: String
    public var path: [Position]
    public var source: String
}

/// The modelled positions of one county (`model-inputs.geojson` in its sources
/// folder): ridge axes and crest heights, rivers, the low point, seat anchors, hazard
/// points and trunk roads. Documented key by key in geodata/README.md. Every list may
/// be empty: the builder then leaves out what it would have given and warns.
public struct ModelInputs: Sendable {
    /// West to east, in file order.
    public var ridges: [RidgeSpec] = []
    public var rivers: [RiverSpec] = []
    public var lowPoint: LowPointSpec?
    public var seatAnchors: [SeatAnchor] = []
    public var hazardPoints: [HazardPoint] = []
    public var roads: [RoadSpec] = []
    /// The file the inputs were read from, or nil when the county has none.
    public var file: String?

    public init() {}

    /// The ridge named `name`, or nil.
    public func ridge(named name: String) -> RidgeSpec? { ridges.first { $0.name == name } }

    /// The hazard points of a group, in file order.
    public func hazardPoints(group: String) -> [Position] {
        hazardPoints.filter { $0.group == group }.map(\.position)
    }
}
