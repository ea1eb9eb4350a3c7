import Planning
import Simulation

/// `villages-by-year.csv` (and `.xlsx`): one row per village, the main figures with the
/// years as columns (`poor_persons_2015` … `poor_persons_2020`, then incidence, income and
/// lifted out), the way a planner lays out a village sheet. Values are the run's, or the
/// P50 of an ensemble (the P10–P90 are in `villages.csv`). Sorted by village id.
public enum VillageYearsTable {
    /// The table's columns and rows (a row is the village's index in the world).
    public static func table(_ view: EnsembleView, world: SimulationWorld) -> Table<Int> {
        let townshipNames = Dictionary(world.region.townships.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let villages = world.villages
        let years = view.runs[0].years
        var columns: [Column<Int>] = [
            .text("village_id", label: "村编号") { villages[$0].id },
            .text("village_name", label: "村名") { villages[$0].name },
            .text("township_code", label: "乡镇代码") { villages[$0].townshipCode },
            .text("township_name", label: "乡镇名称") { townshipNames[villages[$0].townshipCode] ?? "" },
            .flag("poor_village", label: "贫困村") { villages[$0].isPoorVillage },
        ]
        let figures: [(key: String, label: String, unit: String, decimals: Int, value: (VillageYear) -> Double)] = [
            ("poor_persons", "贫困人口(人)", "persons", 0, { Double($0.poorPersons) }),
            ("incidence", "贫困发生率", "fraction", 6, { $0.incidence }),
            ("income_per_capita", "人均可支配收入(元)", "yuan/person/year", 2, { $0.incomeYuanPerPerson }),
            ("lifted_out", "当年脱贫人口(人)", "persons", 0, { Double($0.liftedOutPersons) }),
        ]
        // Each run's village figures (years × villages), taken out of the runs once: read
        // through a whole `RunResult` per cell, every cell copied the run (a retain of each
        // of its arrays), the better part of this table's time in a 64-run ensemble (perf).
        let villageYears = view.runs.map(\.villages)
        for figure in figures {
            for (y, year) in years.enumerated() {
                columns.append(.number("\(figure.key)_\(year)", label: "\(year)年\(figure.label)", unit: figure.unit,
                                       decimals: figure.decimals) { v in Quantiles(villageYears.map { figure.value($0[y][v]) }).p50 })
            }
        }
        let order = villages.indices.sorted { villages[$0].id < villages[$1].id }
        return Table(columns: columns, rows: order)
    }
}
