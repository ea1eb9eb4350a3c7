import Planning

/// The fixed inputs of every run: the region's rural villages and sites, its county
/// profile, and the scenario. Built once and shared (read-only) by all runs of an ensemble.
public struct SimulationWorld: Sendable {
    public let region: Region
    public let scenario: Scenario
    /// The simulated villages: the rural villages (村) in file order.
    public let villages: [Village]
    public let sites: [Site]
    /// For each simulated village, true when it lies on a tourism line (`tourism: true`).
    public let onTourismLine: [Bool]
    /// The base year (the state the geodata describes; tallied, not simulated): the profile's `years.base`.
    public let baseYear: Int
    /// The simulated years, base + 1 … the profile's `years.end`.
    public let years: ClosedRange<Int>
    /// The exit thresholds that apply: the scenario's what-if override when it sets one, else the profile's.
    public let exitThresholds: AppliedExitThresholds

    /// - Throws: `ScenarioError` when the scenario names an unknown village, township,
    ///   site or zone, contradicts the region (`Scenario.check(in:)`), or lacks a poverty
    ///   line for a year from the base year to the end year.
    public init(region: Region, scenario: Scenario) throws {
        try scenario.check(in: region)
        let profile = region.profile
        baseYear = profile.years.base
        years = profile.years.simulated
        try scenario.checkPovertyLines(years: baseYear...profile.years.end, profileFile: profile.file)
        self.region = region
        self.scenario = scenario
        villages = region.ruralVillages
        sites = region.sites
        let tourismVillages = Set(region.lines.filter(\.isTourismLine).flatMap(\.villageIDs))
        onTourismLine = villages.map { tourismVillages.contains($0.id) }
        exitThresholds = AppliedExitThresholds(scenario: scenario, profile: profile.exitRules)
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

/// The village and county incidence thresholds a world applies, and where each came from.
public struct AppliedExitThresholds: Sendable, Hashable {
    /// Where a threshold came from.
    public enum Source: String, Sendable, Hashable {
        /// The county profile's `exit_rules` (the scenario did not set the key).
        case profile
        /// The scenario's `exit_rules.*_fraction` (a what-if override).
        case scenario
    }
    public var villageIncidenceBelow: Double
    public var villageSource: Source
    public var countyIncidenceBelow: Double
    public var countySource: Source
    /// The township facilities the county rule requires in every township (the profile's).
    public var countyTownshipFacilities: [TownshipFacility]

    /// The key paths of the scenario's overrides.
    public static let villageKey = ExitRuleParameters.villageKeyPath
    public static let countyKey = ExitRuleParameters.countyKeyPath

    public init(scenario: Scenario, profile: ExitThresholds) {
        if let v = scenario.parameters.exitRules.villageIncidenceBelowFraction {
            villageIncidenceBelow = v; villageSource = .scenario
        } else {
            villageIncidenceBelow = profile.villageIncidenceBelow; villageSource = .profile
        }
        if let c = scenario.parameters.exitRules.countyIncidenceBelowFraction {
            countyIncidenceBelow = c; countySource = .scenario
        } else {
            countyIncidenceBelow = profile.countyIncidenceBelow; countySource = .profile
        }
        countyTownshipFacilities = profile.countyTownshipFacilities
    }

    /// Comments for `scenario.resolved.yaml`: which threshold applied, by key path.
    public func resolvedNotes(profileFile: String) -> [String: String] {
        func note(_ source: Source, _ value: Double, _ profileKey: String) -> String {
            switch source {
            case .profile: "not set in the scenario: the county profile's exit_rules.\(profileKey) applies, \(ScenarioYAML.format(value)) (\(profileFile))"
            case .scenario: "set by the scenario: this what-if value applies instead of the county profile's exit_rules.\(profileKey)"
            }
        }
        return [Self.villageKey: note(villageSource, villageIncidenceBelow, "village_incidence_below"),
                Self.countyKey: note(countySource, countyIncidenceBelow, "county_incidence_below")]
    }
}
