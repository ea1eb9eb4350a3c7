/// The five terrain units of 三山两槽 ("three mountains, two troughs"), west to east.
public enum TerrainUnit: String, CaseIterable, Hashable, Sendable, Comparable {
    case huaying = "华蓥山"
    case westTrough = "西槽"
    case tongluo = "铜锣山"
    case eastTrough = "东槽"
    case mingyue = "明月山"

    /// True for the three ridges (华蓥山, 铜锣山, 明月山), where the breeding bases are.
    public var isMountain: Bool { self == .huaying || self == .tongluo || self == .mingyue }

    /// A stable small index (0…4) for column storage.
    public var index: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (a: TerrainUnit, b: TerrainUnit) -> Bool { a.index < b.index }
}

/// The four special poverty zones (四大扶贫区域).
public enum ZoneName: String, CaseIterable, Hashable, Sendable {
    case mountainRing = "二环山区"
    case flood = "水淹区"
    case drought = "旱山区"
    case geologicalHazard = "地质灾害沉陷区"

    /// A bit for compact zone sets (`ZoneSet`).
    public var bit: UInt8 { UInt8(1) << UInt8(Self.allCases.firstIndex(of: self)!) }
}

/// A set of zones stored as bits, cheap to copy into household columns.
public struct ZoneSet: Hashable, Sendable {
    public var rawValue: UInt8
    public init(rawValue: UInt8 = 0) { self.rawValue = rawValue }
    public init(_ zones: [ZoneName]) { rawValue = zones.reduce(0) { $0 | $1.bit } }
    public func contains(_ zone: ZoneName) -> Bool { rawValue & zone.bit != 0 }
    public func intersects(_ other: ZoneSet) -> Bool { rawValue & other.rawValue != 0 }
    public var isEmpty: Bool { rawValue == 0 }
    /// The zones in declaration order.
    public var names: [ZoneName] { ZoneName.allCases.filter(contains) }
}
