import Simulation

/// The default terminal table of `benkang compare`: key figures as rows, one column per
/// scenario (the reference first). Under each figure: the difference from the reference
/// (P50 of the paired run-by-run differences) and, with several runs, P10–P90 of the
/// figure. Numbers of 10 million and more are written in 亿 (10⁸). Columns are aligned by
/// display width (a CJK character takes two columns); when the scenarios do not fit in
/// `width` columns, they are split into blocks, each repeating the reference column.
/// The wide table (every statistic in its own column) is the CSV.
public enum NarrowComparisonTable {
    /// The default line width.
    public static let defaultWidth = 120

    /// The table as text, every line at most `width` display columns (unless one figure
    /// name with two scenario columns is wider).
    public static func render(_ c: ScenarioComparison, width: Int = defaultWidth) -> String {
        let ensemble = c.runCount > 1
        // Lines of one figure: the value row, the diff row and the P10–P90 row.
        var labels: [String] = []
        var cells: [[String]] = c.scenarios.map { _ in [] }
        for (f, figure) in c.figures.enumerated() {
            let d = ComparisonReport.decimals(figure.name)
            labels += [figure.name, "  差值 diff"] + (ensemble ? ["  P10–P90"] : [])
            for s in c.scenarios.indices {
                cells[s].append(number(c.value(s, f), d, c))
                cells[s].append(s == 0 ? "" : signed(c.diff(s, f), d))
                if ensemble {
                    let q = c.quantiles(s, f)
                    cells[s].append(number(q.p10, d, c) + "–" + number(q.p90, d, c))
                }
            }
        }
        let header = "key figure 关键指标"
        let nameWidth = max(DisplayWidth.of(header), labels.map(DisplayWidth.of).max() ?? 0)
        let columnWidths = c.scenarios.indices.map { s in
            max(DisplayWidth.of(c.scenarios[s]), cells[s].map(DisplayWidth.of).max() ?? 0)
        }
        // Blocks of scenarios that fit, each with the reference first.
        var blocks: [[Int]] = []
        var current = [0], used = nameWidth + 2 + columnWidths[0]
        for s in c.scenarios.indices.dropFirst() {
            if current.count > 1, used + 2 + columnWidths[s] > width {
                blocks.append(current)
                current = [0]; used = nameWidth + 2 + columnWidths[0]
            }
            current.append(s); used += 2 + columnWidths[s]
        }
        blocks.append(current)
        var out = ""
        for (b, block) in blocks.enumerated() {
            if b > 0 { out += "\n" }
            func line(_ name: String, _ values: [String]) -> String {
                var text = DisplayWidth.pad(name, to: nameWidth, left: true)
                for (k, s) in block.enumerated() { text += "  " + DisplayWidth.pad(values[k], to: columnWidths[s], left: false) }
                while text.last == " " { text.removeLast() }
                return text + "\n"
            }
            out += line(header, block.map { c.scenarios[$0] })
            for (i, label) in labels.enumerated() { out += line(label, block.map { cells[$0][i] }) }
        }
        out += "\n" + footnote(c)
        return out
    }

    /// What the figures are: the reference, the runs and what the differences mean.
    static func footnote(_ c: ScenarioComparison) -> String {
        var text = "reference 参照: \(c.scenarios[0]); 差值 diff: each scenario minus the reference, run by run\n"
        if c.runCount > 1 {
            text += "\(c.runCount) runs on common random numbers: P50 (差值: of the paired differences), P10–P90 below\n"
        } else {
            text += "\nnote: one run: the differences are one draw of chance, not a headline; run --runs 20 (the default) or more\n"
        }
        return text
    }

    /// A figure: 亿 (10⁸) from 10 million up, else at `decimals`; "not by <year>" for a year that did not come.
    static func number(_ x: Double, _ decimals: Int, _ c: ScenarioComparison) -> String {
        if x == .infinity { return c.neverText }
        guard x.isFinite else { return "n/a" }
        if abs(x) >= 1e7 { return Fixed.text(x / 1e8, 2) + "亿" }
        return Fixed.text(x, decimals)
    }

    static func signed(_ x: Double, _ decimals: Int) -> String {
        guard x.isFinite else { return x > 0 ? "+∞" : x < 0 ? "−∞" : "n/a" }
        let text = abs(x) >= 1e7 ? Fixed.text(abs(x) / 1e8, 2) + "亿" : Fixed.text(abs(x), decimals)
        if text.allSatisfy({ $0 == "0" || $0 == "." }) { return "0" }
        return (x < 0 ? "−" : "+") + text
    }
}
