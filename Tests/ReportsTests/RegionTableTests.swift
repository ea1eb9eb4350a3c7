import Foundation
import Testing
import Reports
@testable import Simulation

/// The region's totals are quantiles of per-run sums, never sums of the counties' quantiles;
/// counties exited count exit years; paired differences pair run with run.
@Suite struct RegionTableTests {
    /// A run of one county over 2015–2016: `poor` poor persons in 2016 out of 1,000, exit year `exit`.
    static func run(poor: Int, exit: Int?) -> RunResult {
        var r = RunResult()
        r.years = [2015, 2016]
        r.county = [CountyYear(year: 2015, population: 1000, poorPersons: 500),
                    CountyYear(year: 2016, population: 1000, poorPersons: poor, meetsCountyExitRule: exit == 2016)]
        r.countyExitYear = exit
        return r
    }

    /// Two counties whose runs are anti-correlated: every run's sum is 100, while the
    /// counties' own P10s add up to far less and their P90s to far more.
    static let region = RegionRuns(counties: [
        .init(code: "000001", name: "A", runs: [run(poor: 0, exit: 2016), run(poor: 50, exit: nil), run(poor: 100, exit: nil)]),
        .init(code: "000002", name: "B", runs: [run(poor: 100, exit: nil), run(poor: 50, exit: nil), run(poor: 0, exit: 2016)]),
    ])

    static func cell(_ table: Table<Int>, _ column: String, row: Int) -> String {
        guard let c = table.columns.first(where: { $0.name == column }) else { return "no column \(column)" }
        if case .number(let x, let d) = c.value(row) { return String(format: "%.\(d)f", x) }
        if case .integer(let n) = c.value(row) { return String(n) }
        return "?"
    }

    @Test func quantilesAreOfTheSumsRunByRun() {
        let t = RegionTable.table(Self.region)
        #expect(Self.cell(t, "poor_persons", row: 1) == "100")
        #expect(Self.cell(t, "poor_persons_p10", row: 1) == "100", "the sum of the P10s would be 20")
        #expect(Self.cell(t, "poor_persons_p90", row: 1) == "100", "the sum of the P90s would be 180")
        #expect(Self.cell(t, "incidence", row: 1) == "0.050000")
        #expect(Self.cell(t, "population", row: 0) == "2000" && Self.cell(t, "counties", row: 0) == "2")
    }

    @Test func countiesExitedCountEachRunsExitYears() {
        // Runs 0 and 2 have one county exited in 2016, run 1 none: P50 1, P10 0.2 → "0", P90 1.
        let t = RegionTable.table(Self.region)
        #expect(Self.cell(t, "counties_exited_total", row: 0) == "0")
        #expect(Self.cell(t, "counties_exited_total", row: 1) == "1")
        #expect(Self.cell(t, "counties_meeting_exit_rule_p90", row: 1) == "1")
        let byRun = RegionTable.byRun(Self.region)
        let exited = byRun.columns.first { $0.name == "counties_exited_total" }!
        #expect(byRun.rows.map { row -> Double in if case .number(let x, _) = exited.value(row) { return x } else { return -1 } } == [0, 1, 0, 0, 0, 1])
    }

    @Test func pairedDifferencesAreRunMinusTheReferencesRun() {
        let other = RegionRuns(counties: Self.region.counties.map { c in
            .init(code: c.code, name: c.name, runs: c.runs.enumerated().map { r, run in Self.run(poor: run.county[1].poorPersons + r * 10, exit: run.countyExitYear) })
        })
        let t = RegionComparisonTable.table(strategies: ["a", "b"], regions: [Self.region, other])
        let diff = t.columns.first { $0.name == "poor_persons_diff_p90" }!
        // Run r of b adds 2 × 10r persons: differences 0, 20, 40 → P90 36.
        if case .number(let x, _) = diff.value((strategy: 1, year: 1)) { #expect(abs(x - 36) < 1e-9) } else { Issue.record("not a number") }
        if case .number(let x, _) = diff.value((strategy: 0, year: 1)) { #expect(x == 0) } else { Issue.record("not a number") }
    }

    @Test func theSummaryNamesEveryCountyAndAllCountiesExitedYear() {
        let header = RegionSummaryJSON.Header(name: "区", nameEn: "R", file: "r.yaml", strategy: "a", seed: 1, countySeeds: [2, 3], scenarios: ["a.yaml", "b.yaml"])
        let json = RegionSummaryJSON.render(Self.region, header: header)
        #expect(json.contains("\"code\": \"000002\"") && json.contains("\"seed\": 3"))
        // No run has both counties exited: null at every quantile.
        #expect(json.contains("\"all_counties_exited_year\": {\"p10\": null, \"p50\": null, \"p90\": null}"), "\(json)")
    }
}
