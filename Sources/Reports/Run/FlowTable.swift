import Planning
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
    public static func table(_ view: EnsembleView, world: SimulationWorld) -> Table<Row> {
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
        let villages = Dictionary(world.villages.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let townships = Dictionary(world.region.townships.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let sites = Dictionary(world.sites.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // The names are added at the end, so that earlier columns keep their places.
        let columns: [Column<Row>] = [
            .integer("year", label: "年份") { $0.year },
            .text("from_village", label: "迁出村编号") { $0.village },
            .text("to_site", label: "安置点编号") { $0.site },
            .number("households", label: "搬迁户数(户)", unit: "households", decimals: 0) { $0.households },
            .number("persons", label: "搬迁人口(人)", unit: "persons", decimals: 0) { $0.persons },
            .text("from_village_name", label: "迁出村名") { villages[$0.village]?.name ?? "" },
            .text("from_township_name", label: "迁出乡镇") { villages[$0.village].flatMap { townships[$0.townshipCode] } ?? "" },
            .text("to_site_name", label: "安置点名称") { sites[$0.site] ?? "" },
        ]
        return Table(columns: columns, rows: rows.sorted())
    }
}
