import ArgumentParser
import Simulation

/// `--set key.path=VALUE` and `--scale key.path=FACTOR` (repeatable), shared by the
/// commands that run a scenario. They apply after the scenario's chain of files: every
/// `--set` in order, then every `--scale` in order; `scenario.resolved.yaml` marks the
/// values they gave (`# command line: --set …`).
struct ScenarioOverrideOptions: ParsableArguments {
    @Option(name: .customLong("set"), help: ArgumentHelp(
        ScenarioMessage.optionSet.text,
        valueName: "key.path=VALUE"))
    var setValues: [String] = []

    @Option(name: .customLong("scale"), help: ArgumentHelp(
        ScenarioMessage.optionScale.text,
        valueName: "key.path=FACTOR"))
    var scaleFactors: [String] = []

    /// The overrides, `--set` first then `--scale`, each in the order given.
    /// - Throws: `ScenarioError` (exit status 65) with every malformed option.
    func overrides() throws -> [ScenarioOverride] {
        var out: [ScenarioOverride] = []
        var problems: [ScenarioError] = []
        for s in setValues {
            do { out.append(try ScenarioOverride.parse(set: s)) } catch let e as ScenarioError { problems += e.all }
        }
        for s in scaleFactors {
            do { out.append(try ScenarioOverride.parse(scale: s)) } catch let e as ScenarioError { problems += e.all }
        }
        if !problems.isEmpty { throw ScenarioError.combining(problems) }
        return out
    }

    var isEmpty: Bool { setValues.isEmpty && scaleFactors.isEmpty }

    init() {}

    /// The options as given on a command line (a shard header's `set` and `scale`).
    init(setValues: [String], scaleFactors: [String]) { self.setValues = setValues; self.scaleFactors = scaleFactors }
}
