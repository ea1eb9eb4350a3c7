import Foundation
@testable import Planning
import Testing
@testable import Simulation

/// Calibration targets as data (the county profile's `calibration` list), and the
/// baseline on the shipped geodata against them.
@Suite struct CalibrationTests {
    static let root = Fixtures.root

    /// The world and the first run of a shipped scenario on the real geodata.
    static func runShipped(_ file: String) throws -> (SimulationWorld, RunResult) {
        let dir = Self.root.appendingPathComponent("scenarios")
        let scenario = try ScenarioDecoder { name, _ in
            (try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8), name)
        }.decode(text: try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8), file: file)
        let region = try Region.load(geodataDirectory: Self.root.appendingPathComponent("geodata").path)
        let world = try SimulationWorld(region: region, scenario: scenario)
        return (world, SimulationRun(world: world).run(runSeed: RandomStreams.runSeed(seed: scenario.seed, run: 0)))
    }

    /// A run whose county figures are given year by year.
    static func run(_ years: [(year: Int, poor: Int, income: Double, meets: Bool)]) -> RunResult {
        var r = RunResult()
        for y in years {
            var c = CountyYear(year: y.year)
            c.population = 1000; c.poorPersons = y.poor; c.liftedOutPersons = y.poor
            c.incomeYuan = y.income * 1000; c.meetsCountyExitRule = y.meets
            r.years.append(y.year); r.county.append(c)
        }
        return r
    }

    static func target(_ figure: CalibrationFigure, _ year: Int, _ value: Double, _ tolerance: CalibrationTolerance) -> CalibrationTarget {
        CalibrationTarget(id: "t", figure: figure, year: year, value: value, concept: "c", source: "s", tolerance: tolerance)
    }

    @Test func aRelativeOrAbsoluteTargetPassesExactlyWithinItsToleranceOnTheP50() {
        let runs = [Self.run([(2015, 100, 1000, false), (2016, 104, 1100, false)])]
        let within = Calibration.evaluate([Self.target(.liftedOut, 2016, 100, .relative(0.05))], runs: runs)[0]
        #expect(within.passes && within.simulated?.p50 == 104)
        #expect(!Calibration.evaluate([Self.target(.liftedOut, 2016, 100, .relative(0.03))], runs: runs)[0].passes)
        // Income growth 1100 / 1000 − 1 = 10 %: within ±0.5 points of 9.7 %, not of 9.0 %.
        #expect(Calibration.evaluate([Self.target(.incomeGrowth, 2016, 0.097, .absolute(0.005))], runs: runs)[0].passes)
        #expect(!Calibration.evaluate([Self.target(.incomeGrowth, 2016, 0.090, .absolute(0.005))], runs: runs)[0].passes)
        // A year the runs do not simulate fails, with no simulated figure.
        let missing = Calibration.evaluate([Self.target(.liftedOut, 2018, 100, .relative(0.5))], runs: runs)[0]
        #expect(!missing.passes && missing.simulated == nil)
    }

    @Test func aCountyExitTargetPassesWhenEnoughRunsMeetTheRuleThatYear() {
        func runs(meeting k: Int) -> [RunResult] {
            (0..<5).map { i in Self.run([(2015, 100, 1000, false), (2018, 10, 1000, i < k), (2019, 10, 1000, true)]) }
        }
        let target = Self.target(.countyExit, 2018, 1, .shareOfRuns(0.8))
        let four = Calibration.evaluate([target], runs: runs(meeting: 4))[0]
        #expect(four.passes && four.shareOfRuns == 0.8)
        let three = Calibration.evaluate([target], runs: runs(meeting: 3))[0]
        #expect(!three.passes && three.shareOfRuns == 0.6)
    }

    @Test func aReportedFigureOfAnotherConceptIsShownBesideTheNearestSimulatedFigure() {
        let runs = [Self.run([(2015, 100, 1000, false), (2016, 90, 1234, false)])]
        let f = ReportedFigure(id: "cash", year: 2016, value: 8000, unit: "yuan per person", concept: "cash income", source: "s")
        let c = Calibration.compare([f], runs: runs)[0]
        #expect(c.nearest == .incomePerCapita && c.simulated?.p50 == 1234)
    }

    @Test func theBaselineMeetsTheProfilesTargetsOnItsFirstRun() throws {
        let (world, run) = try Self.runShipped("baseline.yaml")
        #expect(world.scenario.calibration)
        #expect(world.villages.filter(\.isPoorVillage).count == world.region.profile.poverty.poorVillages)
        for r in Calibration.evaluate(world.region.profile.calibration, runs: [run]) {
            #expect(r.passes, "\(r.target.id): reported \(r.target.value), simulated \(String(describing: r.simulated?.p50))")
        }
        #expect(run.county[0].poorPersons == world.region.profile.poverty.ruralPoorPersons)
    }

    /// The plan's outcome: the county meets 一低三有 on its 2018 figures (it was approved
    /// in April 2019 on them) with poor villages still to exit, as Guang'an's counties did
    /// (about 194 of the city's 820 poor villages exited after 2018, i.e. ≈ 76 % by 2018).
    /// Comes from the mechanisms (targeting, work teams, infrastructure budgets), not
    /// from any forced exit.
    @Test func theBaselineExitsTheCountyOnIts2018FiguresWithPoorVillagesStillToExit() throws {
        let (_, run) = try Self.runShipped("baseline.yaml")
        func county(_ year: Int) -> CountyYear { run.county[run.years.firstIndex(of: year)!] }
        let exited = county(2018).villagesExitedTotal
        #expect(exited >= 90 && exited < 152, "poor villages exited by 2018: \(exited)")
        #expect(county(2018).incidence < 0.03)
        #expect(county(2018).townshipsLacking.allSatisfy { $0 == 0 })
        #expect(run.countyExitYear == 2018, "county exit: \(String(describing: run.countyExitYear))")
    }

    @Test func thePolicyAlternativesDoNotCalibrate() throws {
        for file in ["tourism-push.yaml", "relocation-optimized.yaml"] {
            let dir = Self.root.appendingPathComponent("scenarios")
            let s = try ScenarioDecoder { name, _ in
                (try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8), name)
            }.decode(text: try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8), file: file)
            #expect(!s.calibration, "\(file)")
        }
    }
}
