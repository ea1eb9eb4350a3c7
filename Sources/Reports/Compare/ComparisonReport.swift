import Simulation

/// Renders a `ScenarioComparison` as a terminal table, CSV, JSON or Markdown. Numbers
/// have a fixed number of decimals per figure (3 for fractions and shares, 2 for km,
/// 0 otherwise), so the same comparison always gives the same bytes.
public enum ComparisonReport {
    public enum Format: String, CaseIterable, Sendable {
        case table, csv, json, markdown
    }

    /// A row of the comparison table: a figure (with its statistic in an ensemble), or
    /// the share of runs scenario `a` beats scenario `b` in a figure.
    public enum Row {
        case figure(Int, stat: Stat?)
        case share(Int, a: Int, b: Int)
    }

    /// A statistic over the runs of an ensemble.
    public enum Stat: String, CaseIterable, Sendable {
        case p10, p50, p90
        func pick(_ q: Quantiles) -> Double {
            switch self { case .p10: q.p10; case .p50: q.p50; case .p90: q.p90 }
        }
    }

    /// The comparison in `format`: `table` is the narrow terminal table
    /// (`NarrowComparisonTable`), `csv` and `markdown` the wide table, `json` every value.
    /// - Complexity: O(figures × scenarios² × runs log runs).
    public static func render(_ c: ScenarioComparison, format: Format) -> String {
        switch format {
        case .table: NarrowComparisonTable.render(c)
        case .markdown: MarkdownWriter.render(table(c))
        case .csv: CSVWriter.render(table(c))
        case .json: json(c)
        }
    }

    /// The table: a column per scenario and, after each scenario but the first, its
    /// difference from the first; with several runs, a row per P10/P50/P90 and rows of
    /// the share of runs each scenario beats each other (in the first scenario's column).
    public static func table(_ c: ScenarioComparison) -> Table<Row> {
        var columns: [Column<Row>] = [.text("key_figure") { row in
            switch row {
            case .figure(let f, _): c.figures[f].name
            case .share(let f, _, _): "share_of_runs_better " + c.figures[f].name
            }
        }]
        if c.runCount > 1 {
            columns.append(.text("stat") { row in
                switch row {
                case .figure(_, let stat): stat?.rawValue ?? ""
                case .share(_, let a, let b): "\(c.scenarios[a]) beats \(c.scenarios[b])"
                }
            })
        }
        for (s, name) in c.scenarios.enumerated() {
            columns.append(Column(name) { row in
                switch row {
                case .figure(let f, let stat):
                    let v = stat.map { $0.pick(c.quantiles(s, f)) } ?? c.value(s, f)
                    return .number(v, decimals(c.figures[f].name), whenNotFinite: v == .infinity ? c.neverText : "n/a")
                case .share(let f, let a, let b):
                    return s == 0 ? .number(c.shareOfRunsBetter(a, than: b, f), decimals: 3) : .missing(shown: "")
                }
            })
            if s > 0 {
                columns.append(Column("diff " + name) { row in
                    guard case .figure(let f, let stat) = row else { return .missing(shown: "") }
                    let d = stat.map { $0.pick(c.differenceQuantiles(s, f)) } ?? c.diff(s, f)
                    return .number(d, decimals(c.figures[f].name), whenNotFinite: "n/a")
                })
            }
        }
        var rows: [Row] = []
        for f in c.figures.indices {
            if c.runCount == 1 { rows.append(.figure(f, stat: nil)) } else { rows += Stat.allCases.map { .figure(f, stat: $0) } }
        }
        if c.runCount > 1 {
            for (f, figure) in c.figures.enumerated() where figure.better != .neither {
                rows += c.pairs.map { .share(f, a: $0.a, b: $0.b) }
            }
        }
        return Table(columns: columns, rows: rows)
    }

    /// Decimals of a key figure: 3 for fractions, shares, rates and ratios, 2 for km, else 0.
    public static func decimals(_ name: String) -> Int {
        if name.contains("fraction") || name.contains("share") || name.contains("rate") || name.contains("ratio") { return 3 }
        if name.contains("_km") { return 2 }
        return 0
    }

    static func json(_ c: ScenarioComparison) -> String {
        var out = "{\n  \"seed\": \(c.seed),\n  \"runs\": \(c.runCount),\n"
        out += "  \"scenarios\": [" + c.scenarios.map(JSONWriter.string).joined(separator: ", ") + "],\n"
        out += "  \"key_figures\": [\n"
        out += c.figures.enumerated().map { f, figure -> String in
            let d = decimals(figure.name)
            func number(_ v: Double) -> Cell { .number(v, d, whenNotFinite: "") }
            func stats(_ q: Quantiles) -> String {
                JSONWriter.object(Stat.allCases.map { ($0.rawValue, number($0.pick(q))) })
            }
            var item = "    {\"name\": \(JSONWriter.string(figure.name)), \"better\": \(JSONWriter.string(figure.better.rawValue)),\n"
            let values = c.scenarios.indices.map { s in
                JSONWriter.string(c.scenarios[s]) + ": "
                    + (c.runCount == 1 ? JSONWriter.value(number(c.value(s, f))) : stats(c.quantiles(s, f)))
            }
            item += "     \"values\": {" + values.joined(separator: ", ") + "},\n"
            let diffs = c.scenarios.indices.dropFirst().map { s in
                JSONWriter.string(c.scenarios[s]) + ": "
                    + (c.runCount == 1 ? JSONWriter.value(number(c.diff(s, f))) : stats(c.differenceQuantiles(s, f)))
            }
            item += "     \"diff\": {" + diffs.joined(separator: ", ") + "}"
            if c.runCount > 1 && figure.better != .neither {
                let shares = c.pairs.map { a, b in
                    ("\(c.scenarios[a]) beats \(c.scenarios[b])", Cell.number(c.shareOfRunsBetter(a, than: b, f), decimals: 3))
                }
                item += ",\n     \"share_of_runs_better\": " + JSONWriter.object(shares)
            }
            return item + "}"
        }.joined(separator: ",\n")
        return out + "\n  ]\n}\n"
    }
}
