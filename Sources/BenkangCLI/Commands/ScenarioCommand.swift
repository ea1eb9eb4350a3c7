import ArgumentParser
import Foundation
import Simulation

/// `benkang scenario`: look at scenario files without running them.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: ScenarioMessage.scenarioAbstract.text,
        subcommands: [ScenarioShowCommand.self, ScenarioDiffCommand.self])
}

/// `benkang scenario show A.yaml`: the resolved scenario (as `scenario.resolved.yaml`).
struct ScenarioShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: ScenarioMessage.showAbstract.text,
        discussion: ScenarioMessage.showDiscussion.text)

    @Argument(help: ScenarioMessage.showScenario.help)
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
        abstract: ScenarioMessage.diffAbstract.text,
        discussion: ScenarioMessage.diffDiscussion.text)

    @Argument(help: ScenarioMessage.diffFirst.help)
    var a: String

    @Argument(help: ScenarioMessage.diffSecond.help)
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
