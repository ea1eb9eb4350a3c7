import Planning
import Simulation

/// `summary.json`: the scenario, seed, runs, calibration and every KPI (a number for
/// one run; `{"p10","p50","p90"}` for an ensemble), keys in a fixed order.
public enum SummaryJSON {
    /// The `calibration` array's table: one row per target of the county profile.
    public static func calibrationTable(_ results: [CalibrationResult]) -> Table<CalibrationResult> {
        func number(_ x: Double?) -> Cell { x.map { .number($0.isFinite ? $0 : 0, decimals: 4) } ?? .missing(shown: "") }
        return Table(columns: [
            .text("id") { $0.target.id },
            .text("figure") { $0.target.figure.rawValue },
            .integer("year") { $0.target.year },
            Column("reported", decimals: 4) { number($0.target.value) },
            Column("simulated_p50", decimals: 4) { number($0.simulated?.p50) },
            Column("simulated_p10", decimals: 4) { number($0.simulated?.p10) },
            Column("simulated_p90", decimals: 4) { number($0.simulated?.p90) },
            Column("share_of_runs", unit: "fraction of runs", decimals: 4) { number($0.shareOfRuns) },
            Column("passes") { .flag($0.passes) },
        ], rows: results)
    }

    /// The `kpis` object's table: one row per key figure (in `KeyFigures.of` order), the
    /// value (one run) or P10, P50 and P90 (an ensemble); 6 decimals for incidences,
    /// else 2; a year that did not come (+∞) is null.
    public static func kpiTable(_ view: EnsembleView) -> Table<String> {
        let names = KeyFigures.of(view.runs[0]).map(\.name)
        let perRun = view.runs.map { Dictionary(KeyFigures.of($0).map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a }) }
        func decimals(_ name: String) -> Int { name.hasPrefix("incidence") ? 6 : 2 }
        func cell(_ name: String, _ x: Double) -> Cell { .number(x, decimals(name), whenNotFinite: "") }
        func quantiles(_ name: String) -> Quantiles { KeyFigures.quantiles(name, perRun.map { $0[name] ?? 0 }) }
        let columns: [Column<String>] = view.isEnsemble
            ? [Column("p10") { cell($0, quantiles($0).p10) }, Column("p50") { cell($0, quantiles($0).p50) },
               Column("p90") { cell($0, quantiles($0).p90) }]
            : [Column("value") { cell($0, perRun[0][$0] ?? 0) }]
        return Table(columns: columns, rows: names)
    }

    /// The whole file.
    public static func render(_ view: EnsembleView, world: SimulationWorld, seed: UInt64) -> String {
        let s = world.scenario
        var out = "{\n"
        out += "  \"scenario\": \(JSONWriter.string(s.name)),\n"
        out += "  \"seed\": \(seed),\n"
        out += "  \"runs\": \(view.runs.count),\n"
        out += "  \"poverty_line_yuan_per_person\": "
        out += JSONWriter.object(s.parameters.povertyLineYuanPerPerson.keys.sorted().map {
            (String($0), .number(s.povertyLine($0), decimals: 0))
        })
        out += ",\n"
        out += "  \"poverty_line_assumed_years\": [\(s.povertyLineAssumedYears.map(String.init).joined(separator: ", "))],\n"
        // The profile's calibration targets, only for a scenario with `calibration: true`.
        let targets = s.calibration ? Calibration.evaluate(world.region.profile.calibration, runs: view.runs) : []
        out += "  \"calibration\": [" + (targets.isEmpty ? "" : "\n")
        out += JSONWriter.objects(calibrationTable(targets)).map { "    " + $0 }.joined(separator: ",\n")
        out += (targets.isEmpty ? "" : "\n  ") + "],\n"
        out += "  \"kpis\": {\n"
        let kpis = kpiTable(view)
        out += kpis.rows.map { name in
            let key = "    " + JSONWriter.string(name) + ": "
            if !view.isEnsemble { return key + JSONWriter.value(kpis.columns[0].value(name)) }
            return key + JSONWriter.object(kpis.columns.map { ($0.name, $0.value(name)) })
        }.joined(separator: ",\n")
        out += "\n  },\n"
        // Plans that can be met: the rows of targets.csv.
        let plan = JSONWriter.objects(TargetsTable.table(view, world: world))
        out += "  \"targets\": [" + (plan.isEmpty ? "" : "\n") + plan.map { "    " + $0 }.joined(separator: ",\n")
        out += (plan.isEmpty ? "" : "\n  ") + "]\n}\n"
        return out
    }
}
