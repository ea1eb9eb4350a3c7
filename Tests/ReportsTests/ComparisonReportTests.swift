import Testing
import Reports
import Simulation

@Suite struct ComparisonReportTests {
    @Test func everyFormatShowsEveryScenarioAndTheDifference() {
        let one = [KeyFigure("distance_moved_km_mean", 1.5, .lower), KeyFigure("own_township_share", 0.25, .higher)]
        let two = [KeyFigure("distance_moved_km_mean", 4, .lower), KeyFigure("own_township_share", 0.5, .higher)]
        let c = ScenarioComparison(scenarios: ["none", "towns"], runs: [[one], [two]], seed: 1)
        let csv = ComparisonReport.render(c, format: .csv)
        #expect(csv == "key_figure,none,towns,diff towns\ndistance_moved_km_mean,1.50,4.00,2.50\nown_township_share,0.250,0.500,0.250\n")
        let md = ComparisonReport.render(c, format: .markdown)
        #expect(md.hasPrefix("| key_figure | none | towns | diff towns |\n| --- | ---: | ---: | ---: |\n"))
        let json = ComparisonReport.render(c, format: .json)
        #expect(json.contains("\"values\": {\"none\": 1.50, \"towns\": 4.00}"))
        #expect(json.contains("\"diff\": {\"towns\": 2.50}"))
        let table = ComparisonReport.render(c, format: .table)
        // The narrow table: figures as rows, the difference below each.
        #expect(table.hasPrefix("key figure 关键指标      none   towns\ndistance_moved_km_mean   1.50    4.00\n  差值 diff                     +2.50\n"), "\(table)")
    }

    @Test func anEnsembleHasAStatColumnAndSharesOfRunsBetter() {
        func run(_ poor: Double) -> [KeyFigure] { [KeyFigure("poor_persons_2020", poor, .lower)] }
        let c = ScenarioComparison(scenarios: ["a", "b"], runs: [[run(10), run(20), run(30)], [run(9), run(21), run(25)]], seed: 1)
        let table = ComparisonReport.table(c)
        #expect(table.columns.map(\.name) == ["key_figure", "stat", "a", "b", "diff b"])
        let csv = ComparisonReport.render(c, format: .csv)
        #expect(csv.contains("poor_persons_2020,p50,20,21,-1\n"), "\(csv)")
        #expect(csv.contains("share_of_runs_better poor_persons_2020,b beats a,0.667,,\n"), "\(csv)")
        let json = ComparisonReport.render(c, format: .json)
        #expect(json.contains("\"share_of_runs_better\": {\"a beats b\": 0.333, \"b beats a\": 0.667}"), "\(json)")
    }

    @Test func aScenarioComparedWithItselfDiffersByZeroInEveryStatistic() {
        let runs = [[KeyFigure("relocated_persons", 3, .neither)], [KeyFigure("relocated_persons", 5, .neither)]]
        let c = ScenarioComparison(scenarios: ["a", "a (2)"], runs: [runs, runs], seed: 4)
        let json = ComparisonReport.render(c, format: .json)
        #expect(json.contains("\"diff\": {\"a (2)\": {\"p10\": 0, \"p50\": 0, \"p90\": 0}}"), "\(json)")
    }

    func comparison(_ a: [Int?], _ b: [Int?]) -> ScenarioComparison {
        func figures(_ years: [Int?]) -> [[KeyFigure]] { years.map { [KeyFigure("county_exit_year", Quantiles.year($0), .lower)] } }
        return ScenarioComparison(scenarios: ["a", "b"], runs: [figures(a), figures(b)], seed: 1, endYear: 2020)
    }

    @Test func noExitAtP50IsWrittenAsNotByTheEndYearAndNullInJSON() {
        let c = comparison([2019, nil], [2019, 2018])
        let table = ComparisonReport.render(c, format: .csv)
        #expect(table.contains("county_exit_year,p50,not by 2020,2019"), "\(table)")
        #expect(!table.contains("1009"), "no mean of a year and 0")
        let json = ComparisonReport.render(c, format: .json)
        #expect(json.contains("\"a\": {\"p10\": 2019, \"p50\": null, \"p90\": null}"), "\(json)")
    }

    @Test func aSingleRunDiffNeverSubtractsAPlaceholderYear() {
        let one = comparison([nil], [2019])
        let csv = ComparisonReport.render(one, format: .csv)
        #expect(csv.contains("county_exit_year,not by 2020,2019,n/a"), "\(csv)")
        #expect(ComparisonReport.render(one, format: .json).contains("\"diff\": {\"b\": null}"))
    }
}
