import Planning
import Simulation

/// `summary.json`: the scenario, seed, runs, calibration and every KPI (a number for
/// one run; `{"p10","p50","p90"}` for an ensemble), keys in a fixed order.
enum SummaryJSON {
    static func render(_ view: EnsembleView, world: SimulationWorld, seed: UInt64) -> String {
        let s = world.scenario
        var out = "{\n"
        out += "  \"scenario\": \(TableFormat.jsonString(s.name)),\n"
        out += "  \"seed\": \(seed),\n"
        out += "  \"runs\": \(view.runs.count),\n"
        out += "  \"poverty_line_yuan_per_person\": {"
        out += s.parameters.povertyLineYuanPerPerson.keys.sorted().map { "\"\($0)\": \(TableFormat.fixed(s.povertyLine($0), 0))" }.joined(separator: ", ")
        out += "},\n"
        out += "  \"poverty_line_assumed_years\": [\(s.povertyLineAssumedYears.map(String.init).joined(separator: ", "))],\n"
        // The profile's calibration targets, only for a scenario with `calibration: true`.
        let targets = s.calibration ? Calibration.evaluate(world.region.profile.calibration, runs: view.runs) : []
        out += "  \"calibration\": [" + (targets.isEmpty ? "" : "\n")
        out += targets.map { c in
            let t = c.target
            func number(_ x: Double?) -> String { x.map { TableFormat.fixed($0, 4) } ?? "null" }
            return "    {\"id\": \(TableFormat.jsonString(t.id)), \"figure\": \(TableFormat.jsonString(t.figure.rawValue)), " +
                "\"year\": \(t.year), \"reported\": \(number(t.value)), \"simulated_p50\": \(number(c.simulated?.p50)), " +
                "\"simulated_p10\": \(number(c.simulated?.p10)), \"simulated_p90\": \(number(c.simulated?.p90)), " +
                "\"share_of_runs\": \(number(c.shareOfRuns)), \"passes\": \(c.passes)}"
        }.joined(separator: ",\n")
        out += (targets.isEmpty ? "" : "\n  ") + "],\n"
        out += "  \"kpis\": {\n"
        let names = KeyFigures.of(view.runs[0]).map(\.name)
        let perRun = view.runs.map { Dictionary(KeyFigures.of($0).map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a }) }
        out += names.map { name in
            let decimals = name.hasPrefix("incidence") ? 6 : 2
            let values = perRun.map { $0[name] ?? 0 }
            // Years (+∞ = not by the end year) are order statistics and print null for no year.
            func number(_ x: Double) -> String { x.isFinite ? TableFormat.fixed(x, decimals) : "null" }
            if !view.isEnsemble { return "    \(TableFormat.jsonString(name)): \(number(values[0]))" }
            let q = KeyFigures.quantiles(name, values)
            return "    \(TableFormat.jsonString(name)): {\"p10\": \(number(q.p10)), " +
                "\"p50\": \(number(q.p50)), \"p90\": \(number(q.p90))}"
        }.joined(separator: ",\n")
        out += "\n  }\n}\n"
        return out
    }
}
