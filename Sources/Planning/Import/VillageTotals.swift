import GIS

/// County totals derived from the villages layer: what the county facts
/// (`poverty.rural_poor_persons`, `poverty.poor_villages`, `poverty.rural_incidence`)
/// are compared with. "Rural" means the 村 (not the 社区).
public struct VillageTotals: Sendable, Hashable {
    /// Poor persons in the 村, persons.
    public var ruralPoorPersons: Int
    /// Population of the 村, persons.
    public var ruralPopulation: Int
    /// Villages flagged `poor_village`.
    public var poorVillages: Int
    /// Population of every village and community, persons.
    public var population: Int
    /// Poor persons in the 社区, persons.
    public var urbanPoorPersons: Int

    /// Rural poverty incidence: rural poor persons / rural population (0 when empty).
    public var ruralIncidence: Double { ruralPopulation > 0 ? Double(ruralPoorPersons) / Double(ruralPopulation) : 0 }

    /// Sums the villages' `kind`, `population`, `poor_persons` and `poor_village`
    /// (a missing or non-integer figure counts as 0).
    public init(villages: FeatureCollection) {
        ruralPoorPersons = 0; ruralPopulation = 0; poorVillages = 0; population = 0; urbanPoorPersons = 0
        for f in villages.features {
            let pop = f[property: "population"]?.intValue ?? 0
            let poor = f[property: "poor_persons"]?.intValue ?? 0
            population += pop
            if f[property: "kind"]?.stringValue == "社区" { urbanPoorPersons += poor } else { ruralPoorPersons += poor; ruralPopulation += pop }
            if f[property: "poor_village"]?.boolValue == true { poorVillages += 1 }
        }
    }
}
