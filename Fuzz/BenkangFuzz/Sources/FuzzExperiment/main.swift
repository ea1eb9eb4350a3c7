import Experiments
import FuzzSupport

/// The libFuzzer callback: one input is the text of an experiment file
/// (scenarios/experiments/*.yaml). `ExperimentDecoder.decode` must return an experiment
/// or throw `ExperimentError` with at least one problem; a decoded experiment's design
/// must build, with one value per factor at every point, inside the factors' bounds.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzExperiment(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, size)
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    do {
        let e = try ExperimentDecoder.decode(text: text, file: "experiment.yaml")
        // Large designs are valid but too slow to build for every input.
        guard ExperimentDesign.pointCount(e) <= 5_000 else { return 0 }
        let d = ExperimentDesign(e)
        precondition(d.count == ExperimentDesign.pointCount(e), "point count")
        for v in d.values {
            precondition(v.count == e.factors.count, "values per point")
            for (f, x) in zip(e.factors, v) { precondition(f.bounds.contains(x) || x.isNaN == false && f.isInteger, "value in bounds") }
        }
    } catch let error as ExperimentError {
        precondition(!error.problems.isEmpty, "an error names a problem")
    } catch {
        preconditionFailure("unexpected error type")
    }
    return 0
}

@main enum FuzzExperimentMain {
    static func main() { FuzzDriver.run(fuzzExperiment) }
}
