import Simulation

/// The text of a scenario file that `extends:` the base scenario and sets the factors'
/// values at one point: what the experiment runs there, decoded (and checked) by
/// `ScenarioDecoder` like any scenario file.
public enum ScenarioPatch {
    /// - Parameters:
    ///   - extends: the base file's name as the decoder's loader will be given it.
    ///   - base: the decoded base scenario (for the values a scale factor multiplies).
    ///   - values: one value per factor.
    /// - Complexity: O(factors × map entries).
    public static func text(extends: String, base: Scenario, name: String?, factors: [Factor], values: [Double]) -> String {
        var root = Tree()
        for (factor, value) in zip(factors, values) {
            guard let target = FactorTarget.resolve(factor.path) else { continue }
            let components = target.leaf.split(separator: ".").map(String.init)
            func rounded(_ v: Double) -> String { NumberText.format(target.isInteger ? v.rounded() : v) }
            let scale: Bool
            if case .scale = factor.kind { scale = true } else { scale = false }
            let resolved = base.values[target.leaf]
            if let entry = target.entry {
                let old = resolved?.mapValue?.first(where: { $0.key == entry })?.value.doubleValue ?? 0
                root.set(components + [entry], rounded(scale ? old * value : value))
            } else if target.isMap {
                for e in resolved?.mapValue ?? [] {
                    root.set(components + [e.key], rounded((e.value.doubleValue ?? 0) * value))
                }
            } else {
                root.set(components, rounded(scale ? (resolved?.doubleValue ?? 0) * value : value))
            }
        }
        var out = "# Written by benkang explore: the base scenario with one point's factor values.\n"
        out += "extends: \(quoted(extends))\n"
        if let name { out += "name: \(quoted(name))\n" }
        root.render(into: &out, indent: "")
        return out
    }

    /// The point's factor values as scenario overrides (`ScenarioDecoder.decode(text:file:overrides:)`):
    /// `set` for a range or level (integers rounded), `scale` for a scale factor.
    public static func overrides(factors: [Factor], values: [Double]) -> [ScenarioOverride] {
        zip(factors, values).map { f, v in
            if case .scale = f.kind { return .scale(path: f.path, factor: v) }
            return .set(path: f.path, value: NumberText.format(f.isInteger ? v.rounded() : v))
        }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    /// Nested keys in insertion order.
    struct Tree {
        var keys: [String] = []
        var children: [String: Tree] = [:]
        var values: [String: String] = [:]

        mutating func set(_ path: [String], _ value: String) {
            guard let head = path.first else { return }
            if !keys.contains(head) { keys.append(head) }
            if path.count == 1 { values[head] = value; children[head] = nil; return }
            var child = children[head] ?? Tree()
            child.set(Array(path.dropFirst()), value)
            children[head] = child
        }

        func render(into out: inout String, indent: String) {
            for k in keys {
                if let v = values[k] { out += "\(indent)\(k): \(v)\n" } else if let c = children[k] {
                    out += "\(indent)\(k):\n"
                    c.render(into: &out, indent: indent + "  ")
                }
            }
        }
    }
}
