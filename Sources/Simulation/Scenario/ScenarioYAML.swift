import GIS

/// Writes a resolved scenario as YAML: every key in schema order, defaults filled in,
/// with a comment on each value that is an assumption or a default.
public enum ScenarioYAML {
    /// The YAML text of `scenario`; `notes` adds a comment to the keys it names (e.g.
    /// which exit threshold applied), in place of the "default" mark.
    public static func render(_ scenario: Scenario, notes: [String: String] = [:]) -> String {
        var out = "# Resolved scenario: every key with its value; \"default\" marks values the files did not set, \"command line\" those --set, --scale, --seed or --runs gave.\n"
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
                let origin = scenario.origins[path]
                let entrySet = origin == nil && scenario.origins.keys.contains { $0.hasPrefix(path + ".") }
                var mark = origin == nil && !entrySet ? "  # default" : ""
                if let origin, origin.isCommandLine { mark = commandLineMark(origin) }
                if let note = notes[path] { mark = "  # " + comment(note) }
                switch value {
                case .map(let entries) where entries.isEmpty:
                    out += "\(indent)\(f.name): {}\(mark)\n"
                case .map(let entries):
                    out += "\(indent)\(f.name):\(mark)\n"
                    for e in entries {
                        var note = ""
                        if path == "poverty_line_yuan_per_person" && assumed.contains(e.key) { note = "  # assumption" }
                        if origin?.isCommandLine != true, let o = scenario.origins[path + "." + e.key], o.isCommandLine {
                            note = commandLineMark(o)
                        }
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

    /// "  # command line: --set a.b=V" (or "  # command line" for --seed and --runs).
    static func commandLineMark(_ o: ScenarioOrigin) -> String {
        o.file.hasPrefix("--") ? "  # command line: " + comment(o.file) : "  # command line"
    }

    /// A mapping key: plain when it is letters, digits and `_` (schema names and
    /// years), else double-quoted.
    static func quoteKey(_ k: String) -> String {
        !k.isEmpty && k.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
            ? k : quoted(k)
    }

    /// `s` as a YAML double-quoted scalar that reads back as exactly `s`: `\\` and `\"`
    /// escaped, and every character YAML does not allow raw in a quoted scalar (C0 and
    /// C1 controls, DEL, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF, line breaks, tabs)
    /// written as an escape.
    static func quoted(_ s: String) -> String {
        TextEscape.yamlDoubleQuoted(s)
    }

    /// `s` fit for a `# comment` on one line: line breaks and controls become spaces.
    static func comment(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { c in
            c.value < 0x20 || (0x7F...0x9F).contains(c.value) || c.value == 0x2028 || c.value == 0x2029 ? " " : c
        }))
    }

    static func scalar(_ v: ScenarioValue) -> String {
        switch v {
        case .integer(let i): String(i)
        case .number(let d): format(d)
        case .boolean(let b): b ? "true" : "false"
        case .text(let s): quoted(s)
        case .list(let l): "[" + l.map(scalar).joined(separator: ", ") + "]"
        case .map(let m): "{" + m.map { "\(quoteKey($0.key)): \(scalar($0.value))" }.joined(separator: ", ") + "}"
        case .unset: "null"
        }
    }

    /// A number without a needless fraction: 2952 → "2952", 0.15 → "0.15".
    static func format(_ d: Double) -> String {
        if d.rounded() == d && abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }
}
