import Planning

/// The whole report of a run or a comparison, assembled from its sections.
public enum ReportDocuments {
    /// The maps section of `maps` (inline SVG made by the caller).
    static func mapsSection(_ maps: [ReportFigure], lang: ReportLanguage, note: String? = nil) -> String {
        var b = maps.map(RunReportSections.figureHTML).joined(separator: "\n")
        if maps.isEmpty { b = HTML.paragraph(lang.t("未生成地图。", "No maps were drawn.")) }
        if let note { b += HTML.paragraph(note, cssClass: "note") }
        return "<section id=\"maps\"><h2>" + lang.term("地图", "maps") + "</h2>\n" + b + "</section>"
    }

    static func contents(_ items: [(String, String, String)], lang: ReportLanguage) -> String {
        "<nav><ul class=\"toc\">" + items.map { "<li><a href=\"#\($0.0)\">" + lang.term($0.1, $0.2) + "</a></li>" }.joined() + "</ul></nav>"
    }

    /// The report of one run: scenario and assumptions, county table, charts, maps,
    /// targets against achieved, calibration.
    public static func run(_ run: RunReportData, maps: [ReportFigure], language lang: ReportLanguage) -> HTMLDocument {
        let s = RunReportSections(run: run, language: lang)
        let county = run.profile.county.nameZh
        let title = lang.t("\(county)脱贫攻坚情景报告：\(run.name)", "\(run.profile.county.nameEn) poverty-alleviation scenario report: \(run.name)")
        let subtitle = lang.term("模拟情景", "simulated scenario") + " · " + HTML.escape("\(run.years.first ?? 0)–\(run.years.last ?? 0)") + " · "
            + HTML.escape(lang.t("\(run.runs) 次运行，种子 \(run.seed)", "\(run.runs) runs, seed \(run.seed)")) + " · "
            + HTML.escape(lang.t("所有 \(run.profile.years.base + 1) 年以后的数字为模型推算", "every figure after \(run.profile.years.base) is modelled"))
        let toc = contents([("scenario", "情景与假设", "scenario and assumptions"), ("county", "全县逐年结果", "county figures by year"),
                            ("charts", "图表", "charts"), ("maps", "地图", "maps"), ("targets", "目标与完成", "targets against achieved"),
                            ("calibration", "校准", "calibration")], lang: lang)
        return HTMLDocument(title: title, subtitle: subtitle, language: lang, sections: [
            toc, s.assumptions(), s.countyTable(), s.chartsSection(), mapsSection(maps, lang: lang), s.targetsSection(), s.calibrationSection(),
        ])
    }
}

extension ReportDocuments {
    /// The report of a comparison: the scenarios, the ranking, the paired differences,
    /// charts, maps, and each strategy's figures, targets and calibration.
    public static func comparison(_ data: ComparisonReportData, maps: [ReportFigure], mapsNote: String?, language lang: ReportLanguage) -> HTMLDocument {
        let s = ComparisonReportSections(data: data, language: lang)
        let ref = data.runs[0]
        let title = lang.t("\(ref.profile.county.nameZh)脱贫攻坚策略比较报告", "\(ref.profile.county.nameEn) poverty-alleviation strategies compared")
        let subtitle = lang.term("策略比较", "comparison") + " · " + HTML.escape(data.scenarios.joined(separator: " · ")) + " · "
            + HTML.escape(lang.t("每个情景 \(data.runCount) 次运行，种子 \(data.seed)", "\(data.runCount) runs each, seed \(data.seed)"))
        let toc = contents([("scenarios", "比较的情景", "scenarios compared"), ("ranking", "策略排序", "strategies ranked"),
                            ("differences", "配对差值", "paired differences"), ("charts", "图表", "charts"), ("maps", "地图", "maps"),
                            ("strategies", "各情景结果、目标与校准", "each strategy")], lang: lang)
        return HTMLDocument(title: title, subtitle: subtitle, language: lang, sections: [
            toc, s.scenarios(), s.ranking(), s.differences(), s.chartsSection(), mapsSection(maps, lang: lang, note: mapsNote), s.perStrategy(),
        ])
    }
}
