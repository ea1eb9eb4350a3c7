import Cartography

/// How the run's per-village metrics (the columns `simulate` writes to villages.csv)
/// are shown on a map; any other numeric column is shown under its own name.
enum MapMetrics {
    /// The special theme of the first year each village exits.
    static let exitYear = "exit_year"
    /// The special theme of the relocation flows (flows.csv).
    static let flows = "flows"

    static let known: [String: MetricDisplay] = [
        "population": MetricDisplay(title: "人口 Population (persons)", decimals: 0, countUnit: "人"),
        "poor_persons": MetricDisplay(title: "贫困人口 Poor persons", decimals: 0, higherIsWorse: true, countUnit: "人"),
        "incidence": MetricDisplay(title: "贫困发生率 Poverty incidence (%)", decimals: 1, isFraction: true, higherIsWorse: true, referenceBreak: 3),
        "income_per_capita": MetricDisplay(title: "人均收入 Income per capita (yuan/person/yr)", decimals: 0),
        "exited": MetricDisplay(title: "已退出 Exited (1 = yes)", decimals: 0),
        "exit_year": MetricDisplay(title: "退出年份 Exit year", decimals: 0),
        "households": MetricDisplay(title: "户数 Households", decimals: 0, countUnit: "户"),
        "poor_households": MetricDisplay(title: "贫困户 Poor households", decimals: 0, higherIsWorse: true, countUnit: "户"),
    ]

    /// The display of `metric` (its own name, 2 decimals, when not a known one).
    static func display(_ metric: String) -> MetricDisplay { known[metric] ?? MetricDisplay(title: metric) }

    /// Titles by metric, as ``FigureSources`` names figures.
    static var titles: [String: (String, Int)] { known.mapValues { ($0.title, $0.decimals) } }
}
