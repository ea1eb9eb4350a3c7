import FuzzSupport
import Simulation

/// The libFuzzer callback: one input is command-line overrides, one a line: `set
/// key.path=VALUE` or `scale key.path=FACTOR` (other lines are `--set` values). Each is
/// parsed (`ScenarioOverride.parse`), then applied to a small scenario
/// (`ScenarioDecoder.decode(text:file:overrides:)`); parsing and decoding must return or
/// throw a `ScenarioError`. A decoded scenario is rendered and compared with the plain one
/// (`ScenarioDifference.between`).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOverride(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, size)
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    var overrides: [ScenarioOverride] = []
    for line in text.split(separator: "\n").prefix(64) {
        let parsed: ScenarioOverride?
        if line.hasPrefix("scale ") { parsed = try? ScenarioOverride.parse(scale: String(line.dropFirst(6))) }
        else if line.hasPrefix("set ") { parsed = try? ScenarioOverride.parse(set: String(line.dropFirst(4))) }
        else { parsed = try? ScenarioOverride.parse(set: String(line)) }
        if let parsed { overrides.append(parsed) }
    }
    let base = "name: fuzz\nprograms:\n  tourism:\n    villages_by_year: {2016: 2, 2017: 4}\n    budget_yuan_by_year: {2016: 1000000}\n"
    let decoder = ScenarioDecoder { name, _ in (text: base, file: name) }
    guard let plain = try? decoder.decode(text: base, file: "fuzz.yaml"),
          let changed = try? decoder.decode(text: base, file: "fuzz.yaml", overrides: overrides) else { return 0 }
    _ = ScenarioYAML.render(changed)
    _ = ScenarioDifference.between(plain, changed)
    return 0
}

@main enum FuzzOverrideMain {
    static func main() { FuzzDriver.run(fuzzOverride) }
}
