import Planning
import Simulation

/// `county.csv`: one row per simulated year (the row is the year's index).
public enum CountyTable {
    /// The table's columns and rows; see docs/outputs.md for each column.
    public static func table(_ view: EnsembleView, world: SimulationWorld) -> Table<Int> {
        let assumed = Set(world.scenario.povertyLineAssumedYears)
        let base = view.runs[0]
        var columns: [Column<Int>] = [
            .integer("year", label: "年份") { base.years[$0] },
            .number("poverty_line_yuan", label: "贫困线(元/人/年)", unit: "yuan/person/year", decimals: 0) { base.county[$0].povertyLineYuan },
            .flag("poverty_line_assumed", label: "贫困线为假设值") { assumed.contains(base.years[$0]) },
            .integer("population", label: "人口(人)", unit: "persons") { base.county[$0].population },
            .integer("households", label: "户数(户)", unit: "households") { base.county[$0].households },
        ]
        columns += view.columns("poor_persons", label: "贫困人口(人)", unit: "persons", decimals: 0) { Double($0.county[$1].poorPersons) }
        columns += view.columns("poor_households", label: "贫困户(户)", unit: "households", decimals: 0) { Double($0.county[$1].poorHouseholds) }
        columns += view.columns("incidence", label: "贫困发生率", unit: "fraction", decimals: 6) { $0.county[$1].incidence }
        columns += view.columns("lifted_out", label: "当年脱贫人口(人)", unit: "persons", decimals: 0) { Double($0.county[$1].liftedOutPersons) }
        columns += view.columns("new_poor", label: "新增贫困人口(人)", unit: "persons", decimals: 0) { Double($0.county[$1].newPoorPersons) }
        columns += view.columns("relocated_persons", label: "当年搬迁人口(人)", unit: "persons", decimals: 0) { Double($0.county[$1].relocatedPersons) }
        columns += view.columns("villages_exited_total", label: "累计退出村数", unit: "villages", decimals: 0) { Double($0.county[$1].villagesExitedTotal) }
        columns += view.columns("income_per_capita", label: "人均可支配收入(元)", unit: "yuan/person/year", decimals: 2) { $0.county[$1].incomeYuanPerPerson }
        columns += view.columns("cost_yuan", label: "当年投入(元)", unit: "yuan", decimals: 0) { $0.county[$1].costYuan }
        for f in TownshipFacility.allCases {
            columns += view.columns("townships_without_\(f.rawValue)", unit: "townships", decimals: 0) {
                Double($0.county[$1].townshipsLacking(f))
            }
        }
        let runs = view.runs
        columns.append(.number("county_meets_exit_rule_share", label: "达到县摘帽标准的运行占比", unit: "fraction of runs", decimals: 2) { y in
            Double(runs.filter { $0.county[y].meetsCountyExitRule }.count) / Double(runs.count)
        })
        return Table(columns: columns, rows: Array(base.years.indices))
    }
}
