import Simulation

/// What a factor's key path names in the scenario schema: a number or integer leaf, a
/// year or named map (scaled as a whole), or one entry of such a map (`…budget_yuan_by_year.2018`).
struct FactorTarget {
    var leaf: String
    /// The map entry (a year or a name), when the path names one.
    var entry: String?
    var isInteger: Bool
    var isMap: Bool
    var range: ClosedRange<Double>?
    var entryExample: String

    /// Every path a factor may name (for did-you-mean).
    static let candidates: [String] = ScenarioSchema.leafPaths.compactMap { resolve($0.path) != nil ? $0.path : nil }

    static func resolve(_ path: String) -> FactorTarget? {
        let leaves = ScenarioSchema.leafPaths
        if let field = leaves.first(where: { $0.path == path })?.field {
            return target(path, nil, field.kind, isEntry: false)
        }
        guard let dot = path.lastIndex(of: ".") else { return nil }
        let leaf = String(path[..<dot]), entry = String(path[path.index(after: dot)...])
        guard let field = leaves.first(where: { $0.path == leaf })?.field else { return nil }
        switch field.kind {
        case .yearMap(let element, let years):
            guard let y = Int(entry), years.contains(y) else { return nil }
            return target(leaf, entry, element, isEntry: true)
        case .namedMap(let element, let names):
            guard names.contains(entry) else { return nil }
            return target(leaf, entry, element, isEntry: true)
        default: return nil
        }
    }

    private static func target(_ leaf: String, _ entry: String?, _ kind: ScenarioKind, isEntry: Bool) -> FactorTarget? {
        switch kind {
        case .integer(let r):
            return FactorTarget(leaf: leaf, entry: entry, isInteger: true, isMap: false, range: Double(r.lowerBound)...Double(r.upperBound), entryExample: "")
        case .number(let r):
            return FactorTarget(leaf: leaf, entry: entry, isInteger: false, isMap: false, range: r, entryExample: "")
        case .yearMap(let element, let years) where !isEntry:
            guard var t = target(leaf, nil, element, isEntry: true) else { return nil }
            t.isMap = true; t.entryExample = "YEAR (\(years.lowerBound)…\(years.upperBound))"
            return t
        case .namedMap(let element, let names) where !isEntry:
            guard var t = target(leaf, nil, element, isEntry: true) else { return nil }
            t.isMap = true; t.entryExample = names.first ?? ""
            return t
        default:
            return nil
        }
    }
}
