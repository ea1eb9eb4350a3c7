import Planning
import Simulation

/// `villages.csv`: one row per village and year, sorted by village id, then year.
public enum VillageTable {
    /// A row: the village's index in the world and the year's index.
    public struct Row: Hashable, Sendable {
        public var village: Int
        public var year: Int
    }

    /// The table's columns and rows; see docs/outputs.md for each column.
    public static func table(_ view: EnsembleView, world: SimulationWorld) -> Table<Row> {
        let base = view.runs[0]
        let villages = world.villages
        let order = villages.indices.sorted { villages[$0].id < villages[$1].id }
        // `exited` agrees with the P50 exit year (an order statistic, never a mean of flags).
        var exitYears: [Int: Int?] = [:]
        for v in order { exitYears[v] = view.villageExitYear(v) }
        var columns: [Column<Row>] = [
            .text("village_id") { villages[$0.village].id },
            .text("village_name") { villages[$0.village].name },
            .text("township_code") { villages[$0.village].townshipCode },
            .flag("poor_village") { villages[$0.village].isPoorVillage },
            .integer("year") { base.years[$0.year] },
            .integer("population", unit: "persons") { base.villages[$0.year][$0.village].persons },
            .integer("households", unit: "households") { base.villages[$0.year][$0.village].households },
        ]
        columns += view.columns("poor_persons", unit: "persons", decimals: 0) { Double($0.villages[$1.year][$1.village].poorPersons) }
        columns += view.columns("poor_households", unit: "households", decimals: 0) { Double($0.villages[$1.year][$1.village].poorHouseholds) }
        columns += view.columns("incidence", unit: "fraction", decimals: 6) { $0.villages[$1.year][$1.village].incidence }
        columns += view.columns("income_per_capita", unit: "yuan/person/year", decimals: 2) { $0.villages[$1.year][$1.village].incomeYuanPerPerson }
        columns += view.columns("lifted_out", unit: "persons", decimals: 0) { Double($0.villages[$1.year][$1.village].liftedOutPersons) }
        columns += view.columns("relocated_persons", unit: "persons", decimals: 0) { Double($0.villages[$1.year][$1.village].relocatedPersons) }
        columns.append(.flag("exited") { row in
            (exitYears[row.village] ?? nil).map { $0 <= base.years[row.year] } == true
        })
        let rows = order.flatMap { v in base.years.indices.map { Row(village: v, year: $0) } }
        return Table(columns: columns, rows: rows)
    }
}
