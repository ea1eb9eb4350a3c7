import Planning

/// The destinations a relocation strategy may use: the allowed resettlement sites, with
/// the distance from every village to each, the money per person moved there, the
/// persons each can take in a year, and the jobs within reach.
public struct DestinationCatalog: Sendable {
    /// Indices (into the world's sites) of the allowed sites.
    public let sites: [Int]
    /// `distanceKilometres[v][k]`: simulated village `v` to `sites[k]`.
    public let distanceKilometres: [[Double]]
    /// `sameTownship[v][k]`: the site lies in the village's township.
    public let sameTownship: [[Bool]]
    /// Money spent per person moved to `sites[k]`: construction (scaled from the site's
    /// cost at 25 m² to the scenario's floor area) plus the kind's subsidy; or the
    /// dispersed housing subsidy alone. Yuan per person.
    public let costYuanPerPerson: [Double]
    /// Persons `sites[k]` can take in one year (construction pace); `Int.max` when dispersed.
    public let personsPerYear: [Int]
    /// Jobs at all sites within `jobs_reach_km` of `sites[k]`.
    public let jobsWithinReach: [Int]
    public let maxDistanceKilometres: Double
    /// True when households buy or build existing housing near the sites (分散安置).
    public let dispersed: Bool

    /// - Complexity: O(villages × sites + sites²).
    public init(world: SimulationWorld) {
        let p = world.scenario.parameters.programs.relocation
        let kinds = Set(p.siteKinds)
        let only = Set(p.sites)
        let sites = world.sites.indices.filter { k in
            let site = world.sites[k]
            return site.kind.isResettlement && kinds.contains(site.kind) && site.capacityPersons > 0
                && (only.isEmpty || only.contains(site.id))
        }
        self.sites = sites
        distanceKilometres = world.villages.indices.map { v in sites.map { world.distanceKilometres(village: v, site: $0) } }
        sameTownship = world.villages.map { v in sites.map { world.sites[$0].townshipCode == v.townshipCode } }
        let dispersed = p.dispersed
        self.dispersed = dispersed
        maxDistanceKilometres = p.maxDistanceKilometres
        let area = p.constructionSquareMetresPerPerson
        let subsidy = p.subsidyYuanPerPersonByKind
        let perYear = p.capacityPersonsPerYearByKind
        let dispersedSubsidy = p.dispersedSubsidyYuanPerPerson
        costYuanPerPerson = sites.map { k in
            let site = world.sites[k]
            return dispersed ? dispersedSubsidy : site.costYuanPerPerson * area / 25 + (subsidy[site.kind] ?? 0)
        }
        personsPerYear = sites.map { k in dispersed ? Int.max : Int(perYear[world.sites[k].kind] ?? 0) }
        let reach = p.jobsReachKilometres
        jobsWithinReach = sites.map { k in Self.jobs(within: reach, of: world.sites[k], among: world.sites) }
    }

    /// The jobs at the sites of `sites` (the site itself included) within `kilometres`
    /// (planar in the planning CRS) of `site`. Used for `jobsWithinReach` and the comparison's
    /// `jobs_within_10km_of_new_home`.
    /// - Complexity: O(sites).
    public static func jobs(within kilometres: Double, of site: Site, among sites: [Site]) -> Int {
        sites.reduce(0) { sum, b in
            b.jobs > 0 && site.distanceKilometres(to: b) <= kilometres ? sum + b.jobs : sum
        }
    }

    /// True when village `v` may move to `sites[k]`: within the distance limit.
    public func allows(village v: Int, site k: Int) -> Bool {
        distanceKilometres[v][k] <= maxDistanceKilometres
    }

    /// Persons `sites[k]` can still take this year, given the persons living there now.
    public func room(site k: Int, occupancy: [Int], world: SimulationWorld) -> Int {
        let s = sites[k]
        return max(0, min(world.sites[s].capacityPersons - occupancy[s], personsPerYear[k]))
    }
}
