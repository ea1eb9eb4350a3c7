import Simulation

/// `flows.csv`: relocations by year, village and site (P50 over runs when an ensemble,
/// counting 0 for runs without the flow), sorted by year, village, site; flows whose
/// P50 persons is 0 are left out.
public enum FlowTable {
    /// A row: one year, home village and site, with the P50 households and persons.
    public struct Row: Hashable, Sendable, Comparable {
        public var year: Int
        public var village: String
        public var site: String
        public var households = 0.0
        public var persons = 0.0
        public static func < (a: Row, b: Row) -> Bool { (a.year, a.village, a.site) < (b.year, b.village, b.site) }
    }

    /// The table's columns and rows; see docs/outputs.md for each column.
    public static func table(_ view: EnsembleView) -> Table<Row> {
        struct Key: Hashable { var year: Int, village: String, site: String }
        var perRun: [[Key: (Int, Int)]] = []
        var keys: Set<Key> = []
        for r in view.runs {
            var m: [Key: (Int, Int)] = [:]
            for f in r.flows {
                let k = Key(year: f.year, village: f.villageID, site: f.siteID)
                m[k] = (f.households, f.persons); keys.insert(k)
            }
            perRun.append(m)
        }
        var rows: [Row] = []
        for k in keys {
            let persons = Quantiles(perRun.map { Double($0[k]?.1 ?? 0) }).p50
            guard persons > 0 else { continue }
            let households = Quantiles(perRun.map { Double($0[k]?.0 ?? 0) }).p50
            rows.append(Row(year: k.year, village: k.village, site: k.site, households: households, persons: persons))
        }
        let columns: [Column<Row>] = [
            .integer("year") { $0.year },
            .text("from_village") { $0.village },
            .text("to_site") { $0.site },
            .number("households", unit: "households", decimals: 0) { $0.households },
            .number("persons", unit: "persons", decimals: 0) { $0.persons },
        ]
        return Table(columns: columns, rows: rows.sorted())
    }
}
