/// Renders a `ScenarioComparison` as a terminal table, CSV, JSON or Markdown. Numbers
/// have a fixed number of decimals per figure (3 for fractions and shares, 2 for km,
/// 0 otherwise), so the same comparison always gives the same bytes.
public enum ComparisonReport {
    public enum Format: String, CaseIterable, Sendable {
        case table, csv, json, markdown
    }

    /// The comparison in `format`.
    /// - Complexity: O(figures × scenarios² × runs log runs).
    public static func render(_ c: ScenarioComparison, format: Format) -> String {
        switch format {
        case .table: aligned(rows(c), separator: "  ")
        case .markdown: markdown(rows(c))
        case .csv: rows(c).map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
        case .json: json(c)
        }
    }

    /// Header and body rows: one column per scenario and, after each scenario but the
    /// first, its difference from the first; with several runs, one row per P10/P50/P90
    /// and rows of the share of runs each scenario beats each other.
    static func rows(_ c: ScenarioComparison) -> [[String]] {
        var header = ["key_figure"]
        if c.runCount > 1 { header.append("stat") }
        for (s, name) in c.scenarios.enumerated() {
            header.append(name)
            if s > 0 { header.append("diff " + name) }
        }
        var out = [header]
        for (f, figure) in c.figures.enumerated() {
            let d = decimals(figure.name)
            if c.runCount == 1 {
                var row = [figure.name]
                for s in c.scenarios.indices {
                    row.append(fixed(c.value(s, f), d, never: c.neverText))
                    if s > 0 { row.append(fixedDiff(c.diff(s, f), d)) }
                }
                out.append(row)
                continue
            }
            for (stat, pick) in [("p10", { (q: Quantiles) in q.p10 }), ("p50", { $0.p50 }), ("p90", { $0.p90 })] {
                var row = [figure.name, stat]
                for s in c.scenarios.indices {
                    row.append(fixed(pick(c.quantiles(s, f)), d, never: c.neverText))
                    if s > 0 { row.append(fixedDiff(pick(c.differenceQuantiles(s, f)), d)) }
                }
                out.append(row)
            }
        }
        if c.runCount > 1 {
            for (f, figure) in c.figures.enumerated() where figure.better != .neither {
                for (a, b) in c.pairs {
                    var row = ["share_of_runs_better " + figure.name, "\(c.scenarios[a]) beats \(c.scenarios[b])"]
                    row.append(fixed(c.shareOfRunsBetter(a, than: b, f), 3))
                    row += Array(repeating: "", count: header.count - row.count)
                    out.append(row)
                }
            }
        }
        return out
    }

    static func decimals(_ name: String) -> Int {
        if name.contains("fraction") || name.contains("share") { return 3 }
        if name.contains("_km") { return 2 }
        return 0
    }

    static func aligned(_ rows: [[String]], separator: String) -> String {
        let widths = rows[0].indices.map { i in rows.map { $0[i].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return i == 0 || (i == 1 && rows[0][1] == "stat") ? cell + pad : pad + cell
            }.joined(separator: separator).trimmingSuffix()
        }.joined(separator: "\n") + "\n"
    }

    static func markdown(_ rows: [[String]]) -> String {
        var lines = ["| " + rows[0].joined(separator: " | ") + " |"]
        lines.append("|" + rows[0].indices.map { $0 == 0 ? " --- |" : " ---: |" }.joined())
        for row in rows.dropFirst() { lines.append("| " + row.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ c: ScenarioComparison) -> String {
        var out = "{\n  \"seed\": \(c.seed),\n  \"runs\": \(c.runCount),\n"
        out += "  \"scenarios\": [" + c.scenarios.map(jsonString).joined(separator: ", ") + "],\n"
        out += "  \"key_figures\": [\n"
        out += c.figures.enumerated().map { f, figure -> String in
            let d = decimals(figure.name)
            func number(_ s: Int, _ v: (Int) -> Double) -> String { jsonNumber(v(s), d) }
            func stats(_ q: Quantiles) -> String {
                "{\"p10\": \(jsonNumber(q.p10, d)), \"p50\": \(jsonNumber(q.p50, d)), \"p90\": \(jsonNumber(q.p90, d))}"
            }
            var item = "    {\"name\": \(jsonString(figure.name)), \"better\": \(jsonString(figure.better.rawValue)),\n"
            let values = c.scenarios.indices.map { s in
                jsonString(c.scenarios[s]) + ": " + (c.runCount == 1 ? number(s) { c.value($0, f) } : stats(c.quantiles(s, f)))
            }
            item += "     \"values\": {" + values.joined(separator: ", ") + "},\n"
            let diffs = c.scenarios.indices.dropFirst().map { s in
                jsonString(c.scenarios[s]) + ": " + (c.runCount == 1 ? number(s) { c.diff($0, f) } : stats(c.differenceQuantiles(s, f)))
            }
            item += "     \"diff\": {" + diffs.joined(separator: ", ") + "}"
            if c.runCount > 1 && figure.better != .neither {
                let shares = c.pairs.map { a, b in
                    jsonString("\(c.scenarios[a]) beats \(c.scenarios[b])") + ": " + fixed(c.shareOfRunsBetter(a, than: b, f), 3)
                }
                item += ",\n     \"share_of_runs_better\": {" + shares.joined(separator: ", ") + "}"
            }
            return item + "}"
        }.joined(separator: ",\n")
        return out + "\n  ]\n}\n"
    }

    /// `value` with exactly `decimals` digits after the point (no exponent, no "-0");
    /// +∞ (a year that did not come, e.g. no county exit) as `never` ("not by <end year>").
    static func fixed(_ value: Double, _ decimals: Int, never: String = "not by the end year") -> String {
        TextEncoding.decimal(value, decimals) ?? (value == .infinity ? never : "n/a")
    }

    /// A difference: an infinite one (one side exits, the other does not) as "n/a".
    static func fixedDiff(_ value: Double, _ decimals: Int) -> String {
        value.isFinite ? fixed(value, decimals) : "n/a"
    }

    /// A JSON number, or null when not finite (no year, or no year to subtract).
    static func jsonNumber(_ value: Double, _ decimals: Int) -> String {
        value.isFinite ? fixed(value, decimals) : "null"
    }

    static func csvField(_ s: String) -> String { TextEncoding.csvField(s) }

    static func jsonString(_ s: String) -> String { TextEncoding.jsonString(s) }
}

extension String {
    func trimmingSuffix() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
