import ArgumentParser
import Foundation
import GIS
import Planning
import Simulation

/// Reads a scenario file (following `extends:` relative to each file) and the geodata,
/// and builds the simulation world. All user errors surface as exit status 65.
enum ScenarioInput {
    /// The decoded scenario at `path`, with the command line's `--set`/`--scale` applied.
    /// - Throws: `ScenarioError` (file, line:column, key path; every problem, the option
    ///   as written for an override) or `GISError` for an unreadable file.
    static func scenario(at path: String, overrides: ScenarioOverrideOptions) throws -> Scenario {
        try scenario(at: path, overrides: try overrides.overrides())
    }

    /// The decoded scenario at `path`, with `overrides` applied after its chain of files.
    /// - Throws: `ScenarioError` (file, line:column, key path) or `GISError` for an unreadable file.
    static func scenario(at path: String, overrides: [ScenarioOverride] = []) throws -> Scenario {
        let text = try readText(path)
        let decoder = ScenarioDecoder(identity: canonicalPath) { name, relativeTo in
            let dir = (relativeTo as NSString).deletingLastPathComponent
            let full = name.hasPrefix("/") || dir.isEmpty ? name : dir + "/" + name
            return (try readText(full), full)
        }
        return try decoder.decode(text: text, file: path, overrides: overrides)
    }

    /// The UTF-8 text of the file at `path` (a byte-order mark dropped).
    /// - Throws: `GISError` naming the file when it cannot be read or is not UTF-8.
    static func readText(_ path: String) throws -> String {
        try UTF8Text.decode(try readInput(path), file: path)
    }

    /// Refuses a `--runs` outside the range the scenario key `runs` allows (1…100000),
    /// before anything is read or allocated.
    /// - Throws: `ValidationError` (exit status 64) naming the range.
    static func checkRunsOption(_ runs: Int?) throws {
        guard let runs else { return }
        let range = ScenarioDecoder.runsRange
        guard range.contains(runs) else {
            throw ValidationError(StatusMessage.runsRange.format(String(range.lowerBound), String(range.upperBound), String(runs)))
        }
    }

    /// The file `path` names, for telling whether a chain of `extends` comes back to a
    /// file: absolute, `.` and `..` resolved, symbolic links followed.
    static func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The world for `scenario` on the geodata in `geodata`.
    static func world(scenario: Scenario, geodata: String) throws -> SimulationWorld {
        try SimulationWorld(region: try region(geodata: geodata), scenario: scenario)
    }

    /// The region in the geodata folder `geodata` (load it once to build several worlds).
    static func region(geodata: String) throws -> Region {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: geodata, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw GISError(file: geodata, "no geodata folder here; build it with the geodata builder or pass --geodata DIR")
        }
        return try Region.load(geodataDirectory: geodata)
    }

    /// `scenario.resolved.yaml` of a world: the scenario, with which exit thresholds applied.
    static func resolvedYAML(_ world: SimulationWorld) -> String {
        ScenarioYAML.render(world.scenario, notes: world.exitThresholds.resolvedNotes(profileFile: world.region.profile.file))
    }

    /// Runs `body`, printing scenario and data errors and exiting with status 65.
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        try reportingErrors(body)
    }
}
