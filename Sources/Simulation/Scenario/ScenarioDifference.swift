/// A key whose resolved value differs between two scenarios (`benkang scenario diff`).
public struct ScenarioDifference: Hashable, Sendable {
    /// The key path; a map entry as `key.path.2017`.
    public var path: String
    /// The two values as YAML (`null` for a map entry one scenario does not have).
    public var a: String
    public var b: String
    /// Where each value was set (`file:line:column`, or `default`).
    public var originA: String
    public var originB: String

    /// Every leaf key (and map entry) whose value differs, in schema order. Lists compare
    /// as a whole; names and descriptions count like any other key.
    public static func between(_ x: Scenario, _ y: Scenario) -> [ScenarioDifference] {
        func origin(_ s: Scenario, _ path: String, _ leaf: String) -> String {
            guard let o = s.origins[path] ?? s.origins[leaf] else { return "default" }
            return o.line > 0 ? o.description : o.file
        }
        var out: [ScenarioDifference] = []
        for (path, _) in ScenarioSchema.leafPaths {
            let u = x.values[path] ?? .unset, v = y.values[path] ?? .unset
            guard u != v else { continue }
            if case .map(let p) = u, case .map(let q) = v {
                var keys = p.map(\.key)
                for e in q where !keys.contains(e.key) { keys.append(e.key) }
                if keys.allSatisfy({ Int($0) != nil }) { keys.sort { Int($0)! < Int($1)! } }
                for k in keys {
                    let pv = p.first { $0.key == k }?.value, qv = q.first { $0.key == k }?.value
                    guard pv != qv else { continue }
                    let entry = path + "." + k
                    out.append(ScenarioDifference(path: entry, a: pv.map(ScenarioYAML.scalar) ?? "null", b: qv.map(ScenarioYAML.scalar) ?? "null",
                                                  originA: origin(x, entry, entry), originB: origin(y, entry, entry)))
                }
            } else {
                out.append(ScenarioDifference(path: path, a: ScenarioYAML.scalar(u), b: ScenarioYAML.scalar(v),
                                              originA: origin(x, path, path), originB: origin(y, path, path)))
            }
        }
        return out
    }
}
