import FuzzSupport
import Simulation

/// The libFuzzer callback: one input is the text of a scenario file. The decoder checks it
/// against the schema; `extends:` of any name loads the same text again (so cycles and
/// chains are explored). Decoding must return a scenario or throw; a decoded scenario's
/// poverty lines are then checked for the county years 2015–2020.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzScenario(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, size)
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    let decoder = ScenarioDecoder { name, _ in (text: text, file: name) }
    guard let scenario = try? decoder.decode(text: text, file: "fuzz.yaml") else { return 0 }
    _ = try? scenario.checkPovertyLines(years: 2015...2020, profileFile: "county.yaml")
    _ = ScenarioYAML.render(scenario)
    return 0
}

@main enum FuzzScenarioMain {
    static func main() { FuzzDriver.run(fuzzScenario) }
}
