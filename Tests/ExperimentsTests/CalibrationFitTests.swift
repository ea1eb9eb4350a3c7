import Foundation
import Simulation
import Testing
@testable import Experiments
@testable import Planning

@Suite struct CalibrationFitTests {
    /// Targets made by the model at a known wage growth are fitted back to it.
    @Test func recoversKnownParameterFromItsOwnTargets() throws {
        let region = ExperimentFixtures.region(villages: 6)
        let factors = [Factor(name: "wages", path: "income_growth.by_source_fraction_per_year.local_wages", kind: .range(lower: 0.02, upper: 0.2))]
        let seeds = (0..<4).map { RandomStreams.runSeed(seed: 5, run: $0) }
        func ensemble(_ values: [Double]) throws -> [RunResult] {
            let sim = try ExperimentFixtures.simulation(region, factors, values)
            return seeds.map { sim.run(runSeed: $0) }
        }
        let truth = try ensemble([0.13])
        func target(_ id: String, _ figure: CalibrationFigure, _ year: Int) -> CalibrationTarget {
            let values = truth.compactMap { Calibration.value(figure, year: year, in: $0) }
            return CalibrationTarget(id: id, figure: figure, year: year, value: Quantiles(values).p50, concept: "model", source: "test",
                                     tolerance: .relative(0.002))
        }
        let targets = [target("income_2017", .incomePerCapita, 2017), target("income_2019", .incomePerCapita, 2019)]
        #expect(CalibrationFit.distance(targets, runs: truth) < 1e-12)
        #expect(CalibrationFit.distance(targets, runs: try ensemble([0.08])) > 1)
        let fit = try CalibrationFit.fit(factors: factors, start: [0.05], targets: targets, maximumEvaluations: 40, ensemble: ensemble)
        #expect(abs(fit.values[0] - 0.13) < 0.005, "fitted \(fit.values[0]) after \(fit.evaluations) evaluations")
        #expect(fit.distance < 1 && fit.evaluations <= 40)
    }

    @Test func nelderMeadFindsMinimumInsideBounds() {
        // Rosenbrock-like valley with its minimum at (0.3, 0.7) of the unit box, and one outside it.
        let r = NelderMead.minimize(start: [0.9, 0.1], tolerance: 1e-12, maximumEvaluations: 600) { x in
            pow(x[0] - 0.3, 2) + 10 * pow(x[1] - x[0] - 0.4, 2)
        }
        #expect(abs(r.x[0] - 0.3) < 1e-3 && abs(r.x[1] - 0.7) < 1e-3, "\(r.x)")
        let edge = NelderMead.minimize(start: [0.5], maximumEvaluations: 200) { x in pow(x[0] - 1.5, 2) }
        #expect(edge.x[0] <= 1 && edge.x[0] > 0.99)
    }
}
