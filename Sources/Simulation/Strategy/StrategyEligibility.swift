import Planning

/// Who may move under a strategy. A village qualifies when it lies in an eligible zone:
/// in a mandatory zone (hazards) unconditionally, in the other eligible zones only when
/// it meets every condition (elevation, slope, road distance, village size). In a
/// qualifying village, registered poor households (or all, unless `poor_only`) that are
/// willing to move (the take-up drawn at synthesis) are candidates; willing non-poor
/// households join them as 同步搬迁 movers with `nonpoor_take_up_fraction`.
public struct StrategyEligibility: Sendable {
    /// What a household is to the strategy this year.
    public enum Status: Equatable, Sendable {
        case notEligible
        /// Eligible but unwilling (voluntary take-up).
        case declined
        /// A candidate; `nonpoor` for 同步搬迁 movers.
        case candidate(nonpoor: Bool)
    }

    /// For each simulated village, the rank of its first eligible zone it qualifies by
    /// (0 = served first under `hazard_first`), or nil when it does not qualify.
    public let zoneRank: [Int?]
    public let poorOnly: Bool
    public let nonpoorTakeUp: Double

    public init(world: SimulationWorld) {
        let p = world.scenario.parameters.programs.relocation, c = p.conditions
        // Zone names were checked against the profile when the world was built.
        let zones = p.eligibleZones.compactMap(world.region.zoneIndex(named:))
        let mandatory = Set(p.mandatoryZones.compactMap(world.region.zoneIndex(named:)))
        let minElevation = c.minElevationMetres
        let minSlope = c.minSlopeDegrees
        let minRoad = c.minRoadDistanceKilometres
        let maxPopulation = c.maxVillagePopulationPersons
        zoneRank = world.villages.map { v in
            let meets = v.elevationMetres >= minElevation && v.slopeDegrees >= minSlope
                && v.distanceRoadKilometres >= minRoad && v.populationPersons <= maxPopulation
            return zones.firstIndex { v.zones.contains($0) && (mandatory.contains($0) || meets) }
        }
        poorOnly = p.poorOnly
        nonpoorTakeUp = p.nonpoorTakeUpFraction
    }

    /// The status of household `i` of `table` this year (households already moved are not eligible).
    /// - Complexity: O(1).
    public func status(_ i: Int, in table: HouseholdTable, runSeed: UInt64) -> Status {
        status(i, flags: table.flags[i], location: table.location[i], village: Int(table.village[i]), runSeed: runSeed)
    }

    /// The status of household `i` from its column values (for loops that borrow the columns).
    /// - Complexity: O(1).
    @inline(__always)
    func status(_ i: Int, flags f: HouseholdFlags, location: Int32, village v: Int, runSeed: UInt64) -> Status {
        guard location < 0, zoneRank[v] != nil, !f.contains(.movedBack) else { return .notEligible }
        if f.contains(.poor) || !poorOnly { return f.contains(.willingToMove) ? .candidate(nonpoor: false) : .declined }
        guard nonpoorTakeUp > 0, f.contains(.willingToMove) else { return .notEligible }
        // A fixed draw per household and run, the same every year (no random stream is
        // consumed, so every other process sees the same random numbers whatever the strategy).
        let u = RandomStreams.unit(runSeed: runSeed, key: RandomStreams.Key.relocationNonpoor.rawValue, year: 0, household: i)
        return u < nonpoorTakeUp ? .candidate(nonpoor: true) : .notEligible
    }
}
