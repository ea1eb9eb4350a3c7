import ArgumentParser
import Simulation

/// `benkang calibrate`: the brief's reported figures beside the simulated ones.
struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Compare a scenario's simulated 2015–2016 figures with the brief's reported ones.",
        discussion: """
        Prints each reported figure (2015: 64,900 rural poor, 9.5 %; 2016: 16,301 lifted \
        out, income 8,096 yuan per person, +15.3 %) beside the simulated one (P50 over the \
        runs) and its deviation. Exit status 0 when every figure is within its tolerance \
        (2015 rural poor ±0.1 %, incidence ±1 %; 2016 lifted out and income ±5 %; the \
        growth ±20 % of +15.3 %, i.e. +12.2 to +18.4 %), 1 when any is outside, 65 for \
        bad input.

        Example:
          benkang calibrate scenarios/baseline.yaml --runs 20
        """)

    @OptionGroup var options: SimulationOptions

    func run() throws {
        let results: [RunResult] = try ScenarioInput.reporting { try options.simulate().1 }
        print(CountyReport.calibration(results), terminator: "")
        if CalibrationCheck.brief2016(results).contains(where: { !$0.passes }) {
            printError("calibration: at least one figure is outside its tolerance")
            throw ExitCode.failure
        }
    }
}
