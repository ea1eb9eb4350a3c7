import Planning

/// The county totals before and after `geodata import`, beside the county facts of
/// county.yaml (`poverty.rural_poor_persons`, `poverty.poor_villages`,
/// `poverty.rural_incidence`) when there are any.
public enum ImportTotalsTable {
    /// A row: a total's label and its three values as shown.
    public struct Row: Sendable {
        public var label: String
        public var before: String
        public var after: String
        public var facts: String
    }

    /// The table; "–" where county.yaml has no such fact.
    public static func table(before: VillageTotals, after: VillageTotals, facts: PovertyFacts?) -> Table<Row> {
        let rows = [
            Row(label: "rural poor persons", before: "\(before.ruralPoorPersons)", after: "\(after.ruralPoorPersons)",
                facts: facts.map { "\($0.ruralPoorPersons)" } ?? "–"),
            Row(label: "poor villages", before: "\(before.poorVillages)", after: "\(after.poorVillages)",
                facts: facts.map { "\($0.poorVillages)" } ?? "–"),
            Row(label: "rural population", before: "\(before.ruralPopulation)", after: "\(after.ruralPopulation)",
                facts: facts.map { "\($0.ruralPopulation)" } ?? "–"),
            Row(label: "rural incidence", before: percent(before.ruralIncidence), after: percent(after.ruralIncidence),
                facts: facts.map { percent($0.ruralIncidence) } ?? "–"),
            Row(label: "population (all villages)", before: "\(before.population)", after: "\(after.population)", facts: "–"),
        ]
        return Table(columns: [
            .text("total", label: "county totals", minimumWidth: 26) { $0.label },
            .text("before", alignment: .right, minimumWidth: 10) { $0.before },
            .text("imported", alignment: .right, minimumWidth: 10) { $0.after },
            .text("county_yaml", label: "county.yaml", alignment: .right, minimumWidth: 13) { $0.facts },
        ], rows: rows)
    }

    /// The table as printed (columns of at least 26, 10, 10 and 13 characters, unseparated).
    public static func render(before: VillageTotals, after: VillageTotals, facts: PovertyFacts?) -> String {
        PlainTextWriter.render(table(before: before, after: after, facts: facts), separator: "")
    }

    /// A fraction as a percentage with 2 decimals, e.g. "9.50 %".
    public static func percent(_ x: Double) -> String { Fixed.text(x * 100, 2) + " %" }
}
