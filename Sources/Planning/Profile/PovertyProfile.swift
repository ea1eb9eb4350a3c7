/// The county facts the modelled village figures must sum to.
public struct PovertyFacts: Sendable, Hashable {
    public var ruralPoorPersons: Int
    public var ruralIncidence: Double
    public var urbanPoorPersons: Int
    public var urbanPopulation: Int
    public var poorVillages: Int
    /// Poor persons the villages of a zone must hold, by zone name.
    public var zonePoorPersons: [String: Int]
    public var poorVillageMountainShare: Double
    /// Population-weighted mean rural income in the base year, yuan per person per year.
    public var ruralIncomeYuanPerPersonBase: Double
    public var incomeConcept: String
    public var householdSize: Double
    public var poorHouseholdSize: Double
    /// The rural population implied: poor ÷ incidence, rounded.
    public var ruralPopulation: Int { Int((Double(ruralPoorPersons) / ruralIncidence).rounded()) }
}

/// A township facility the county exit rule (一低三有) requires in every township.
public enum TownshipFacility: String, Sendable, Hashable, CaseIterable {
    case centralSchool = "central_school"
    case healthCentre = "health_centre"
    case serviceCentre = "service_centre"
}

/// The modelled state of the township facilities in the base year.
public struct TownshipFacilitiesProfile: Sendable, Hashable {
    /// For each facility, the share of townships (those whose 村 have the highest mean
    /// poverty score; subdistricts excepted) that lack it in the base year.
    public var missingShare: [TownshipFacility: Double]
}

public struct ExitThresholds: Sendable, Hashable {
    /// A poor village exits when its incidence is below this (and 一低五有 holds).
    public var villageIncidenceBelow: Double
    /// The county exits when rural incidence is below this (and 一低三有 holds).
    public var countyIncidenceBelow: Double
    public var countyTownshipFacilities: [TownshipFacility]
}
