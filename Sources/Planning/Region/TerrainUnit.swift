/// A village's terrain unit: one of the county profile's units (`terrain.units`), by
/// name, with its kind and its position in the profile's list (west to east).
public struct TerrainUnit: Hashable, Sendable, Comparable {
    public var name: String
    public var kind: TerrainKind
    /// The unit's position in the profile's `terrain.units` (a stable small index).
    public var index: Int

    public init(name: String, kind: TerrainKind, index: Int) {
        self.name = name; self.kind = kind; self.index = index
    }

    /// True for the ridges (kind `mountain`).
    public var isMountain: Bool { kind == .mountain }

    public static func < (a: TerrainUnit, b: TerrainUnit) -> Bool { a.index < b.index }
}

/// A set of the profile's zones (`zones.list`), stored as bits in the profile's order,
/// cheap to copy into columns. A profile may list at most `ZoneSet.capacity` zones.
public struct ZoneSet: Hashable, Sendable {
    public var rawValue: UInt64
    /// The most zones a set can hold (and so a profile may list).
    public static let capacity = UInt64.bitWidth

    public init(rawValue: UInt64 = 0) { self.rawValue = rawValue }
    /// The set of the zones at these positions of the profile's list.
    /// - Precondition: every index is in 0..<capacity.
    public init<S: Sequence>(indices: S) where S.Element == Int {
        rawValue = 0
        for i in indices { insert(i) }
    }
    public mutating func insert(_ index: Int) {
        precondition(index >= 0 && index < Self.capacity, "zone index out of range")
        rawValue |= UInt64(1) << UInt64(index)
    }
    /// True when the zone at position `index` of the profile's list is in the set.
    public func contains(_ index: Int) -> Bool {
        index >= 0 && index < Self.capacity && rawValue & (UInt64(1) << UInt64(index)) != 0
    }
    public func intersects(_ other: ZoneSet) -> Bool { rawValue & other.rawValue != 0 }
    public var isEmpty: Bool { rawValue == 0 }
    /// The positions in the set, ascending (the profile's order).
    public var indices: [Int] { (0..<Self.capacity).filter(contains) }
}
