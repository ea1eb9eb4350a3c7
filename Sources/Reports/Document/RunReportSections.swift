import Cartography
import Planning
import Simulation

/// The sections of the report of one run: the scenario and its assumptions, the county
/// table per year, the charts, the targets against what was achieved, the calibration.
/// Each returns HTML (escaped, well-formed). The maps are made by the caller.
public struct RunReportSections {
    public let run: RunReportData
    public let lang: ReportLanguage

    public init(run: RunReportData, language: ReportLanguage) { self.run = run; self.lang = language }

    var ensemble: Bool { run.runs > 1 }
    var endYear: Int { run.years.last ?? run.profile.years.end }
    var simulatedYears: [Int] { run.years.filter { $0 > run.profile.years.base } }

    func section(_ id: String, _ zh: String, _ en: String, _ body: String, first: Bool = false) -> String {
        "<section id=\"\(id)\"" + (first ? " class=\"first\"" : "") + "><h2>" + lang.term(zh, en) + "</h2>\n" + body + "</section>"
    }

    // MARK: the scenario and its assumptions

    /// What the scenario assumes: name, description, seed and runs; which figures are
    /// real, imported or modelled; the poverty lines and which are assumptions; the exit
    /// thresholds and where they come from; the budgets.
    public func assumptions(first: Bool = true) -> String {
        let s = run.scenario
        var b = "<dl class=\"facts\">"
        func fact(_ zh: String, _ en: String, _ value: String) { b += "<dt>" + lang.term(zh, en) + "</dt><dd>" + value + "</dd>" }
        fact("情景", "scenario", HTML.escape(run.name))
        if let d = s.values["description"]?.textValue, !d.isEmpty { fact("说明", "description", HTML.escape(d)) }
        fact("运行目录", "run folder", "<code>" + HTML.escape(run.folder) + "</code>")
        fact("随机种子", "seed", String(run.seed))
        fact("运行次数", "runs", String(run.runs) + (ensemble ? lang.t("（集合：表中为 P50，其下小字为 P10–P90）", " (an ensemble: the tables show the P50 with the P10–P90 below it)") : lang.t("（单次运行：数值为一次抽样）", " (one run: the figures are one draw)")))
        fact("模拟年份", "years", "\(run.years.first ?? 0)–\(endYear)" + lang.t("（\(run.profile.years.base) 为基年，仅统计合成的住户）", " (\(run.profile.years.base) is the base year: the synthesized households, no process run)"))
        fact("过程", "processes", HTML.escape(s.processNames.joined(separator: ", ")))
        fact("采用默认值的参数", "keys at their default", lang.t("\(run.defaultKeyCount) / \(run.keyCount) 个（scenario.resolved.yaml 中标注 # default）", "\(run.defaultKeyCount) of \(run.keyCount) (marked # default in scenario.resolved.yaml)"))
        b += "</dl>"

        b += "<h3>" + lang.term("数据来源：真实、导入与模型推算", "which figures are real, imported or modelled") + "</h3><ul>"
        b += "<li>" + HTML.escape(lang.t(
            "真实（报告值）：县概况 \(run.profile.file) 中的全县数字，例如基年农村贫困人口 \(ReportNumbers.number(Double(run.profile.poverty.ruralPoorPersons))) 人、贫困发生率 \(ReportNumbers.percent(run.profile.poverty.ruralIncidence, 1))、贫困村 \(run.profile.poverty.poorVillages) 个，以及下表“校准”中的报告值及其出处。",
            "Real (reported): the county totals of the profile \(run.profile.file), e.g. \(ReportNumbers.number(Double(run.profile.poverty.ruralPoorPersons))) rural poor, incidence \(ReportNumbers.percent(run.profile.poverty.ruralIncidence, 1)) and \(run.profile.poverty.poorVillages) poor villages in the base year, and the reported figures of the calibration section with their sources.")) + "</li>"
        b += "<li>" + HTML.escape(lang.t("村级起点数据：", "Base-year village figures: ")) + HTML.escape(run.figureSourcesNote) + "</li>"
        b += "<li>" + HTML.escape(lang.t(
            "模型推算：\(run.profile.years.base + 1)–\(endYear) 年的全部数字均为模拟结果，不是统计数据；考核条件（错退率、漏评率低于 2 %，群众认可度高于 90 %）未建模。",
            "Modelled: every figure of \(run.profile.years.base + 1)–\(endYear) is simulation output, not statistics; the assessment conditions (wrongly exited and missed poor below 2 %, approval above 90 %) are not modelled.")) + "</li></ul>"

        b += "<h3>" + lang.term("贫困线", "poverty lines") + "</h3>"
        let assumed = Set(s.povertyLineAssumedYears)
        let lines = s.parameters.povertyLineYuanPerPerson.keys.sorted()
        b += HTML.table(header: [lang.term("年份", "year"), lang.term("贫困线（元/人/年）", "line, yuan per person per year"), lang.term("性质", "status")],
                        rows: lines.map { y in [String(y), ReportNumbers.number(s.povertyLine(y)),
                                                assumed.contains(y) ? "<span class=\"no\">" + lang.term("假设值", "assumption") + "</span>" : lang.term("公布值", "published")] },
                        numeric: [1])
        if !assumed.isEmpty {
            b += HTML.paragraph(lang.t("标为“假设值”的年份（\(assumed.sorted().map(String.init).joined(separator: "、"))）其贫困线未在公开来源中核实。",
                                       "The lines of \(assumed.sorted().map(String.init).joined(separator: ", ")) are assumptions, not verified from a published source."), cssClass: "note")
        }
        b += "<h3>" + lang.term("退出标准", "exit rules") + "</h3><ul>"
        let countySource = run.countyThresholdFromScenario ? lang.t("情景设定的假设值", "set by the scenario (a what-if)") : lang.t("县概况 exit_rules", "the county profile's exit_rules")
        b += "<li>" + HTML.escape(lang.t("县摘帽（一低三有）：贫困发生率低于 \(ReportNumbers.percent(run.countyThreshold, 1))（\(countySource)），且每个乡镇有中心校、卫生院和便民服务中心。",
                                         "County exit (一低三有): incidence below \(ReportNumbers.percent(run.countyThreshold, 1)) (\(countySource)) and in every township a central school, a health centre and a public service centre.")) + "</li>"
        b += "<li>" + HTML.escape(lang.t("贫困村退出（一低五有）：村贫困发生率低于 \(ReportNumbers.percent(run.villageThreshold, 1))，并有路、卫生室、文化室、宽带和集体收入。",
                                         "Village exit (一低五有): village incidence below \(ReportNumbers.percent(run.villageThreshold, 1)) with a road, a clinic, a culture room, broadband and collective income.")) + "</li></ul>"
        b += budgetsTable()
        return section("scenario", "情景与假设", "scenario and assumptions", b, first: first)
    }

    /// The budgets by program and year (万元), from the resolved scenario.
    func budgetsTable() -> String {
        let programs = run.programs
        let years = simulatedYears
        guard !programs.isEmpty else { return "" }
        var rows: [[String]] = []
        for p in programs {
            let budget = run.budget(p)
            rows.append([ReportTerms.program(p, lang)] + years.map { budget[$0].map(ReportNumbers.wan) ?? "—" } + [ReportNumbers.wan(budget.values.reduce(0, +))])
        }
        return "<h3>" + lang.term("各项目预算（万元）", "budgets by program, 10,000 yuan") + "</h3>"
            + HTML.table(header: [lang.term("项目", "program")] + years.map(String.init) + [lang.term("合计", "total")], rows: rows,
                         numeric: Set(1...(years.count + 1)))
            + HTML.paragraph(lang.t("预算为情景的假设（programs.*.budget_yuan_by_year）。", "The budgets are the scenario's assumptions (programs.*.budget_yuan_by_year)."), cssClass: "note")
    }

    // MARK: the county table

    /// The county per year: poor persons, incidence against the exit threshold, lifted
    /// out, villages exited, income and cost (万元), P10–P90 beside each for an ensemble;
    /// then the cost by program.
    public func countyTable() -> String {
        section("county", "全县逐年结果", "county figures by year", countyTableBody(idSuffix: ""))
    }

    /// The county table and the cost by program, table ids ending in `idSuffix`.
    public func countyTableBody(idSuffix: String) -> String {
        var rows: [[String]] = []
        for (i, y) in run.years.enumerated() {
            let inc = run.spread("incidence", i)
            let below = (inc?.p50 ?? 1) < run.countyThreshold
            rows.append([
                String(y),
                ReportNumbers.number(run.county["poverty_line_yuan"]?[safe: i] ?? 0) + ((run.county["poverty_line_assumed"]?[safe: i] ?? 0) > 0 ? "*" : ""),
                ReportNumbers.spread(run.spread("poor_persons", i)) { ReportNumbers.number($0) },
                ReportNumbers.spread(inc) { ReportNumbers.percent($0) } + (below ? " <span class=\"yes\">✓</span>" : ""),
                y == run.years.first ? "—" : ReportNumbers.spread(run.spread("lifted_out", i)) { ReportNumbers.number($0) },
                ReportNumbers.spread(run.spread("villages_exited_total", i)) { ReportNumbers.number($0) },
                ReportNumbers.spread(run.spread("income_per_capita", i)) { ReportNumbers.number($0) },
                ReportNumbers.spread(run.spread("cost_yuan", i)) { ReportNumbers.wan($0) },
            ])
        }
        var b = HTML.table(id: "county-table" + idSuffix, header: [
            lang.term("年份", "year"), lang.term("贫困线（元）", "poverty line, yuan"), lang.term("贫困人口（人）", "poor persons"),
            lang.term("贫困发生率", "incidence") + " <span class=\"alt\">(&lt; \(ReportNumbers.percent(run.countyThreshold, 1)) ✓)</span>",
            lang.term("当年脱贫（人）", "lifted out"), lang.term("累计退出贫困村", "villages exited"),
            lang.term("人均可支配收入（元）", "income per person, yuan"), lang.term("当年投入（万元）", "cost, 10,000 yuan"),
        ], rows: rows, numeric: Set(1...7))
        b += HTML.paragraph(lang.t("* 贫困线为假设值。✓：低于县摘帽的贫困发生率标准 \(ReportNumbers.percent(run.countyThreshold, 1))。"
                                   + (ensemble ? "数字下方小字为 \(run.runs) 次运行的 P10–P90。" : ""),
                                   "* assumed poverty line. ✓: below the county's exit threshold of \(ReportNumbers.percent(run.countyThreshold, 1))."
                                   + (ensemble ? " Below each figure: its P10–P90 over \(run.runs) runs." : "")), cssClass: "note")
        let exit = run.kpis["county_exit_year"]
        b += HTML.paragraph(lang.t("县摘帽年份（P50）：", "County exit year (P50): ") + (exit.map { ReportNumbers.year($0.p50, end: endYear, lang) } ?? "—")
                            + lang.t("；每脱贫一人投入 ", "; cost per person lifted out ")
                            + (run.kpis["cost_yuan_per_person_lifted_out"].map { ReportNumbers.number($0.p50) } ?? "—") + lang.t(" 元。", " yuan."))
        b += programCostTable(idSuffix: idSuffix)
        return b
    }

    /// Spending per program and year from targets.csv when the run has it.
    func spentByYear() -> [String: [Int: Double]]? {
        guard let targets = run.targets else { return nil }
        var out: [String: [Int: Double]] = [:]
        for t in targets { if let s = t.spentYuan { out[t.program, default: [:]][t.year] = max(out[t.program]?[t.year] ?? 0, s) } }
        return out.isEmpty ? nil : out
    }

    /// Cost by program: per year when targets.csv gives it, and the run's total (P50,
    /// P10–P90) against the total budget.
    func programCostTable(idSuffix: String) -> String {
        let programs = run.programs
        guard !programs.isEmpty else { return "" }
        let byYear = spentByYear()
        let years = byYear == nil ? [] : simulatedYears
        var rows: [[String]] = []
        for p in programs {
            let total = run.kpis["cost_yuan_\(p)"]
            let budget = run.budget(p).values.reduce(0, +)
            rows.append([ReportTerms.program(p, lang)] + years.map { y in byYear?[p]?[y].map(ReportNumbers.wan) ?? "—" }
                        + [ReportNumbers.spread(total) { ReportNumbers.wan($0) }, ReportNumbers.wan(budget),
                           budget > 0 ? ReportNumbers.percent((total?.p50 ?? 0) / budget, 0) : "—"])
        }
        let total = run.kpis["cost_yuan_total"]
        rows.append([lang.term("合计", "total")] + years.map { y in ReportNumbers.wan(programs.reduce(0) { $0 + (byYear?[$1]?[y] ?? 0) }) }
                    + [ReportNumbers.spread(total) { ReportNumbers.wan($0) }, ReportNumbers.wan(programs.reduce(0) { $0 + run.budget($1).values.reduce(0, +) }), ""])
        var b = "<h3>" + lang.term("分项目投入（万元）", "cost by program, 10,000 yuan") + "</h3>"
        b += HTML.table(id: "program-cost-table" + idSuffix, header: [lang.term("项目", "program")] + years.map(String.init)
                        + [lang.term("全期支出", "spent, all years"), lang.term("全期预算", "budget, all years"), lang.term("支出/预算", "spent / budget")],
                        rows: rows, numeric: Set(1...(years.count + 3)))
        if byYear == nil {
            b += HTML.paragraph(lang.t("本运行目录没有 targets.csv：逐年分项目支出不在运行文件中，表中为 summary.json 的全期支出（cost_yuan_<项目>）与情景预算之比。",
                                       "This run folder has no targets.csv: the yearly spending by program is not in the run's files, so the table gives the whole-period spending of summary.json (cost_yuan_<program>) against the scenario's budgets."), cssClass: "note")
        }
        return b
    }

    // MARK: charts

    static let programColors = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#ad494a"]

    func series(_ column: String, name: String, color: String, scale: Double = 1, from: Int = 0) -> ChartSeries {
        func col(_ c: String) -> [Double?]? {
            guard let v = run.county[c] else { return nil }
            return v.enumerated().map { $0.offset < from ? nil : $0.element * scale }
        }
        let values = col(column) ?? []
        return ChartSeries(name: name, values: values, low: ensemble ? col(column + "_p10") : nil, high: ensemble ? col(column + "_p90") : nil, color: color)
    }

    /// The charts (ids `chart-poor-persons`, `chart-incidence`, `chart-lifted-out`,
    /// `chart-cost-by-program`, `chart-villages-exited`) as inline SVG figures.
    public func charts() -> [ReportFigure] {
        let years = run.years.map(String.init)
        var out: [ReportFigure] = []
        let poor = LineChart(frame: ChartFrame(id: "chart-poor-persons", title: lang.t("贫困人口 Poor persons", "Poor persons 贫困人口"), categories: years,
                                               yLabel: lang.t("人 persons", "persons 人")),
                             series: [series("poor_persons", name: lang.t("贫困人口 P50", "poor persons P50"), color: "#c0392b")])
        out.append(figure(poor.render(), caption: lang.t("贫困人口（P50，阴影为 P10–P90）", "Poor persons (P50, shaded P10–P90)")))
        let inc = LineChart(frame: ChartFrame(id: "chart-incidence", title: lang.t("贫困发生率 Poverty incidence", "Poverty incidence 贫困发生率"), categories: years,
                                              yLabel: "%", yDecimals: 1,
                                              referenceLines: [ChartReferenceLine(value: run.countyThreshold * 100, label: lang.t("县摘帽标准 \(ReportNumbers.percent(run.countyThreshold, 1))", "county exit threshold \(ReportNumbers.percent(run.countyThreshold, 1))"), color: "#1e7b34")]),
                            series: [series("incidence", name: lang.t("贫困发生率 P50", "incidence P50"), color: "#8e44ad", scale: 100)])
        out.append(figure(inc.render(), caption: lang.t("贫困发生率与 \(ReportNumbers.percent(run.countyThreshold, 1)) 标准", "Incidence against the \(ReportNumbers.percent(run.countyThreshold, 1)) line")))
        let sim = Array(run.years.indices.dropFirst())
        let lifted = BarChart(frame: ChartFrame(id: "chart-lifted-out", title: lang.t("当年脱贫人口 Lifted out per year", "Lifted out per year 当年脱贫人口"),
                                                categories: sim.map { years[$0] }, yLabel: lang.t("人 persons", "persons 人")),
                              series: [pick(series("lifted_out", name: lang.t("当年脱贫", "lifted out"), color: "#2e86c1"), sim)])
        out.append(figure(lifted.render(), caption: lang.t("当年脱贫人口（须线为 P10–P90）", "Persons lifted out each year (whiskers P10–P90)")))
        out.append(costChart())
        let target = Double(run.profile.poverty.poorVillages)
        let exited = BarChart(frame: ChartFrame(id: "chart-villages-exited", title: lang.t("累计退出贫困村 Villages exited", "Villages exited 累计退出贫困村"),
                                                categories: years, yLabel: lang.t("村 villages", "villages 村"),
                                                referenceLines: [ChartReferenceLine(value: target, label: lang.t("规划目标：\(run.targetYear) 年 \(Int(target)) 个全部退出", "plan: all \(Int(target)) by \(run.targetYear)"), color: "#c0392b")]),
                              series: [series("villages_exited_total", name: lang.t("累计退出", "exited"), color: "#16a085")])
        out.append(figure(exited.render(), caption: lang.t("累计退出贫困村与规划目标（县概况 \(Int(target)) 个贫困村，\(run.targetYear) 年为县概况 county_exit 目标年）",
                                                         "Villages exited against the plan (the profile's \(Int(target)) poor villages by \(run.targetYear), the year of its county_exit target)")))
        return out
    }

    func pick(_ s: ChartSeries, _ idx: [Int]) -> ChartSeries {
        ChartSeries(name: s.name, values: idx.map { s.values[safe: $0] ?? nil }, low: s.low.map { l in idx.map { l[safe: $0] ?? nil } },
                    high: s.high.map { h in idx.map { h[safe: $0] ?? nil } }, color: s.color)
    }

    /// Cost by program, stacked: per year when targets.csv gives the spending, else one
    /// bar of the whole period (summary.json).
    func costChart() -> ReportFigure {
        let programs = run.programs
        let colors = Self.programColors
        if let byYear = spentByYear() {
            let years = simulatedYears
            let s = programs.enumerated().map { k, p in
                ChartSeries(name: ReportTerms.programPlain(p, lang), values: years.map { y in byYear[p]?[y].map { $0 / 10_000 } }, color: colors[k % colors.count])
            }
            let c = StackedBarChart(frame: ChartFrame(id: "chart-cost-by-program", title: lang.t("分项目投入 Cost by program", "Cost by program 分项目投入"),
                                                      categories: years.map(String.init), yLabel: lang.t("万元", "10,000 yuan"), height: 360), series: s)
            return figure(c.render(), caption: lang.t("逐年分项目投入（万元，targets.csv）", "Spending by program and year (10,000 yuan, targets.csv)"))
        }
        let s = programs.enumerated().map { k, p in
            ChartSeries(name: ReportTerms.programPlain(p, lang), values: [run.kpis["cost_yuan_\(p)"].map { $0.p50 / 10_000 }, run.budget(p).values.reduce(0, +) / 10_000], color: colors[k % colors.count])
        }
        let c = StackedBarChart(frame: ChartFrame(id: "chart-cost-by-program", title: lang.t("分项目投入 Cost by program", "Cost by program 分项目投入"),
                                                  categories: [lang.t("全期支出 spent", "spent 全期支出"), lang.t("全期预算 budget", "budget 全期预算")],
                                                  yLabel: lang.t("万元", "10,000 yuan"), height: 380), series: s)
        return figure(c.render(), caption: lang.t("分项目全期支出（P50）与预算（万元）；本运行没有 targets.csv，无逐年分项目支出", "Whole-period spending by program (P50) against the budgets (10,000 yuan); the run has no targets.csv, so no yearly split"))
    }

    func figure(_ svg: SVGElement, caption: String) -> ReportFigure {
        ReportFigure(id: svg.attribute("id") ?? "chart", caption: caption, svg: SVGWriter.fragment(svg))
    }

    /// A `<figure>` of a chart or map.
    public static func figureHTML(_ f: ReportFigure) -> String {
        "<figure id=\"fig-\(HTML.escape(f.id))\"" + (f.id.hasPrefix("map") ? " class=\"map\"" : "") + ">" + f.svg + "<figcaption>" + HTML.escape(f.caption) + "</figcaption></figure>"
    }

    public func chartsSection() -> String {
        section("charts", "图表", "charts", "<div class=\"charts\">" + charts().map(Self.figureHTML).joined(separator: "\n") + "</div>")
    }

    // MARK: targets against achieved

    /// Targets against what was achieved, per program; a plain sentence for every target
    /// not reached and every budget that bound.
    public func targetsSection() -> String {
        section("targets", "目标与完成", "targets against achieved", targetsBody(idSuffix: ""))
    }

    /// The targets table (or the budgets derived) and the sentences, ids ending in `idSuffix`.
    public func targetsBody(idSuffix: String) -> String {
        var b = ""
        var sentences: [String] = []
        if let targets = run.targets {
            var rows: [[String]] = []
            for t in targets {
                let binding = ReportTerms.bindings[t.binding].map { lang.term($0.0, $0.1) } ?? HTML.escape(t.binding)
                rows.append([ReportTerms.program(t.program, lang), String(t.year), t.target.map { ReportNumbers.number($0, 0) } ?? "—",
                             t.achieved.map { ReportNumbers.number($0, 0) } ?? "—", HTML.escape(t.unit),
                             t.budgetYuan.map(ReportNumbers.wan) ?? "—", t.spentYuan.map(ReportNumbers.wan) ?? "—", binding, HTML.escape(t.note)])
                let name = ReportTerms.programPlain(t.program, lang)
                if let target = t.target, let achieved = t.achieved, achieved < target {
                    let why = ReportTerms.bindings[t.binding].map { lang.t($0.0, $0.1) } ?? t.binding
                    sentences.append(lang.t("\(t.year) 年\(name)目标 \(ReportNumbers.number(target)) \(t.unit)，实际 \(ReportNumbers.number(achieved))，未达到目标（\(why)）。",
                                            "\(t.year): \(name) reached \(ReportNumbers.number(achieved)) of its target \(ReportNumbers.number(target)) \(t.unit) (\(why))."))
                } else if t.binding == "budget" {
                    sentences.append(lang.t("\(t.year) 年\(name)预算用尽（支出 \(t.spentYuan.map(ReportNumbers.wan) ?? "—") 万元 / 预算 \(t.budgetYuan.map(ReportNumbers.wan) ?? "—") 万元）。",
                                            "\(t.year): \(name) spent its whole budget (\(t.spentYuan.map(ReportNumbers.wan) ?? "—") of \(t.budgetYuan.map(ReportNumbers.wan) ?? "—") × 10,000 yuan)."))
                }
            }
            b += HTML.table(id: "targets-table" + idSuffix, header: [lang.term("项目", "program"), lang.term("年份", "year"), lang.term("目标", "target"),
                                                          lang.term("实现", "achieved"), lang.term("单位", "unit"), lang.term("预算（万元）", "budget"),
                                                          lang.term("支出（万元）", "spent"), lang.term("约束", "binding"), lang.term("说明", "note")],
                            rows: rows, numeric: [1, 2, 3, 5, 6])
        } else {
            b += HTML.paragraph(lang.t("本运行目录没有 targets.csv（各项目逐年目标与完成情况）。以下由运行已有的文件推得：summary.json 的各项目全期支出与情景预算之比；情景中的数量目标列出以供核对，其完成数不在运行文件中。",
                                       "This run folder has no targets.csv (each program's targets and what it achieved per year). What follows is derived from what the run has: each program's whole-period spending (summary.json) against the scenario's budget; the scenario's numeric targets are listed, their achieved counts are not in the run's files."), cssClass: "warn")
            var rows: [[String]] = []
            for p in run.programs {
                let budget = run.budget(p).values.reduce(0, +)
                guard let spent = run.kpis["cost_yuan_\(p)"] else { continue }
                let share = budget > 0 ? spent.p50 / budget : 0
                let bound = budget > 0 && share >= 0.995
                rows.append([ReportTerms.program(p, lang), ReportNumbers.wan(budget), ReportNumbers.spread(spent) { ReportNumbers.wan($0) },
                             budget > 0 ? ReportNumbers.percent(share, 1) : "—",
                             bound ? "<span class=\"no\">" + lang.term("预算用尽", "budget spent") + "</span>" : lang.term("有结余", "money left")])
                if bound {
                    sentences.append(lang.t("\(ReportTerms.programPlain(p, lang))用尽了全部预算（\(ReportNumbers.wan(spent.p50)) / \(ReportNumbers.wan(budget)) 万元）：预算可能限制了该项目。",
                                            "\(ReportTerms.programPlain(p, lang)) spent its whole budget (\(ReportNumbers.wan(spent.p50)) of \(ReportNumbers.wan(budget)) × 10,000 yuan): the budget may have bound it."))
                }
            }
            b += HTML.table(id: "budget-use-table" + idSuffix, header: [lang.term("项目", "program"), lang.term("全期预算（万元）", "budget"), lang.term("全期支出（万元）", "spent"),
                                                             lang.term("支出/预算", "spent / budget"), lang.term("判断", "reading")], rows: rows, numeric: [1, 2, 3])
            let tourism = run.yearMap("programs.tourism.villages_by_year")
            if !tourism.isEmpty {
                b += HTML.paragraph(lang.t("情景的乡村旅游村目标（累计，programs.tourism.villages_by_year）：", "The scenario's tourism-village targets (cumulative, programs.tourism.villages_by_year): ")
                                    + tourism.keys.sorted().map { "\($0): \(ReportNumbers.number(tourism[$0]!))" }.joined(separator: ", ")
                                    + lang.t("；认定数不在运行文件中。", "; the villages designated are not in the run's files."), cssClass: "note")
            }
            if let r = run.kpis["relocated_persons"] {
                b += HTML.paragraph(lang.t("\(endYear) 年末居住在安置点的搬迁人口：\(ReportNumbers.number(r.p50)) 人（P50）。", "Persons living at a resettlement site at the end of \(endYear): \(ReportNumbers.number(r.p50)) (P50)."), cssClass: "note")
            }
        }
        if sentences.isEmpty {
            b += HTML.paragraph(lang.t("所有目标均已达到，没有预算约束。", "Every target was reached and no budget bound."))
        } else {
            b += "<ul class=\"findings\">" + sentences.map { "<li>" + HTML.escape($0) + "</li>" }.joined() + "</ul>"
        }
        return b
    }

    // MARK: calibration

    /// The calibration against the county's reported figures (only when the scenario
    /// asks for it with `calibration: true`).
    public func calibrationSection() -> String {
        guard run.scenario.calibration else {
            return section("calibration", "校准", "calibration", HTML.paragraph(lang.t("此情景未要求与报告值校准（calibration: false）。", "This scenario does not ask for a calibration against the reported figures (calibration: false).")))
        }
        return section("calibration", "与报告值校准", "calibration against reported figures", calibrationBody(idSuffix: ""))
    }

    /// The calibration table, its id ending in `idSuffix`.
    public func calibrationBody(idSuffix: String) -> String {
        var rows: [[String]] = []
        for c in run.calibration {
            let isShare = c.figure == "incidence" || c.figure == "income_growth"
            func f(_ v: Double) -> String { isShare ? ReportNumbers.percent(v) : ReportNumbers.number(v) }
            let simulated: String
            if c.figure == "county_exit" {
                simulated = c.shareOfRuns.map { lang.t("\(ReportNumbers.percent($0, 0)) 的运行达到", "\(ReportNumbers.percent($0, 0)) of runs meet it") } ?? "—"
            } else {
                simulated = ReportNumbers.spread(c.simulated, f)
            }
            rows.append([HTML.escape(c.id), String(c.year), c.figure == "county_exit" ? lang.term("达到标准", "meets the rule") : f(c.reported), simulated,
                         c.passes ? "<span class=\"yes\">" + lang.term("是", "yes") + "</span>" : "<span class=\"no\">" + lang.term("否", "NO") + "</span>",
                         HTML.escape(c.concept) + "<br/><span class=\"note\">" + HTML.escape(c.source) + "</span>"])
        }
        return HTML.table(id: "calibration-table" + idSuffix, header: [lang.term("目标", "target"), lang.term("年份", "year"), lang.term("报告值", "reported"),
                                                             lang.term("模拟值", "simulated"), lang.term("在容差内", "within tolerance"), lang.term("口径与出处", "concept and source")],
                           rows: rows, numeric: [1, 2, 3])
            + HTML.paragraph(lang.t("报告值与容差来自县概况 \(run.profile.file) 的 calibration 列表。", "Reported figures and tolerances from the calibration list of the county profile \(run.profile.file)."), cssClass: "note")
    }
}
