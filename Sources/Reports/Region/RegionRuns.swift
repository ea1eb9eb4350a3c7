import Simulation

/// The runs of every county of a region under one strategy, seen as one region: each
/// figure is computed per run (run r of every county added up), and only then summarised
/// over the runs, so a region's P10/P50/P90 are quantiles of sums, never sums of quantiles.
public struct RegionRuns: Sendable {
    /// One county: its code, name, and its runs (run r is `runs[r]`).
    public struct County: Sendable {
        public var code: String
        public var name: String
        public var runs: [RunResult]
        public init(code: String, name: String, runs: [RunResult]) { self.code = code; self.name = name; self.runs = runs }
    }

    public let counties: [County]
    /// The years of the rows (the base year first), shared by every county.
    public let years: [Int]
    public var runCount: Int { counties[0].runs.count }

    /// - Precondition: at least one county, every county with the same (non-zero) number
    ///   of runs and the same years (`RegionFile.load` checks the years).
    public init(counties: [County]) {
        precondition(!counties.isEmpty && !counties[0].runs.isEmpty)
        precondition(counties.allSatisfy { $0.runs.count == counties[0].runs.count })
        self.counties = counties
        self.years = counties[0].runs[0].years
    }

    /// One figure of the region: its column name, Chinese label, unit, decimals, and
    /// its value in run r, year index y.
    public struct Figure: Sendable {
        public var name: String
        public var label: String
        public var unit: String
        public var decimals: Int
        public var value: @Sendable (RegionRuns, _ run: Int, _ year: Int) -> Double
    }

    /// The sum over the counties of `f` of run `run`, year index `year`.
    public func sum(_ run: Int, _ year: Int, _ f: (CountyYear) -> Double) -> Double {
        counties.reduce(0) { $0 + f($1.runs[run].county[year]) }
    }

    /// The counties whose exit year (the first year meeting the exit rule) is at or
    /// before `years[year]`, in run `run`.
    public func countiesExited(_ run: Int, _ year: Int) -> Int {
        counties.filter { c in c.runs[run].countyExitYear.map { $0 <= years[year] } ?? false }.count
    }

    /// The region's figures, in column order (docs/regions.md).
    public static let figures: [Figure] = [
        Figure(name: "population", label: "人口(人)", unit: "persons", decimals: 0) { r, run, y in r.sum(run, y) { Double($0.population) } },
        Figure(name: "poor_persons", label: "贫困人口(人)", unit: "persons", decimals: 0) { r, run, y in r.sum(run, y) { Double($0.poorPersons) } },
        Figure(name: "poor_households", label: "贫困户(户)", unit: "households", decimals: 0) { r, run, y in r.sum(run, y) { Double($0.poorHouseholds) } },
        Figure(name: "incidence", label: "贫困发生率", unit: "fraction", decimals: 6) { r, run, y in
            let population = r.sum(run, y) { Double($0.population) }
            return population > 0 ? r.sum(run, y) { Double($0.poorPersons) } / population : 0
        },
        Figure(name: "lifted_out", label: "当年脱贫人口(人)", unit: "persons", decimals: 0) { r, run, y in r.sum(run, y) { Double($0.liftedOutPersons) } },
        Figure(name: "cost_yuan", label: "当年投入(元)", unit: "yuan", decimals: 0) { r, run, y in r.sum(run, y) { $0.costYuan } },
        Figure(name: "counties_meeting_exit_rule", label: "当年达到摘帽标准的县数", unit: "counties", decimals: 0) { r, run, y in
            Double(r.counties.filter { $0.runs[run].county[y].meetsCountyExitRule }.count)
        },
        Figure(name: "counties_exited_total", label: "累计摘帽县数", unit: "counties", decimals: 0) { r, run, y in
            Double(r.countiesExited(run, y))
        },
    ]

    /// `figure` in every run, year index `year`, in run order.
    public func values(_ figure: Figure, year: Int) -> [Double] {
        (0..<runCount).map { figure.value(self, $0, year) }
    }
}
