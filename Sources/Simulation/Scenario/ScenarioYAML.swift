/// Writes a resolved scenario as YAML: every key in schema order, defaults filled in,
/// with a comment on each value that is an assumption or a default.
public enum ScenarioYAML {
    /// The YAML text of `scenario`; `notes` adds a comment to the keys it names (e.g.
    /// which exit threshold applied), in place of the "default" mark.
    public static func render(_ scenario: Scenario, notes: [String: String] = [:]) -> String {
        var out = "# Resolved scenario: every key with its value; \"default\" marks values the files did not set.\n"
        let assumed = Set(scenario.povertyLineAssumedYears.map(String.init))
        func walk(_ fields: [ScenarioField], _ prefix: String, _ indent: String) {
            for f in fields {
                let path = prefix.isEmpty ? f.name : prefix + "." + f.name
                if case .section(let sub) = f.kind {
                    out += "\(indent)\(f.name):\n"
                    walk(sub, path, indent + "  ")
                    continue
                }
                let value = scenario.values[path]!
                var mark = scenario.origins[path] == nil ? "  # default" : ""
                if let note = notes[path] { mark = "  # " + note }
                switch value {
                case .map(let entries) where entries.isEmpty:
                    out += "\(indent)\(f.name): {}\(mark)\n"
                case .map(let entries):
                    out += "\(indent)\(f.name):\(mark)\n"
                    for e in entries {
                        var note = ""
                        if path == "poverty_line_yuan_per_person" && assumed.contains(e.key) { note = "  # assumption" }
                        out += "\(indent)  \(quoteKey(e.key)): \(scalar(e.value))\(note)\n"
                    }
                case .list(let items):
                    out += "\(indent)\(f.name): [\(items.map(scalar).joined(separator: ", "))]\(mark)\n"
                default:
                    out += "\(indent)\(f.name): \(scalar(value))\(mark)\n"
                }
            }
        }
        walk(ScenarioSchema.fields, "", "")
        return out
    }

    static func quoteKey(_ k: String) -> String { k }

    static func scalar(_ v: ScenarioValue) -> String {
        switch v {
        case .integer(let i): String(i)
        case .number(let d): format(d)
        case .boolean(let b): b ? "true" : "false"
        case .text(let s): "\"" + s.replacingAll("\\", "\\\\").replacingAll("\"", "\\\"") + "\""
        case .list(let l): "[" + l.map(scalar).joined(separator: ", ") + "]"
        case .map(let m): "{" + m.map { "\($0.key): \(scalar($0.value))" }.joined(separator: ", ") + "}"
        case .unset: "null"
        }
    }

    /// A number without a needless fraction: 2952 → "2952", 0.15 → "0.15".
    static func format(_ d: Double) -> String {
        if d.rounded() == d && abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }
}

extension String {
    func replacingAll(_ a: Character, _ b: String) -> String {
        var out = ""
        for c in self { if c == a { out += b } else { out.append(c) } }
        return out
    }
    func replacingAll(_ a: String, _ b: String) -> String { replacingAll(Character(a), b) }
}
