import ArgumentParser
import Reports

/// `benkang calibrate`: the county profile's calibration targets beside the simulated figures.
struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Compare a scenario's simulated figures with the county profile's calibration targets.",
        discussion: """
        Prints every target of the county profile's `calibration` list (GEODATA/county.yaml: \
        id, figure, year, reported figure, tolerance, concept and source) beside the \
        simulated P50 and P10–P90 over the runs; for `county_exit`, the share of runs in \
        which the county meets its exit rule on that year's year-end figures, against the \
        required share. Then the profile's `reported_figures` (other concepts) beside the \
        nearest simulated figure; they are not calibrated to. Exit status 0 when every \
        target is met, 1 when any is not, 65 for bad input.

        Example:
          benkang calibrate scenarios/baseline.yaml --runs 30
        """)

    @OptionGroup var options: SimulationOptions

    func run() throws {
        let (world, results, _) = try ScenarioInput.reporting { try options.simulate() }
        print(CalibrationReport.render(results, world: world), terminator: "")
        if !CalibrationReport.passes(results, world: world) {
            printError("calibration: at least one target is not met")
            throw ExitCode.failure
        }
    }
}
