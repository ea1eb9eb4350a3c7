import Cartography
import Planning
import Simulation

/// The sections of a comparison's report: what each strategy assumes differently, the
/// strategies ranked on the planner's figures (P50 with P10–P90 and the share of runs
/// each wins), the paired differences from the reference, charts side by side, targets
/// and calibration per strategy.
public struct ComparisonReportSections {
    public let data: ComparisonReportData
    public let lang: ReportLanguage

    public init(data: ComparisonReportData, language: ReportLanguage) { self.data = data; self.lang = language }

    var reference: RunReportData { data.runs[0] }
    var endYear: Int { reference.years.last ?? reference.profile.years.end }

    func section(_ id: String, _ zh: String, _ en: String, _ body: String, first: Bool = false) -> String {
        "<section id=\"\(id)\"" + (first ? " class=\"first\"" : "") + "><h2>" + lang.term(zh, en) + "</h2>\n" + body + "</section>"
    }

    func figure(_ name: String) -> ComparisonFigure? { data.figures.first { $0.name == name } }

    /// How a key figure's values are written.
    func format(_ name: String) -> (Double) -> String {
        if name == "county_exit_year" { return { ReportNumbers.year($0, end: self.endYear, self.lang) } }
        if name.contains("fraction") || name.contains("share") { return { ReportNumbers.percent($0, 1) } }
        if name.hasPrefix("cost_yuan") && !name.contains("per_person") { return { ReportNumbers.wan($0) + " 万元" } }
        if name.contains("_km") { return { ReportNumbers.number($0, 2) + " km" } }
        return { ReportNumbers.number($0) }
    }

    /// Differences: a year difference of ±∞ (one exits, the other not) is "n/a".
    func formatDifference(_ name: String) -> (Double) -> String {
        let f = name == "county_exit_year" ? { ReportNumbers.number($0) } : format(name)
        return { v in v.isFinite ? (v > 0 ? "+" : "") + f(v) : "n/a" }
    }

    // MARK: scenarios

    /// The scenarios compared: seed, runs, description, and every scenario key whose
    /// resolved value differs from the reference's.
    public func scenarios() -> String {
        var b = HTML.paragraph(lang.t("共 \(data.scenarios.count) 个情景，每个 \(data.runCount) 次运行，种子 \(data.seed)，各情景第 r 次运行用同一随机数（共同随机数），差值逐次配对。参照情景：\(data.scenarios[0])。",
                                      "\(data.scenarios.count) scenarios, \(data.runCount) runs each, seed \(data.seed); run r of every scenario uses the same random numbers (common random numbers), so differences are paired run by run. Reference: \(data.scenarios[0])."))
        if data.runCount == 1 {
            b += HTML.paragraph(lang.t("只有一次运行：差值是一次抽样，不是区间。", "One run only: each difference is one draw, not a range."), cssClass: "warn")
        }
        var rows: [[String]] = []
        let ref = reference.scenario.values
        for (k, run) in data.runs.enumerated() {
            let differing = run.scenario.values.keys.filter { $0 != "name" && $0 != "description" && run.scenario.values[$0] != ref[$0] }.sorted()
            let keys = k == 0 ? lang.t("（参照）", "(reference)") : (differing.isEmpty ? "—" : differing.map { "<code>" + HTML.escape($0) + "</code> = " + HTML.escape(Self.text(run.scenario.values[$0])) }.joined(separator: "<br/>"))
            rows.append([HTML.escape(data.scenarios[k]), HTML.escape(run.scenario.values["description"]?.textValue ?? ""), keys])
        }
        b += HTML.table(id: "scenarios-table", header: [lang.term("情景", "scenario"), lang.term("说明", "description"), lang.term("与参照不同的参数", "keys that differ from the reference")], rows: rows)
        return section("scenarios", "比较的情景", "scenarios compared", b, first: true)
    }

    static func text(_ v: ScenarioValue?) -> String {
        guard let v else { return "—" }
        switch v {
        case .integer(let i): return String(i)
        case .number(let d): return ReportNumbers.number(d, d.rounded() == d ? 0 : 3)
        case .boolean(let b): return b ? "true" : "false"
        case .text(let s): return s
        case .list(let l): return "[" + l.map { text($0) }.joined(separator: ", ") + "]"
        case .map(let m): return m.map { "\($0.key): \(text($0.value))" }.joined(separator: ", ")
        case .unset: return "null"
        }
    }

    // MARK: ranking

    /// Per ranking figure, each scenario's rank (1 = best by the P50; ties share a rank).
    func ranks(_ f: ComparisonFigure) -> [Int] {
        let v = f.values.map(\.p50)
        return v.indices.map { s in 1 + v.indices.filter { better(v[$0], than: v[s], f.better) }.count }
    }

    func better(_ a: Double, than b: Double, _ direction: String) -> Bool {
        direction == "lower" ? a < b : direction == "higher" ? a > b : false
    }

    /// The share of runs in which each scenario alone is best in `f` (nil without the runs).
    func winShares(_ f: ComparisonFigure) -> [Double]? { wins(f)?.shares }

    /// Per scenario the share of runs it alone is best in `f`, and the share of runs in
    /// which no single scenario is (a tie for the best); nil without the runs.
    func wins(_ f: ComparisonFigure) -> (shares: [Double], ties: Double)? {
        guard let byRun = data.byRun, f.better != "neither" else { return nil }
        let values = byRun.map { $0[f.name] ?? [] }
        guard values.allSatisfy({ $0.count == data.runCount }), data.runCount > 0 else { return nil }
        var wins = [Int](repeating: 0, count: values.count)
        var ties = 0
        for r in 0..<data.runCount {
            let winners = values.indices.filter { s in values.indices.allSatisfy { t in t == s || better(values[s][r], than: values[t][r], f.better) } }
            if winners.count == 1 { wins[winners[0]] += 1 } else { ties += 1 }
        }
        return (wins.map { Double($0) / Double(data.runCount) }, Double(ties) / Double(data.runCount))
    }

    /// The scenario order by mean rank over the ranking figures (ties: scenario order).
    public func order() -> [(scenario: Int, meanRank: Double)] {
        let figs = data.rankFigures.compactMap(figure)
        guard !figs.isEmpty else { return data.scenarios.indices.map { ($0, 0) } }
        let all = figs.map(ranks)
        return data.scenarios.indices.map { s in (s, Double(all.map { $0[s] }.reduce(0, +)) / Double(figs.count)) }
            .sorted { $0.meanRank != $1.meanRank ? $0.meanRank < $1.meanRank : $0.scenario < $1.scenario }
    }

    public func ranking() -> String {
        let figs = data.rankFigures.compactMap(figure)
        let missing = data.rankFigures.filter { figure($0) == nil }
        var b = HTML.paragraph(lang.t("按规划人员关心的指标排序：每项指标按 P50 排名（1 为最好），总名次按平均名次；“胜出比例”为该情景在该指标上严格优于所有其他情景的运行占比（并列不计）。",
                                      "Ranked on the figures a planner names: each figure ranks the strategies by their P50 (1 = best), the overall order by the mean rank; \"wins\" is the share of runs in which the strategy is strictly better than every other in that figure (ties count for none)."))
        if !missing.isEmpty {
            b += HTML.paragraph(lang.t("比较中没有这些指标：", "Not key figures of this comparison: ") + missing.joined(separator: ", "), cssClass: "warn")
        }
        if data.byRun == nil {
            b += HTML.paragraph(lang.t("比较目录中没有 key-figures-by-run.csv（较早版本的 compare 所写）：无法计算胜出比例。", "The comparison folder has no key-figures-by-run.csv (written by an older compare): the share of runs each wins cannot be computed."), cssClass: "warn")
        }
        let allRanks = figs.map(ranks)
        let shares = figs.map(winShares)
        var rows: [[String]] = []
        for (place, o) in order().enumerated() {
            let s = o.scenario
            var row = [String(place + 1), HTML.escape(data.scenarios[s]) + (s == 0 ? " <span class=\"alt\">" + lang.t("参照", "reference") + "</span>" : ""), ReportNumbers.number(o.meanRank, 2)]
            for (k, f) in figs.enumerated() {
                var cell = ReportNumbers.spread(f.values[s], format(f.name)) + " <span class=\"alt\">#\(allRanks[k][s])</span>"
                if let w = shares[k]?[s] { cell += "<br/><span class=\"note\">" + lang.t("胜出 ", "wins ") + ReportNumbers.percent(w, 0) + "</span>" }
                row.append(cell)
            }
            rows.append(row)
        }
        if data.byRun != nil {
            rows.append(["", lang.term("无唯一最优的运行", "runs with no single best"), ""]
                        + figs.map { f in wins(f).map { "<span class=\"note\">" + ReportNumbers.percent($0.ties, 0) + "</span>" } ?? "—" })
        }
        let header = [lang.term("名次", "place"), lang.term("情景", "strategy"), lang.term("平均名次", "mean rank")]
            + figs.map { ReportTerms.figure($0.name, lang) + " <span class=\"alt\">(" + ($0.better == "lower" ? lang.t("越低越好", "lower is better") : lang.t("越高越好", "higher is better")) + ")</span>" }
        b += HTML.table(id: "ranking-table", header: header, rows: rows, numeric: Set(2..<(3 + figs.count)))
        if let best = order().first {
            b += HTML.paragraph(lang.t("按这些指标，\(data.scenarios[best.scenario]) 排第一（平均名次 \(ReportNumbers.number(best.meanRank, 2))）。",
                                       "On these figures, \(data.scenarios[best.scenario]) comes first (mean rank \(ReportNumbers.number(best.meanRank, 2)))."))
        }
        return section("ranking", "策略排序", "strategies ranked", b)
    }

    // MARK: paired differences

    /// Every key figure with a direction (and the relocation counts), each scenario's value
    /// and its paired difference from the reference (P50, P10–P90).
    public func differences() -> String {
        let shown = data.figures.filter { $0.better != "neither" || $0.name.hasPrefix("relocated_") }
        var rows: [[String]] = []
        for f in shown {
            var row = [ReportTerms.figure(f.name, lang)]
            for s in data.scenarios.indices {
                if s == 0 { row.append(ReportNumbers.spread(f.values[0], format(f.name))); continue }
                row.append(ReportNumbers.spread(f.values[s], format(f.name)) + "<br/><span class=\"note\">Δ " + ReportNumbers.spread(f.differences[s], formatDifference(f.name)) + "</span>")
            }
            rows.append(row)
        }
        let header = [lang.term("指标", "key figure")] + data.scenarios.enumerated().map { HTML.escape($0.element) + ($0.offset == 0 ? " <span class=\"alt\">" + lang.t("参照", "reference") + "</span>" : "") }
        let b = HTML.paragraph(lang.t("每格为该情景的值；Δ 为与参照情景逐次配对之差（P50，括号内 P10–P90）。", "Each cell is the strategy's value; Δ is its paired run-by-run difference from the reference (P50, P10–P90 below).")) +
            HTML.table(id: "differences-table", header: header, rows: rows, numeric: Set(1...data.scenarios.count))
        return section("differences", "配对差值", "paired differences", b)
    }

    // MARK: charts

    /// Charts across the strategies: poor persons per year (P50, the reference's fan),
    /// cost by program stacked per strategy, villages exited by the target year.
    public func charts() -> [ReportFigure] {
        let colors = RunReportSections.programColors
        let years = reference.years.map(String.init)
        let lines = data.runs.enumerated().map { k, r -> ChartSeries in
            let v = (r.county["poor_persons"] ?? []).map { Optional($0) }
            let lo = k == 0 && r.runs > 1 ? r.county["poor_persons_p10"]?.map { Optional($0) } : nil
            let hi = k == 0 && r.runs > 1 ? r.county["poor_persons_p90"]?.map { Optional($0) } : nil
            return ChartSeries(name: data.scenarios[k], values: v, low: lo, high: hi, color: colors[k % colors.count])
        }
        var out: [ReportFigure] = []
        let poor = LineChart(frame: ChartFrame(id: "chart-compare-poor-persons", title: lang.t("各情景贫困人口 Poor persons by strategy", "Poor persons by strategy 各情景贫困人口"),
                                               categories: years, yLabel: lang.t("人 persons", "persons 人"), height: 340), series: lines)
        out.append(fig(poor.render(), lang.t("各情景贫困人口（P50；参照情景带 P10–P90 阴影）", "Poor persons by strategy (P50; the reference with its P10–P90 fan)")))
        let programs = Array(Set(data.runs.flatMap(\.programs))).sorted()
        let stacks = programs.enumerated().map { k, p in
            ChartSeries(name: ReportTerms.programPlain(p, lang), values: data.runs.map { $0.kpis["cost_yuan_\(p)"].map { $0.p50 / 10_000 } }, color: colors[k % colors.count])
        }
        let cost = StackedBarChart(frame: ChartFrame(id: "chart-compare-cost", title: lang.t("各情景分项目投入 Cost by program", "Cost by program and strategy 各情景分项目投入"),
                                                     categories: data.scenarios, yLabel: lang.t("万元", "10,000 yuan"), height: 400), series: stacks)
        out.append(fig(cost.render(), lang.t("各情景全期分项目支出（P50，万元）", "Whole-period spending by program and strategy (P50, 10,000 yuan)")))
        let ty = reference.targetYear
        let yi = reference.years.firstIndex(of: ty) ?? max(reference.years.count - 1, 0)
        let exited = ChartSeries(name: lang.t("\(ty) 年累计退出", "exited by \(ty)"),
                                 values: data.runs.map { $0.spread("villages_exited_total", yi)?.p50 },
                                 low: data.runCount > 1 ? data.runs.map { $0.spread("villages_exited_total", yi)?.p10 } : nil,
                                 high: data.runCount > 1 ? data.runs.map { $0.spread("villages_exited_total", yi)?.p90 } : nil, color: "#16a085")
        let target = Double(reference.profile.poverty.poorVillages)
        let villages = BarChart(frame: ChartFrame(id: "chart-compare-villages-exited", title: lang.t("\(ty) 年累计退出贫困村 Villages exited", "Villages exited by \(ty) 累计退出贫困村"),
                                                  categories: data.scenarios, yLabel: lang.t("村 villages", "villages 村"),
                                                  referenceLines: [ChartReferenceLine(value: target, label: lang.t("规划目标 \(Int(target)) 个", "plan: \(Int(target))"), color: "#c0392b")]),
                                series: [exited])
        out.append(fig(villages.render(), lang.t("\(ty) 年累计退出贫困村与规划目标（全部 \(Int(target)) 个）", "Villages exited by \(ty) against the plan (all \(Int(target)))")))
        return out
    }

    func fig(_ svg: SVGElement, _ caption: String) -> ReportFigure {
        ReportFigure(id: svg.attribute("id") ?? "chart", caption: caption, svg: SVGWriter.fragment(svg))
    }

    public func chartsSection() -> String {
        section("charts", "图表", "charts", "<div class=\"charts\">" + charts().map(RunReportSections.figureHTML).joined(separator: "\n") + "</div>")
    }

    // MARK: per strategy

    /// The county table, targets and calibration of every strategy, each under its name.
    public func perStrategy() -> String {
        var b = ""
        for (k, run) in data.runs.enumerated() {
            let s = RunReportSections(run: run, language: lang)
            b += "<h3 id=\"strategy-\(k)\">" + HTML.escape(data.scenarios[k]) + "</h3>"
            b += s.countyTableBody(idSuffix: "-\(k)")
            b += s.targetsBody(idSuffix: "-\(k)")
            if run.scenario.calibration { b += "<h4>" + lang.term("校准", "calibration") + "</h4>" + s.calibrationBody(idSuffix: "-\(k)") }
        }
        return section("strategies", "各情景结果、目标与校准", "each strategy: figures, targets, calibration", b)
    }
}
