import ArgumentParser
import Foundation
import Simulation

/// `benkang scenario`: look at scenario files without running them.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Show a scenario resolved, or the keys two scenarios differ in.",
        subcommands: [ScenarioShowCommand.self, ScenarioDiffCommand.self])
}

/// `benkang scenario show A.yaml`: the resolved scenario (as `scenario.resolved.yaml`).
struct ScenarioShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the scenario resolved: every key with its value after `extends`, --set/--scale and defaults.",
        discussion: """
        Prints what simulate writes as scenario.resolved.yaml (without the county \
        profile's exit-threshold notes, which need the geodata): every key in schema order, \
        "# default" on values no file set, "# command line: …" on values --set or --scale \
        gave. Exit status 0, or 65 with every problem of the scenario listed.

        Examples:
          benkang scenario show scenarios/tourism-push.yaml
          benkang scenario show scenarios/baseline.yaml --scale programs.relocation.budget_yuan_by_year=0.7
        """)

    @Argument(help: "The scenario file (YAML).")
    var scenario: String

    @OptionGroup var overrides: ScenarioOverrideOptions

    func run() throws {
        try ScenarioInput.reporting {
            print(ScenarioYAML.render(try ScenarioInput.scenario(at: scenario, overrides: overrides)), terminator: "")
        }
    }
}

/// `benkang scenario diff A.yaml B.yaml`: the keys whose resolved values differ.
struct ScenarioDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "List the keys two scenarios differ in after `extends` and defaults, with both values.",
        discussion: """
        Compares the resolved scenarios key by key (map entries one by one, e.g. \
        programs.tourism.villages_by_year.2017; lists as a whole) and prints one line per \
        key that differs: the key path, A's value and B's value, each with where it was \
        set (file:line, or "default"). Exit status 0 whether or not they differ (the count \
        is printed last), 65 for a bad scenario.

        Example:
          benkang scenario diff scenarios/baseline.yaml scenarios/tourism-push.yaml
        """)

    @Argument(help: "The first scenario file (YAML).")
    var a: String

    @Argument(help: "The second scenario file (YAML).")
    var b: String

    func run() throws {
        try ScenarioInput.reporting {
            let first = try ScenarioInput.scenario(at: a), second = try ScenarioInput.scenario(at: b)
            let differences = ScenarioDifference.between(first, second)
            for d in differences {
                print("\(d.path): \(d.a) (\(d.originA)) → \(d.b) (\(d.originB))")
            }
            print(differences.isEmpty ? "no differences after extends and defaults" : "\(differences.count) keys differ")
        }
    }
}
