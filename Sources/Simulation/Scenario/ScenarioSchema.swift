/// What a scenario key may hold. Ranges are inclusive.
public indirect enum ScenarioKind: Sendable {
    case integer(ClosedRange<Int>)
    case number(ClosedRange<Double>)
    case boolean
    /// Free text, or one of `allowed` when given.
    case text(allowed: [String]?)
    /// A list; `reference` makes every element name a village, township, site or zone.
    case list(of: ScenarioKind, reference: ScenarioReference?)
    /// Years (as keys) to values; keys outside `years` are errors, missing years default.
    case yearMap(of: ScenarioKind, years: ClosedRange<Int>)
    /// A fixed set of names (as keys) to values; every name has a default.
    case namedMap(of: ScenarioKind, names: [String])
    /// A nested section.
    case section([ScenarioField])

    /// The phrase used in "expected …" messages.
    var expectation: String {
        switch self {
        case .integer(let r):
            r.upperBound == Int.max ? "an integer ≥ \(r.lowerBound)" : "an integer in \(r.lowerBound)…\(r.upperBound)"
        case .number(let r):
            r.upperBound == .infinity ? "a number ≥ \(ScenarioYAML.format(r.lowerBound))"
                : "a number in \(ScenarioYAML.format(r.lowerBound))…\(ScenarioYAML.format(r.upperBound))"
        case .boolean: "true or false"
        case .text(let allowed?): "one of " + allowed.map { "\"\($0)\"" }.joined(separator: ", ")
        case .text(nil): "a string"
        case .list(let e, _): "a list of \(e.plural)"
        case .yearMap(let e, let ys): "a mapping from years \(ys.lowerBound)…\(ys.upperBound) to \(e.plural)"
        case .namedMap(let e, let names): "a mapping from \(names.joined(separator: ", ")) to \(e.plural)"
        case .section: "a mapping"
        }
    }

    var plural: String {
        switch self {
        case .integer: "integers"
        case .number: "numbers"
        case .boolean: "booleans"
        case .text: "strings"
        default: "values"
        }
    }
}

/// What a list of names refers to in the region.
public enum ScenarioReference: String, Sendable {
    case village, township, site, zone
}

/// One key of the scenario schema, with its default, unit and meaning.
public struct ScenarioField: Sendable {
    public var name: String
    public var kind: ScenarioKind
    /// The default (nil for sections, whose fields carry their own).
    public var defaultValue: ScenarioValue?
    /// The unit in words ("yuan per person per year", "fraction", "km", …).
    public var unit: String
    public var help: String

    public init(_ name: String, _ kind: ScenarioKind, _ defaultValue: ScenarioValue?, unit: String = "", _ help: String) {
        self.name = name; self.kind = kind; self.defaultValue = defaultValue; self.unit = unit; self.help = help
    }

    /// A section of fields.
    public static func section(_ name: String, _ help: String, _ fields: [ScenarioField]) -> ScenarioField {
        ScenarioField(name, .section(fields), nil, help)
    }
}

/// The whole scenario schema: every key a scenario file may contain. Each section is
/// declared beside the parameters it decodes to (`ScenarioSection`); the top level is
/// `ScenarioParameters`.
public enum ScenarioSchema {
    /// The top-level fields, in the order they are written to `scenario.resolved.yaml`.
    public static var fields: [ScenarioField] { ScenarioParameters.fields }

    /// Every leaf key path with its field (dotted), in schema order.
    public static let leafPaths: [(path: String, field: ScenarioField)] = {
        var out: [(String, ScenarioField)] = []
        func walk(_ fs: [ScenarioField], _ prefix: String) {
            for f in fs {
                let p = prefix.isEmpty ? f.name : prefix + "." + f.name
                if case .section(let sub) = f.kind { walk(sub, p) } else { out.append((p, f)) }
            }
        }
        walk(fields, "")
        return out
    }()
}
