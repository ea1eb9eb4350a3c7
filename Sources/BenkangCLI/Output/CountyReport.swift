import Planning
import Simulation

/// The county table printed by `simulate`, and the calibration printed by `calibrate`
/// (and by `simulate`/`compare` for a scenario with `calibration: true`).
enum CountyReport {
    /// The assessment conditions of county exit the model does not simulate (Sichuan 2016).
    static let assessmentNotModelled = "assessment conditions (wrongly exited and missed poor below 2 %, approval above 90 %): not modelled"

    static func table(_ view: EnsembleView, world: SimulationWorld) -> String {
        let assumed = Set(world.scenario.povertyLineAssumedYears)
        var out = "scenario \(world.scenario.name): \(world.villages.count) villages, \(view.runs[0].county[0].households) households, \(view.runs.count) run\(view.runs.count == 1 ? "" : "s")\(view.isEnsemble ? " (P50 [P10–P90])" : "")\n"
        let head = ["year", "line", "poor persons", "incidence", "lifted out", "villages exited", "income/person",
                    "townships lacking S/H/P", "cost (M yuan)"]
        var rows: [[String]] = [head]
        for (y, year) in view.runs[0].years.enumerated() {
            func cell(_ d: Int, _ scale: Double = 1, _ f: @escaping (RunResult) -> Double) -> String {
                let q = view.quantiles { f($0) * scale }
                let main = TableFormat.fixed(q.p50, d)
                return view.isEnsemble ? "\(main) [\(TableFormat.fixed(q.p10, d))–\(TableFormat.fixed(q.p90, d))]" : main
            }
            let lacking = TownshipFacility.allCases.map { f in
                TableFormat.fixed(view.quantiles { Double($0.county[y].townshipsLacking(f)) }.p50, 0)
            }.joined(separator: "/")
            let line = TableFormat.fixed(view.runs[0].county[y].povertyLineYuan, 0) + (assumed.contains(year) ? "*" : "")
            rows.append([String(year), line, cell(0) { Double($0.county[y].poorPersons) },
                         cell(2, 100) { $0.county[y].incidence } + " %", cell(0) { Double($0.county[y].liftedOutPersons) },
                         cell(0) { Double($0.county[y].villagesExitedTotal) }, cell(0) { $0.county[y].incomeYuanPerPerson },
                         lacking, cell(1, 1e-6) { $0.county[y].costYuan }])
        }
        let widths = head.indices.map { c in rows.map { $0[c].count }.max()! }
        for r in rows {
            out += r.enumerated().map { c, s in String(repeating: " ", count: widths[c] - s.count) + s }.joined(separator: "  ") + "\n"
        }
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
    static func ruleText(_ world: SimulationWorld) -> String {
        let t = world.exitThresholds
        let names: [TownshipFacility: String] = [.centralSchool: "a central school", .healthCentre: "a health centre",
                                                 .serviceCentre: "a public service centre"]
        let facilities = t.countyTownshipFacilities.compactMap { names[$0] }
        let list = facilities.count > 1 ? facilities.dropLast().joined(separator: ", ") + " and " + facilities.last! : facilities.first ?? ""
        let source = t.countySource == .profile ? "county profile" : "scenario override"
        return "rural incidence < \(TableFormat.fixed(t.countyIncidenceBelow * 100, 1)) % (\(source))"
            + (list.isEmpty ? "" : " and in every township \(list)")
    }

    /// The profile's calibration targets beside the simulated figures, then the reported
    /// figures of other concepts beside the nearest simulated figure.
    static func calibration(_ runs: [RunResult], world: SimulationWorld) -> String {
        let profile = world.region.profile
        let results = Calibration.evaluate(profile.calibration, runs: runs)
        var out = "calibration against the reported figures (报告值) of \(profile.file), \(runs.count) run\(runs.count == 1 ? "" : "s"):\n"
        var rows: [[String]] = [["id", "figure", "year", "reported figure", "simulated P50", "P10–P90", "tolerance", "ok"]]
        for r in results {
            let t = r.target
            let simulated: String, range: String
            if let share = r.shareOfRuns {
                simulated = "\(TableFormat.fixed(share * 100, 0)) % of runs"
                range = "—"
            } else if let q = r.simulated {
                simulated = format(q.p50, t.figure)
                range = format(q.p10, t.figure) + "–" + format(q.p90, t.figure)
            } else {
                simulated = "not simulated"; range = "—"
            }
            rows.append([t.id, t.figure.rawValue, String(t.year), format(t.value, t.figure, reported: true), simulated, range,
                         tolerance(t), r.passes ? "yes" : "NO"])
        }
        out += align(rows)
        for r in results { out += "  \(r.target.id): \(r.target.concept); source: \(r.target.source)\n" }
        if world.exitThresholds.countyTownshipFacilities.isEmpty == false,
           profile.calibration.contains(where: { $0.figure == .countyExit }) {
            out += "  county_exit: the share of runs in which the county meets \(ruleText(world)) on that year's year-end figures\n"
            out += "  " + assessmentNotModelled + "\n"
        }
        let reported = Calibration.compare(profile.reportedFigures, runs: runs)
        if !reported.isEmpty {
            out += "reported figures of other concepts (not calibrated to):\n"
            var rows: [[String]] = [["id", "year", "reported figure", "unit", "nearest simulated figure", "P50", "P10–P90"]]
            for c in reported {
                let f = c.reported
                let near = c.nearest?.rawValue ?? "none"
                let p50 = c.simulated.map { format($0.p50, c.nearest!) } ?? "—"
                let range = c.simulated.map { format($0.p10, c.nearest!) + "–" + format($0.p90, c.nearest!) } ?? "—"
                rows.append([f.id, String(f.year), TableFormat.fixed(f.value, f.value.rounded() == f.value ? 0 : 2), f.unit, near, p50, range])
            }
            out += align(rows)
            for c in reported {
                out += "  \(c.reported.id): \(c.reported.concept); source: \(c.reported.source); a different concept from the simulated figure: not calibrated to\n"
            }
        }
        return out
    }

    /// True when every target of the profile passes on these runs.
    static func calibrationPasses(_ runs: [RunResult], world: SimulationWorld) -> Bool {
        Calibration.evaluate(world.region.profile.calibration, runs: runs).allSatisfy(\.passes)
    }

    static func format(_ v: Double, _ figure: CalibrationFigure, reported: Bool = false) -> String {
        switch figure {
        case .incidence, .incomeGrowth: TableFormat.fixed(v * 100, 2) + " %"
        case .countyExit: reported ? (v >= 1 ? "meets the rule" : TableFormat.fixed(v, 2)) : TableFormat.fixed(v, 2)
        default: TableFormat.fixed(v, 0)
        }
    }

    static func tolerance(_ t: CalibrationTarget) -> String {
        switch t.tolerance {
        case .relative(let f): "±\(TableFormat.fixed(f * 100, 1)) %"
        case .absolute(let a):
            t.figure == .incidence || t.figure == .incomeGrowth ? "±\(TableFormat.fixed(a * 100, 2)) points" : "±\(TableFormat.fixed(a, 0))"
        case .shareOfRuns(let s): "≥ \(TableFormat.fixed(s * 100, 0)) % of runs"
        }
    }

    static func align(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { c in rows.map { $0[c].count }.max()! }
        return rows.map { r in
            r.enumerated().map { c, s in c < 2 ? s.padding(widths[c]) : s.leftPad(widths[c]) }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}

extension String {
    func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}
