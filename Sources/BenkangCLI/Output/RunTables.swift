import Planning
import Simulation

/// The CSV tables of a run (or ensemble): UTF-8, a header row, fixed decimals, rows sorted.
enum RunTables {
    /// `county.csv`: one row per year.
    static func county(_ view: EnsembleView, world: SimulationWorld) -> String {
        let assumed = Set(world.scenario.povertyLineAssumedYears)
        var header = ["year", "poverty_line_yuan", "poverty_line_assumed", "population", "households"]
        for n in ["poor_persons", "poor_households", "incidence", "lifted_out", "new_poor", "relocated_persons",
                  "villages_exited_total", "income_per_capita", "cost_yuan"] { header += view.header(n) }
        for f in TownshipFacility.allCases { header += view.header("townships_without_\(f.rawValue)") }
        header.append("county_meets_exit_rule_share")
        var lines = [header.joined(separator: ",")]
        for (y, year) in view.runs[0].years.enumerated() {
            let c0 = view.runs[0].county[y]
            var row = [String(year), TableFormat.fixed(c0.povertyLineYuan, 0), assumed.contains(year) ? "1" : "0",
                       String(c0.population), String(c0.households)]
            row += view.cells(0) { Double($0.county[y].poorPersons) }
            row += view.cells(0) { Double($0.county[y].poorHouseholds) }
            row += view.cells(6) { $0.county[y].incidence }
            row += view.cells(0) { Double($0.county[y].liftedOutPersons) }
            row += view.cells(0) { Double($0.county[y].newPoorPersons) }
            row += view.cells(0) { Double($0.county[y].relocatedPersons) }
            row += view.cells(0) { Double($0.county[y].villagesExitedTotal) }
            row += view.cells(2) { $0.county[y].incomeYuanPerPerson }
            row += view.cells(0) { $0.county[y].costYuan }
            for f in TownshipFacility.allCases { row += view.cells(0) { Double($0.county[y].townshipsLacking(f)) } }
            row.append(TableFormat.fixed(Double(view.runs.filter { $0.county[y].meetsCountyExitRule }.count) / Double(view.runs.count), 2))
            lines.append(row.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `villages.csv`: one row per village and year, sorted by village id then year.
    static func villages(_ view: EnsembleView, world: SimulationWorld) -> String {
        var header = ["village_id", "village_name", "township_code", "poor_village", "year", "population", "households"]
        for n in ["poor_persons", "poor_households", "incidence", "income_per_capita", "lifted_out", "relocated_persons"] {
            header += view.header(n)
        }
        header.append("exited")
        var lines = [header.joined(separator: ",")]
        let order = world.villages.indices.sorted { world.villages[$0].id < world.villages[$1].id }
        for v in order {
            let village = world.villages[v]
            // `exited` agrees with the P50 exit year (an order statistic, never a mean of flags).
            let exitYear = view.villageExitYear(v)
            for (y, year) in view.runs[0].years.enumerated() {
                let base = view.runs[0].villages[y][v]
                var row = [TableFormat.csvField(village.id), TableFormat.csvField(village.name), village.townshipCode,
                           village.isPoorVillage ? "1" : "0", String(year), String(base.persons), String(base.households)]
                row += view.cells(0) { Double($0.villages[y][v].poorPersons) }
                row += view.cells(0) { Double($0.villages[y][v].poorHouseholds) }
                row += view.cells(6) { $0.villages[y][v].incidence }
                row += view.cells(2) { $0.villages[y][v].incomeYuanPerPerson }
                row += view.cells(0) { Double($0.villages[y][v].liftedOutPersons) }
                row += view.cells(0) { Double($0.villages[y][v].relocatedPersons) }
                row.append(exitYear.map { $0 <= year } == true ? "1" : "0")
                lines.append(row.joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `flows.csv`: relocations by year, village and site (P50 over runs when an
    /// ensemble, counting 0 for runs without the flow), sorted by year, village, site.
    static func flows(_ view: EnsembleView) -> String {
        struct Key: Hashable, Comparable {
            var year: Int, village: String, site: String
            static func < (a: Key, b: Key) -> Bool { (a.year, a.village, a.site) < (b.year, b.village, b.site) }
        }
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
        var lines = ["year,from_village,to_site,households,persons"]
        for k in keys.sorted() {
            let households = Quantiles(perRun.map { Double($0[k]?.0 ?? 0) }).p50
            let persons = Quantiles(perRun.map { Double($0[k]?.1 ?? 0) }).p50
            guard persons > 0 else { continue }
            lines.append([String(k.year), TableFormat.csvField(k.village), TableFormat.csvField(k.site),
                          TableFormat.fixed(households, 0), TableFormat.fixed(persons, 0)].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
