import Planning
import Simulation

/// A figure over the runs of an ensemble: P10, P50 and P90 (all three the value for one
/// run). +∞ stands for "not by the end year" in year figures.
public struct Spread: Sendable, Hashable {
    public var p10: Double, p50: Double, p90: Double
    public init(p10: Double, p50: Double, p90: Double) { self.p10 = p10; self.p50 = p50; self.p90 = p90 }
    public init(_ v: Double) { self.init(p10: v, p50: v, p90: v) }
    /// True when P10 and P90 differ (worth showing a range).
    public var isRange: Bool { p10 != p90 }
}

/// One row of a run's `targets.csv`: a program's target and what it achieved in a year,
/// its budget and spending, and what bound it.
public struct ProgramTarget: Sendable, Hashable {
    public var program: String
    public var year: Int
    public var target: Double?
    public var achieved: Double?
    public var unit: String
    public var budgetYuan: Double?
    public var spentYuan: Double?
    /// `budget`, `capacity`, `eligible_pool` or `none`.
    public var binding: String
    /// The run's own sentence (Chinese), may be empty.
    public var note: String
    public init(program: String, year: Int, target: Double?, achieved: Double?, unit: String,
                budgetYuan: Double?, spentYuan: Double?, binding: String, note: String) {
        self.program = program; self.year = year; self.target = target; self.achieved = achieved; self.unit = unit
        self.budgetYuan = budgetYuan; self.spentYuan = spentYuan; self.binding = binding; self.note = note
    }
}

/// One calibration target of the county profile against the run's simulated figure, as
/// `summary.json` records it, with the profile's concept and source.
public struct CalibrationLine: Sendable, Hashable {
    public var id: String
    public var figure: String
    public var year: Int
    public var reported: Double
    public var simulated: Spread?
    public var shareOfRuns: Double?
    public var passes: Bool
    public var concept: String
    public var source: String
    public init(id: String, figure: String, year: Int, reported: Double, simulated: Spread?, shareOfRuns: Double?,
                passes: Bool, concept: String, source: String) {
        self.id = id; self.figure = figure; self.year = year; self.reported = reported; self.simulated = simulated
        self.shareOfRuns = shareOfRuns; self.passes = passes; self.concept = concept; self.source = source
    }
}

/// A map or other finished SVG figure for the report: its id (unique in the document),
/// caption and the inline `<svg>` text.
public struct ReportFigure: Sendable, Hashable {
    public var id: String
    public var caption: String
    public var svg: String
    public init(id: String, caption: String, svg: String) { self.id = id; self.caption = caption; self.svg = svg }
}

/// Everything the report shows of one simulated scenario, read back from its run folder
/// (`county.csv`, `summary.json`, `scenario.resolved.yaml`, `villages.csv`, and
/// `targets.csv` when the run has one) and the geodata's county profile.
public struct RunReportData: Sendable {
    /// The scenario's `name`.
    public var name: String
    /// The run folder as given on the command line.
    public var folder: String
    public var scenario: Scenario
    /// Keys of `scenario.resolved.yaml` marked `# default` (not set by any file), and all keys.
    public var defaultKeyCount: Int
    public var keyCount: Int
    public var seed: UInt64
    public var runs: Int
    /// The rows of `county.csv`, in order.
    public var years: [Int]
    /// `county.csv` columns by name, one value per row (P50 of an ensemble; `_p10`, `_p90` beside).
    public var county: [String: [Double]]
    /// `summary.json` `kpis`.
    public var kpis: [String: Spread]
    public var calibration: [CalibrationLine]
    /// `targets.csv`, nil when the run has none.
    public var targets: [ProgramTarget]?
    /// Poor villages (贫困村) of the run (`villages.csv` `poor_village`).
    public var poorVillages: Int
    /// The county profile.
    public var profile: CountyProfile
    /// Where the base-year village figures come from (the map pipeline's source note).
    public var figureSourcesNote: String

    public init(name: String, folder: String, scenario: Scenario, defaultKeyCount: Int, keyCount: Int, seed: UInt64, runs: Int,
                years: [Int], county: [String: [Double]], kpis: [String: Spread], calibration: [CalibrationLine],
                targets: [ProgramTarget]?, poorVillages: Int, profile: CountyProfile, figureSourcesNote: String) {
        self.name = name; self.folder = folder; self.scenario = scenario; self.defaultKeyCount = defaultKeyCount
        self.keyCount = keyCount; self.seed = seed; self.runs = runs; self.years = years; self.county = county
        self.kpis = kpis; self.calibration = calibration; self.targets = targets; self.poorVillages = poorVillages
        self.profile = profile; self.figureSourcesNote = figureSourcesNote
    }

    /// The county's exit threshold that applied (the scenario's what-if value, else the profile's).
    public var countyThreshold: Double { scenario.parameters.exitRules.countyIncidenceBelowFraction ?? profile.exitRules.countyIncidenceBelow }
    public var countyThresholdFromScenario: Bool { scenario.parameters.exitRules.countyIncidenceBelowFraction != nil }
    public var villageThreshold: Double { scenario.parameters.exitRules.villageIncidenceBelowFraction ?? profile.exitRules.villageIncidenceBelow }

    /// The year the plan wants every poor village out: the year of the profile's
    /// `county_exit` calibration target, else the end year.
    public var targetYear: Int { profile.calibration.first { $0.figure == .countyExit }?.year ?? profile.years.end }

    /// The programs that spent or had a budget, sorted by name (`cost_yuan_<program>` in `kpis`).
    public var programs: [String] {
        kpis.keys.filter { $0.hasPrefix("cost_yuan_") && $0 != "cost_yuan_total" && $0 != "cost_yuan_per_person_lifted_out" }
            .map { String($0.dropFirst("cost_yuan_".count)) }.sorted()
    }

    /// The program's budget by year (`programs.<p>.budget_yuan_by_year` of the resolved scenario).
    public func budget(_ program: String) -> [Int: Double] {
        guard let entries = scenario.values["programs.\(program).budget_yuan_by_year"]?.mapValue else { return [:] }
        var out: [Int: Double] = [:]
        for e in entries { if let y = Int(e.key), let v = e.value.doubleValue { out[y] = v } }
        return out
    }

    /// A year map of the resolved scenario (e.g. `programs.tourism.villages_by_year`).
    public func yearMap(_ path: String) -> [Int: Double] {
        guard let entries = scenario.values[path]?.mapValue else { return [:] }
        var out: [Int: Double] = [:]
        for e in entries { if let y = Int(e.key), let v = e.value.doubleValue { out[y] = v } }
        return out
    }

    /// Column `name` of county.csv at row `i` with its P10/P90 when an ensemble.
    public func spread(_ name: String, _ i: Int) -> Spread? {
        guard let v = county[name]?[safe: i] else { return nil }
        guard let lo = county[name + "_p10"]?[safe: i], let hi = county[name + "_p90"]?[safe: i] else { return Spread(v) }
        return Spread(p10: lo, p50: v, p90: hi)
    }
}

/// One key figure of a comparison (`comparison.json`): its direction, each scenario's
/// value and the paired difference from the reference.
public struct ComparisonFigure: Sendable, Hashable {
    public var name: String
    /// `lower`, `higher` or `neither`.
    public var better: String
    /// Per scenario (in the comparison's order).
    public var values: [Spread]
    /// Per scenario; nil for the reference.
    public var differences: [Spread?]
    public init(name: String, better: String, values: [Spread], differences: [Spread?]) {
        self.name = name; self.better = better; self.values = values; self.differences = differences
    }
}

/// A comparison folder read back: the scenarios' runs, the key figures, and, when the
/// folder has `key-figures-by-run.csv`, every run's figures (for the share of runs each wins).
public struct ComparisonReportData: Sendable {
    public var folder: String
    /// Scenario column names, the first is the reference.
    public var scenarios: [String]
    public var runs: [RunReportData]
    public var figures: [ComparisonFigure]
    public var runCount: Int
    public var seed: UInt64
    /// `byRun[s][figure]` = the run-by-run values of scenario s; nil without the file.
    public var byRun: [[String: [Double]]]?
    /// The figures to rank on (names of key figures).
    public var rankFigures: [String]

    public init(folder: String, scenarios: [String], runs: [RunReportData], figures: [ComparisonFigure], runCount: Int,
                seed: UInt64, byRun: [[String: [Double]]]?, rankFigures: [String]) {
        self.folder = folder; self.scenarios = scenarios; self.runs = runs; self.figures = figures; self.runCount = runCount
        self.seed = seed; self.byRun = byRun; self.rankFigures = rankFigures
    }

    /// The default figures a planner ranks strategies on.
    public static let defaultRankFigures = ["poor_persons_2018", "county_exit_year", "cost_yuan_per_person_lifted_out", "hazard_zone_persons_2020"]
}

extension Array {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
