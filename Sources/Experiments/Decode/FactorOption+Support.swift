import GIS
import Simulation

enum YAMLNumberText {
    static func decimal(_ s: String) -> Double? { YAMLNumber.decimal(s) }
}

enum DidYouMeanText {
    static func hint(for word: String, among candidates: [String]) -> String { DidYouMean.hint(for: word, among: candidates) }
}

extension FactorOption {
    /// The current value of each factor's key in `scenario` (a leaf, or one map entry).
    public static func values(of factors: [Factor], in scenario: Scenario) -> [String: Double] {
        var out: [String: Double] = [:]
        for f in factors {
            guard let t = FactorTarget.resolve(f.path) else { continue }
            let v = scenario.values[t.leaf]
            if let entry = t.entry { out[f.path] = v?.mapValue?.first { $0.key == entry }?.value.doubleValue } else { out[f.path] = v?.doubleValue }
        }
        return out
    }
}
