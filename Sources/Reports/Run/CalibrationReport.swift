import Planning
import Simulation

/// The calibration `calibrate` prints (and `simulate`/`compare` for a scenario with
/// `calibration: true`): the profile's targets beside the simulated figures, then the
/// reported figures of other concepts beside the nearest simulated figure.
public enum CalibrationReport {
    /// The targets' table: one row per target of the county profile.
    public static func targetTable(_ results: [CalibrationResult]) -> Table<CalibrationResult> {
        func simulated(_ r: CalibrationResult) -> (String, String) {
            let t = r.target
            if let share = r.shareOfRuns { return ("\(Fixed.text(share * 100, 0)) % of runs", "—") }
            if let q = r.simulated { return (format(q.p50, t.figure), format(q.p10, t.figure) + "–" + format(q.p90, t.figure)) }
            return ("not simulated", "—")
        }
        return Table(columns: [
            .text("id") { $0.target.id },
            .text("figure") { $0.target.figure.rawValue },
            .text("year", alignment: .right) { String($0.target.year) },
            .text("reported figure", alignment: .right) { format($0.target.value, $0.target.figure, reported: true) },
            .text("simulated P50", alignment: .right) { simulated($0).0 },
            .text("P10–P90", alignment: .right) { simulated($0).1 },
            .text("tolerance", alignment: .right) { tolerance($0.target) },
            .text("ok", alignment: .right) { $0.passes ? "yes" : "NO" },
        ], rows: results)
    }

    /// The table of reported figures of other concepts (not calibrated to).
    public static func reportedTable(_ comparisons: [ReportedFigureComparison]) -> Table<ReportedFigureComparison> {
        return Table(columns: [
            .text("id") { $0.reported.id },
            .text("year") { String($0.reported.year) },
            .text("reported figure", alignment: .right) { f in
                Fixed.text(f.reported.value, f.reported.value.rounded() == f.reported.value ? 0 : 2)
            },
            .text("unit", alignment: .right) { $0.reported.unit },
            .text("nearest simulated figure", alignment: .right) { $0.nearest?.rawValue ?? "none" },
            .text("P50", alignment: .right) { c in
                guard let q = c.simulated, let figure = c.nearest else { return "—" }
                return format(q.p50, figure)
            },
            .text("P10–P90", alignment: .right) { c in
                guard let q = c.simulated, let figure = c.nearest else { return "—" }
                return format(q.p10, figure) + "–" + format(q.p90, figure)
            },
        ], rows: comparisons)
    }

    /// The printed report.
    public static func render(_ runs: [RunResult], world: SimulationWorld) -> String {
        let profile = world.region.profile
        let results = Calibration.evaluate(profile.calibration, runs: runs)
        var out = "calibration against the reported figures (报告值) of \(profile.file), \(runs.count) run\(runs.count == 1 ? "" : "s"):\n"
        out += PlainTextWriter.render(targetTable(results))
        for r in results { out += "  \(r.target.id): \(r.target.concept); source: \(r.target.source)\n" }
        if world.exitThresholds.countyTownshipFacilities.isEmpty == false,
           profile.calibration.contains(where: { $0.figure == .countyExit }) {
            out += "  county_exit: the share of runs in which the county meets \(CountyReport.ruleText(world)) on that year's year-end figures\n"
            out += "  " + CountyReport.assessmentNotModelled + "\n"
        }
        let reported = Calibration.compare(profile.reportedFigures, runs: runs)
        if !reported.isEmpty {
            out += "reported figures of other concepts (not calibrated to):\n"
            out += PlainTextWriter.render(reportedTable(reported))
            for c in reported {
                out += "  \(c.reported.id): \(c.reported.concept); source: \(c.reported.source); a different concept from the simulated figure: not calibrated to\n"
            }
        }
        return out
    }

    /// True when every target of the profile passes on these runs.
    public static func passes(_ runs: [RunResult], world: SimulationWorld) -> Bool {
        Calibration.evaluate(world.region.profile.calibration, runs: runs).allSatisfy(\.passes)
    }

    /// A figure's value as the report shows it: percentages for incidences and growth.
    static func format(_ v: Double, _ figure: CalibrationFigure, reported: Bool = false) -> String {
        switch figure {
        case .incidence, .incomeGrowth: Fixed.text(v * 100, 2) + " %"
        case .countyExit: reported ? (v >= 1 ? "meets the rule" : Fixed.text(v, 2)) : Fixed.text(v, 2)
        default: Fixed.text(v, 0)
        }
    }

    static func tolerance(_ t: CalibrationTarget) -> String {
        switch t.tolerance {
        case .relative(let f): "±\(Fixed.text(f * 100, 1)) %"
        case .absolute(let a):
            t.figure == .incidence || t.figure == .incomeGrowth ? "±\(Fixed.text(a * 100, 2)) points" : "±\(Fixed.text(a, 0))"
        case .shareOfRuns(let s): "≥ \(Fixed.text(s * 100, 0)) % of runs"
        }
    }
}
