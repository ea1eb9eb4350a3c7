import Planning

/// The fixed inputs of every run: the region's rural villages and sites, and the
/// scenario. Built once and shared (read-only) by all runs of an ensemble.
public struct SimulationWorld: Sendable {
    public let region: Region
    public let scenario: Scenario
    /// The simulated villages: the rural villages (村) in file order.
    public let villages: [Village]
    public let sites: [Site]
    /// For each simulated village, true when it lies on a tourism line (农旅结合, 生态旅游).
    public let onTourismLine: [Bool]
    /// Simulated years (2016…2020) after the base year 2015.
    public let years: ClosedRange<Int> = 2016...2020
    public let baseYear = 2015

    /// - Throws: `ScenarioError` when the scenario names an unknown village, township or site.
    public init(region: Region, scenario: Scenario) throws {
        try scenario.checkReferences(in: region)
        self.region = region
        self.scenario = scenario
        villages = region.ruralVillages
        sites = region.sites
        let tourismVillages = Set(region.lines.filter(\.isTourismLine).flatMap(\.villageIDs))
        onTourismLine = villages.map { tourismVillages.contains($0.id) }
    }

    /// Distance from village `v` (simulated index) to site `s`, kilometres.
    public func distanceKilometres(village v: Int, site s: Int) -> Double {
        region.distanceKilometres(village: villages[v], site: sites[s])
    }

    /// Total persons in the simulated villages.
    public var populationPersons: Int { villages.reduce(0) { $0 + $1.populationPersons } }
    /// Total households in the simulated villages.
    public var householdCount: Int { villages.reduce(0) { $0 + $1.households } }
}
