import Planning

/// The resettlement sites a scenario uses, with the distance from every village to each.
public struct ResettlementSites: Sendable {
    /// Indices (into the world's sites) of the usable sites.
    public let sites: [Int]
    /// `distanceKilometres[v][k]`: village `v` to `sites[k]`.
    public let distanceKilometres: [[Double]]
    public let maxDistanceKilometres: Double

    public init(world: SimulationWorld) {
        let s = world.scenario
        let kinds = Set(s.texts("programs.relocation.site_kinds"))
        let only = Set(s.texts("programs.relocation.sites"))
        let sites = world.sites.indices.filter { k in
            let site = world.sites[k]
            return site.kind.isResettlement && kinds.contains(site.kind.rawValue) && site.capacityPersons > 0
                && (only.isEmpty || only.contains(site.id))
        }
        self.sites = sites
        distanceKilometres = world.villages.indices.map { v in sites.map { world.distanceKilometres(village: v, site: $0) } }
        maxDistanceKilometres = s.number("programs.relocation.max_distance_km")
    }
}

/// Where a household goes: the nearest usable site with room, in its own township
/// first when asked. (Issue 5 adds other assignments behind the same call.)
public struct NearestSiteAssignment: Sendable {
    public let ownTownshipFirst: Bool
    let sameTownship: [[Bool]]

    public init(world: SimulationWorld, sites: ResettlementSites) {
        ownTownshipFirst = world.scenario.bool("programs.relocation.own_township_first")
        sameTownship = world.villages.map { v in sites.sites.map { world.sites[$0].townshipCode == v.townshipCode } }
    }

    /// The position in `sites.sites` for `persons` from village `v`, or nil when none has room.
    /// - Complexity: O(sites).
    public func choose(village v: Int, persons: Int, sites: ResettlementSites, world: SimulationWorld, occupancy: [Int]) -> Int? {
        var best: Int?, bestOwn: Int?
        let d = sites.distanceKilometres[v]
        for k in sites.sites.indices where d[k] <= sites.maxDistanceKilometres {
            let s = sites.sites[k]
            guard occupancy[s] + persons <= world.sites[s].capacityPersons else { continue }
            if best == nil || d[k] < d[best!] { best = k }
            if sameTownship[v][k], bestOwn == nil || d[k] < d[bestOwn!] { bestOwn = k }
        }
        return ownTownshipFirst ? (bestOwn ?? best) : best
    }
}
