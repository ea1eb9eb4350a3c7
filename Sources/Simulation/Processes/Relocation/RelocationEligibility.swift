import Planning

/// Who may move: households living in villages of the eligible zones (served in the
/// order the zones are listed), registered poor when `poor_only`, and willing to move.
public struct RelocationEligibility: Sendable {
    /// For each village, the rank of its first eligible zone (0 = served first), or nil.
    public let zoneRank: [Int?]
    public let poorOnly: Bool

    public init(world: SimulationWorld) {
        let s = world.scenario
        let zones = s.texts("programs.relocation.eligible_zones").compactMap(ZoneName.init(rawValue:))
        zoneRank = world.villages.map { v in zones.firstIndex(where: v.zones.contains) }
        poorOnly = s.bool("programs.relocation.poor_only")
    }

    /// True when household `i` of `table` may move this year.
    public func isEligible(_ i: Int, in table: HouseholdTable) -> Bool {
        let f = table.flags[i]
        return table.location[i] < 0 && f.contains(.willingToMove) && (!poorOnly || f.contains(.poor))
            && zoneRank[Int(table.village[i])] != nil
    }
}
