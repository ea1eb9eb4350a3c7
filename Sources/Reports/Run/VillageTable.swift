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
        let townshipNames = Dictionary(world.region.townships.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let base = view.runs[0]
        let villages = world.villages
        let order = villages.indices.sorted { villages[$0].id < villages[$1].id }
        // `exited` agrees with the P50 exit year (an order statistic, never a mean of flags).
        var exitYears: [Int: Int?] = [:]
        for v in order { exitYears[v] = view.villageExitYear(v) }
        var columns: [Column<Row>] = [
            .text("village_id", label: "村编号") { villages[$0.village].id },
            .text("village_name", label: "村名") { villages[$0.village].name },
            .text("township_code", label: "乡镇代码") { villages[$0.village].townshipCode },
            .flag("poor_village", label: "贫困村") { villages[$0.village].isPoorVillage },
            .integer("year", label: "年份") { base.years[$0.year] },
            .integer("population", label: "人口(人)", unit: "persons") { base.villages[$0.year][$0.village].persons },
            .integer("households", label: "户数(户)", unit: "households") { base.villages[$0.year][$0.village].households },
        ]
        columns += view.columns("poor_persons", label: "贫困人口(人)", unit: "persons", decimals: 0, part: \.villages) { Double($0[$1.year][$1.village].poorPersons) }
        columns += view.columns("poor_households", label: "贫困户(户)", unit: "households", decimals: 0, part: \.villages) { Double($0[$1.year][$1.village].poorHouseholds) }
        columns += view.columns("incidence", label: "贫困发生率", unit: "fraction", decimals: 6, part: \.villages) { $0[$1.year][$1.village].incidence }
        columns += view.columns("income_per_capita", label: "人均可支配收入(元)", unit: "yuan/person/year", decimals: 2, part: \.villages) { $0[$1.year][$1.village].incomeYuanPerPerson }
        columns += view.columns("lifted_out", label: "当年脱贫人口(人)", unit: "persons", decimals: 0, part: \.villages) { Double($0[$1.year][$1.village].liftedOutPersons) }
        columns += view.columns("relocated_persons", label: "当年搬迁人口(人)", unit: "persons", decimals: 0, part: \.villages) { Double($0[$1.year][$1.village].relocatedPersons) }
        columns.append(.flag("exited", label: "已退出") { row in
            (exitYears[row.village] ?? nil).map { $0 <= base.years[row.year] } == true
        })
        // Added at the end, so that earlier columns keep their places.
        columns.append(.text("township_name", label: "乡镇名称") { townshipNames[villages[$0.village].townshipCode] ?? "" })
        let rows = order.flatMap { v in base.years.indices.map { Row(village: v, year: $0) } }
        return Table(columns: columns, rows: rows)
    }
}
