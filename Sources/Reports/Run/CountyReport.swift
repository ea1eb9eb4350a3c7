import Planning
import Simulation

/// The county table `simulate` prints: one row per year, the value (P50 [P10–P90] for
/// an ensemble) of the main figures, then the county exit year.
public enum CountyReport {
    /// The assessment conditions of county exit the model does not simulate (Sichuan 2016).
    public static let assessmentNotModelled = "assessment conditions (wrongly exited and missed poor below 2 %, approval above 90 %): not modelled"

    /// The table's columns and rows (the row is the year's index); cells are as shown.
    public static func table(_ view: EnsembleView, world: SimulationWorld) -> Table<Int> {
        let assumed = Set(world.scenario.povertyLineAssumedYears)
        let base = view.runs[0]
        func shown(_ d: Int, _ scale: Double = 1, _ f: @escaping (RunResult, Int) -> Double) -> (Int) -> String {
            { y in
                let q = view.quantiles { f($0, y) * scale }
                let main = Fixed.text(q.p50, d)
                return view.isEnsemble ? "\(main) [\(Fixed.text(q.p10, d))–\(Fixed.text(q.p90, d))]" : main
            }
        }
        func column(_ name: String, _ label: String, unit: String, decimals: Int, _ text: @escaping (Int) -> String) -> Column<Int> {
            Column(name, label: label, unit: unit, decimals: decimals) { .text(text($0)) }
        }
        let poor = shown(0) { Double($0.county[$1].poorPersons) }
        let incidence = shown(2, 100) { $0.county[$1].incidence }
        let lifted = shown(0) { Double($0.county[$1].liftedOutPersons) }
        let exited = shown(0) { Double($0.county[$1].villagesExitedTotal) }
        let income = shown(0) { $0.county[$1].incomeYuanPerPerson }
        let cost = shown(1, 1e-6) { $0.county[$1].costYuan }
        let columns: [Column<Int>] = [
            Column("year") { .integer(base.years[$0]) },
            column("poverty_line_yuan", "line", unit: "yuan/person/year", decimals: 0) { y in
                Fixed.text(base.county[y].povertyLineYuan, 0) + (assumed.contains(base.years[y]) ? "*" : "")
            },
            column("poor_persons", "poor persons", unit: "persons", decimals: 0, poor),
            column("incidence", "incidence", unit: "%", decimals: 2) { incidence($0) + " %" },
            column("lifted_out", "lifted out", unit: "persons", decimals: 0, lifted),
            column("villages_exited_total", "villages exited", unit: "villages", decimals: 0, exited),
            column("income_per_capita", "income/person", unit: "yuan/person/year", decimals: 0, income),
            column("townships_lacking", "townships lacking S/H/P", unit: "townships", decimals: 0) { y in
                TownshipFacility.allCases.map { f in
                    Fixed.text(view.quantiles { Double($0.county[y].townshipsLacking(f)) }.p50, 0)
                }.joined(separator: "/")
            },
            column("cost_yuan", "cost (M yuan)", unit: "million yuan", decimals: 1, cost),
        ]
        return Table(columns: columns, rows: Array(base.years.indices))
    }

    /// The printed report: a title line, the table, its notes and the county exit year.
    public static func render(_ view: EnsembleView, world: SimulationWorld) -> String {
        let assumed = Set(world.scenario.povertyLineAssumedYears)
        var out = "scenario \(world.scenario.name): \(world.villages.count) villages, \(view.runs[0].county[0].households) households, \(view.runs.count) run\(view.runs.count == 1 ? "" : "s")\(view.isEnsemble ? " (P50 [P10–P90])" : "")\n"
        out += PlainTextWriter.render(table(view, world: world))
        if !assumed.isEmpty { out += "* poverty line assumed (not verified from a published source)\n" }
        out += "townships lacking S/H/P: townships without a central school / health centre / public service centre\(view.isEnsemble ? " (P50)" : "")\n"
        // An order statistic over the runs, "no exit" later than any year (never averaged).
        let exit = Quantiles.medianYear(view.runs.map(\.countyExitYear))
        let last = view.runs[0].years.last ?? world.years.upperBound
        out += "county exit (\(ruleText(world))): \(exit.map(String.init) ?? "not by \(last)")"
        if view.isEnsemble {
            let exited = view.runs.filter { $0.countyExitYear != nil }.count
            out += " (P50; exits in \(exited) of \(view.runs.count) runs)"
        }
        out += "\n  " + assessmentNotModelled + "\n"
        return out
    }

    /// The county rule in words, with the thresholds that apply.
    public static func ruleText(_ world: SimulationWorld) -> String {
        let t = world.exitThresholds
        let names: [TownshipFacility: String] = [.centralSchool: "a central school", .healthCentre: "a health centre",
                                                 .serviceCentre: "a public service centre"]
        let facilities = t.countyTownshipFacilities.compactMap { names[$0] }
        let list = facilities.count > 1
            ? facilities.dropLast().joined(separator: ", ") + " and " + (facilities.last ?? "") : facilities.first ?? ""
        let source = t.countySource == .profile ? "county profile" : "scenario override"
        return "rural incidence < \(Fixed.text(t.countyIncidenceBelow * 100, 1)) % (\(source))"
            + (list.isEmpty ? "" : " and in every township \(list)")
    }
}
