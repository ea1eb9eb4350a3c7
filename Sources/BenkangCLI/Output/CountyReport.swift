import Simulation

/// The county table printed by `simulate`: one line per year.
enum CountyReport {
    static func table(_ view: EnsembleView, world: SimulationWorld) -> String {
        let assumed = Set(world.scenario.integers("poverty_line_assumed_years"))
        var out = "scenario \(world.scenario.name): \(world.villages.count) villages, \(view.runs[0].county[0].households) households, \(view.runs.count) run\(view.runs.count == 1 ? "" : "s")\(view.isEnsemble ? " (P50 [P10–P90])" : "")\n"
        let head = ["year", "line", "poor persons", "incidence", "lifted out", "villages exited", "income/person", "cost (M yuan)"]
        var rows: [[String]] = [head]
        for (y, year) in view.runs[0].years.enumerated() {
            func cell(_ d: Int, _ scale: Double = 1, _ f: @escaping (RunResult) -> Double) -> String {
                let q = view.quantiles { f($0) * scale }
                let main = TableFormat.fixed(q.p50, d)
                return view.isEnsemble ? "\(main) [\(TableFormat.fixed(q.p10, d))–\(TableFormat.fixed(q.p90, d))]" : main
            }
            let line = TableFormat.fixed(view.runs[0].county[y].povertyLineYuan, 0) + (assumed.contains(year) ? "*" : "")
            rows.append([String(year), line, cell(0) { Double($0.county[y].poorPersons) },
                         cell(2, 100) { $0.county[y].incidence } + " %", cell(0) { Double($0.county[y].liftedOutPersons) },
                         cell(0) { Double($0.county[y].villagesExitedTotal) }, cell(0) { $0.county[y].incomeYuanPerPerson },
                         cell(1, 1e-6) { $0.county[y].costYuan }])
        }
        let widths = head.indices.map { c in rows.map { $0[c].count }.max()! }
        for r in rows {
            out += r.enumerated().map { c, s in String(repeating: " ", count: widths[c] - s.count) + s }.joined(separator: "  ") + "\n"
        }
        if !assumed.isEmpty { out += "* poverty line assumed (not a published figure)\n" }
        // An order statistic over the runs, "no exit" later than any year (never averaged).
        let exit = Quantiles.medianYear(view.runs.map(\.countyExitYear))
        let threshold = TableFormat.fixed(world.scenario.number("exit_rules.county_incidence_below_fraction") * 100, 1)
        let last = view.runs[0].years.last ?? 2020
        out += "county exit (incidence < \(threshold) % and every poor village exited): \(exit.map(String.init) ?? "not by \(last)")"
        if view.isEnsemble {
            let exited = view.runs.filter { $0.countyExitYear != nil }.count
            out += " (P50; exits in \(exited) of \(view.runs.count) runs)"
        }
        out += "\n"
        return out
    }

    static func calibration(_ runs: [RunResult]) -> String {
        var out = "figure                                     reported     simulated   deviation  ok\n"
        for c in CalibrationCheck.brief2016(runs) {
            let decimals = c.reported < 1 ? 4 : 0
            out += c.name.padding(40) + TableFormat.fixed(c.reported, decimals).leftPad(12) + TableFormat.fixed(c.simulated, decimals).leftPad(14)
            out += (TableFormat.fixed(c.relativeDeviation * 100, 1) + " %").leftPad(12) + "  " + (c.passes ? "yes" : "NO (±\(TableFormat.fixed(c.tolerance * 100, 1)) %)") + "\n"
        }
        return out
    }
}

extension String {
    func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}
