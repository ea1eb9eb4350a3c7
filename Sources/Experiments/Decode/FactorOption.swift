/// A factor written on the command line: `PATH=LOW:HIGH` (`calibrate --fit`, `--fit-scale`).
public enum FactorOption {
    /// - Parameter scale: true for a factor on the key's value (`--fit-scale`), false for the value itself.
    /// - Throws: `ExperimentError` (file "(command line)") naming what is wrong, with a did-you-mean for the path.
    public static func parse(_ text: String, scale: Bool, option: String) throws -> Factor {
        func fail(_ message: String) -> ExperimentError {
            ExperimentError([.init(file: "(command line)", line: 0, column: 0, keyPath: "\(option) \(text)", message: message)])
        }
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw fail("expected PATH=LOW:HIGH, e.g. income_growth.by_source_fraction_per_year.local_wages=0.08:0.14") }
        let path = parts[0]
        let bounds = parts[1].split(separator: ":", omittingEmptySubsequences: false).map { YAMLNumberText.decimal(String($0)) }
        guard bounds.count == 2, let lo = bounds[0], let hi = bounds[1], lo < hi else {
            throw fail("expected LOW:HIGH with LOW < HIGH after the =, found \"\(parts[1])\"")
        }
        guard let target = FactorTarget.resolve(path) else {
            let hint = DidYouMeanText.hint(for: path, among: FactorTarget.candidates)
            throw fail("\"\(path)\" is not a number, integer or year map of the scenario schema\(hint) (keys: scenarios/README.md)")
        }
        if !scale {
            if target.isMap { throw fail("\"\(path)\" is a map of years or names: fit a factor on it with --fit-scale, or name one entry (\(path).\(target.entryExample))") }
            if let r = target.range, !(r.contains(lo) && r.contains(hi)) {
                throw fail("\(NumberText.format(lo)):\(NumberText.format(hi)) is outside what \(path) allows (\(NumberText.format(r.lowerBound))…\(NumberText.format(r.upperBound)))")
            }
        } else if lo < 0 {
            throw fail("a scale factor must be ≥ 0, found \(NumberText.format(lo))")
        }
        return Factor(name: path, path: path, kind: scale ? .scale(lower: lo, upper: hi) : .range(lower: lo, upper: hi), isInteger: target.isInteger)
    }

    /// The factor's value in `base` (1 for a scale factor): where a fit starts.
    public static func baseValue(_ f: Factor, in base: [String: Double]) -> Double {
        if case .scale = f.kind { return 1 }
        return base[f.path] ?? (f.bounds.lowerBound + f.bounds.upperBound) / 2
    }
}
