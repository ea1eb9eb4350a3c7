import GIS
import Yams

/// A change to a scenario given on the command line, applied after the chain of files
/// (`extends:`) and before defaults are filled in (`ScenarioDecoder.decode(text:file:overrides:)`).
///
/// - `set`: `--set key.path=VALUE`, VALUE read as YAML (a number, a text, a flow list
///   `[a, b]` or a flow map `{2017: 5}`), checked like the same key in a file. A map
///   entry may be addressed directly: `programs.relocation.budget_yuan_by_year.2017=1.2e8`.
/// - `scale`: `--scale key.path=FACTOR` multiplies a number, or every entry of a year map
///   or named map (the defaults included), or one entry (`….budget_yuan_by_year.2017`).
///   Integers are rounded to the nearest integer (halves away from zero); the result is
///   checked against the key's range.
public enum ScenarioOverride: Hashable, Sendable {
    case set(path: String, value: String)
    case scale(path: String, factor: Double)

    /// The key path the override addresses.
    public var path: String {
        switch self {
        case .set(let path, _), .scale(let path, _): path
        }
    }

    /// The override as written on the command line (`--set a.b=V`); messages and
    /// `scenario.resolved.yaml` name it as the origin of the values it sets.
    public var commandLine: String {
        switch self {
        case .set(let path, let value): "--set \(path)=\(value)"
        case .scale(let path, let factor): "--scale \(path)=\(ScenarioYAML.format(factor))"
        }
    }

    /// Reads `key.path=VALUE` (the text after `--set`).
    /// - Throws: `ScenarioError` (origin `--set TEXT`) when there is no `=`, the key path is
    ///   empty or has an empty component, or nothing follows `=` (write `""` for an empty text).
    public static func parse(set text: String) throws -> ScenarioOverride {
        let (path, value) = try split(text, option: "--set", what: "VALUE")
        guard !value.isEmpty else {
            throw ScenarioError(.commandLine("--set \(text)"), path,
                                "expected a value after \"=\" (a number, a text, [a, b] or {2017: 5}; write \"\" for an empty text)")
        }
        return .set(path: path, value: value)
    }

    /// Reads `key.path=FACTOR` (the text after `--scale`), FACTOR a finite number such as `0.7` or `2`.
    /// - Throws: `ScenarioError` (origin `--scale TEXT`) for a missing `=`, a bad key path,
    ///   or a factor that is not a finite number.
    public static func parse(scale text: String) throws -> ScenarioOverride {
        let (path, value) = try split(text, option: "--scale", what: "FACTOR")
        let trimmed = value.trimmingWhitespace
        guard let factor = YAMLNumber.decimal(trimmed) ?? Double(trimmed), factor.isFinite else {
            throw ScenarioError(.commandLine("--scale \(text)"), path,
                                "expected a factor, a finite number such as 0.7 or 2, after \"=\", found \"\(value)\"")
        }
        return .scale(path: path, factor: factor)
    }

    private static func split(_ text: String, option: String, what: String) throws -> (String, String) {
        let origin = ScenarioOrigin.commandLine("\(option) \(text)")
        guard let eq = text.firstIndex(of: "=") else {
            throw ScenarioError(origin, "", "expected key.path=\(what) (e.g. \(option) \(option == "--set" ? "programs.tourism.villages_by_year.2017=40" : "programs.relocation.budget_yuan_by_year=0.7")), found no \"=\"")
        }
        let path = text[..<eq].trimmingWhitespace
        let value = String(text[text.index(after: eq)...])
        guard !path.isEmpty else {
            throw ScenarioError(origin, "", "expected a key path before \"=\" (e.g. programs.tourism.cost_yuan_per_village), found none")
        }
        if path.split(separator: ".", omittingEmptySubsequences: false).contains(where: { $0.isEmpty }) || path.contains(where: \.isWhitespace) {
            throw ScenarioError(origin, path, "expected a key path of names joined by single dots, without spaces (e.g. programs.tourism.cost_yuan_per_village)")
        }
        return (path, value)
    }
}

extension ScenarioOrigin {
    /// The origin of a value given on the command line: the option as written, no line.
    public static func commandLine(_ option: String) -> ScenarioOrigin { ScenarioOrigin(file: option, line: 0, column: 0) }

    /// True for values given on the command line (`--set`, `--scale`, `--seed`, `--runs`).
    public var isCommandLine: Bool { line == 0 && (file.hasPrefix("--") || file == "(command line)") }
}

extension StringProtocol {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

/// Applies command-line overrides to the values a chain of files set.
struct ScenarioOverrideApplier {
    var layer: ScenarioLayer
    /// Every problem found, in the order of the overrides.
    var errors: [ScenarioError] = []

    /// What a key path addresses: a leaf of the schema, or one entry of a leaf's map.
    struct Target {
        var leaf: String
        var field: ScenarioField
        /// The map key (a year or a name) when the path addresses one entry.
        var entry: String?
        var path: String { entry.map { leaf + "." + $0 } ?? leaf }
    }

    mutating func apply(_ overrides: [ScenarioOverride]) {
        for o in overrides {
            do {
                switch o {
                case .set(let path, let value): try set(path, value, origin: .commandLine(o.commandLine))
                case .scale(let path, let factor): try scale(path, factor, origin: .commandLine(o.commandLine))
                }
            } catch let e as ScenarioError {
                errors.append(contentsOf: e.all)
            } catch {
                errors.append(ScenarioError(.commandLine(o.commandLine), o.path, "\(error)"))
            }
        }
    }

    /// The field and entry `path` addresses.
    /// - Throws: `ScenarioError` for an unknown key (with a did-you-mean), a section, or an
    ///   entry key that the map does not allow.
    static func target(_ path: String, origin: ScenarioOrigin) throws -> Target {
        if let leaf = ScenarioSchema.leafPaths.first(where: { $0.path == path }) {
            return Target(leaf: path, field: leaf.field, entry: nil)
        }
        if let dot = path.lastIndex(of: ".") {
            let head = String(path[..<dot]), key = String(path[path.index(after: dot)...])
            if let leaf = ScenarioSchema.leafPaths.first(where: { $0.path == head }) {
                switch leaf.field.kind {
                case .yearMap(_, let years):
                    guard let year = YAMLNumber.integer(key), years.contains(year) else {
                        throw ScenarioError(origin, path, "expected a year in \(years.lowerBound)…\(years.upperBound) after \(head)., found \"\(key)\"")
                    }
                    return Target(leaf: head, field: leaf.field, entry: String(year))
                case .namedMap(_, let names):
                    guard names.contains(key) else {
                        let hint = DidYouMean.suggestion(for: key, among: names).map { "; did you mean \"\($0)\"?" } ?? ""
                        throw ScenarioError(origin, path, "unknown key\(hint) (known here: \(names.joined(separator: ", ")))")
                    }
                    return Target(leaf: head, field: leaf.field, entry: key)
                default:
                    throw ScenarioError(origin, path, "\(head) is \(leaf.field.kind.article), not a mapping: it has no key \"\(key)\"")
                }
            }
        }
        let prefix = path + "."
        let inside = ScenarioSchema.leafPaths.map(\.path).filter { $0.hasPrefix(prefix) }
        if !inside.isEmpty {
            let shown = inside.prefix(6).joined(separator: ", ") + (inside.count > 6 ? ", …" : "")
            throw ScenarioError(origin, path, "is a section, not a key: give one of its keys (\(shown))")
        }
        let paths = ScenarioSchema.leafPaths.map(\.path)
        let hint = DidYouMean.suggestion(for: path, among: paths).map { "; did you mean \"\($0)\"?" } ?? ""
        throw ScenarioError(origin, path, "unknown key\(hint) (`benkang scenario show FILE` lists every key)")
    }

    mutating func set(_ path: String, _ text: String, origin: ScenarioOrigin) throws {
        let target = try Self.target(path, origin: origin)
        let node: Node?
        do {
            node = try YAMLDocument.compose(text, file: origin.file)
        } catch let error as GISError {
            let message = error.diagnostics.first?.message ?? "cannot read the value as YAML"
            throw ScenarioError(origin, path, "the value is not YAML: \(ScenarioSyntaxExplanation.explain(message, text: text))")
        }
        guard let node else {
            throw ScenarioError(origin, path, "expected a value after \"=\", found only a comment or nothing")
        }
        var checker = ScenarioChecker(file: origin.file, layer: layer, commandLine: true)
        defer { layer = checker.layer }
        if let entry = target.entry {
            let element: ScenarioKind
            switch target.field.kind {
            case .yearMap(let e, _), .namedMap(let e, _): element = e
            default: throw ScenarioError(origin, path, "not a mapping entry")
            }
            let value = try checker.scalar(node, element, path)
            var entries = checker.layer.values[target.leaf]?.mapValue ?? []
            ScenarioChecker.upsert(&entries, entry, value)
            checker.layer.values[target.leaf] = .map(Self.sorted(entries, target.field.kind))
            checker.layer.origins[path] = origin
            return
        }
        if target.field.defaultValue == .unset, let s = node.scalar, s.style == .plain || s.style == .any, ["null", "~"].contains(s.string) {
            checker.layer.values[target.leaf] = .unset
            checker.layer.origins[target.leaf] = origin
            return
        }
        try checker.check(node, target.field.kind, target.leaf)
    }

    mutating func scale(_ path: String, _ factor: Double, origin: ScenarioOrigin) throws {
        let target = try Self.target(path, origin: origin)
        let field = target.field
        let current = Scenario.resolved(field, layer.values[target.leaf])
        let f = ScenarioYAML.format(factor)
        func scaled(_ value: ScenarioValue, _ kind: ScenarioKind, _ at: String) throws -> ScenarioValue {
            switch (kind, value) {
            case (.integer(let range), .integer(let i)):
                let d = (Double(i) * factor).rounded(.toNearestOrAwayFromZero)
                guard d.isFinite, let n = Int(exactly: d), range.contains(n) else {
                    throw ScenarioError(origin, at, "expected \(kind.expectation), found \(ScenarioYAML.format(d)) (\(i) × \(f))")
                }
                return .integer(n)
            case (.number(let range), _):
                guard let old = value.doubleValue else { break }
                let d = old * factor
                guard d.isFinite, range.contains(d) else {
                    throw ScenarioError(origin, at, "expected \(kind.expectation), found \(ScenarioYAML.format(d)) (\(ScenarioYAML.format(old)) × \(f))")
                }
                return .number(d)
            case (_, .unset):
                throw ScenarioError(origin, at, "is not set (its value comes from the county profile), so there is nothing to scale: give it with --set")
            default: break
            }
            throw ScenarioError(origin, at, "--scale multiplies numbers, and year or named maps of numbers; this key holds \(kind.article)")
        }
        switch field.kind {
        case .yearMap(let element, _), .namedMap(let element, _):
            var entries = current.mapValue ?? []
            if let entry = target.entry {
                guard let i = entries.firstIndex(where: { $0.key == entry }) else {
                    let held = entries.isEmpty ? "it is empty" : "it holds " + entries.map(\.key).joined(separator: ", ")
                    throw ScenarioError(origin, path, "has no value to scale (\(held)); give one with --set \(path)=VALUE")
                }
                entries[i].value = try scaled(entries[i].value, element, path)
                layer.origins[path] = origin
            } else {
                var problems: [ScenarioError] = []
                for i in entries.indices {
                    do { entries[i].value = try scaled(entries[i].value, element, path + "." + entries[i].key) } catch let e as ScenarioError { problems.append(e) }
                    layer.origins[path + "." + entries[i].key] = origin
                }
                if !problems.isEmpty { throw ScenarioError.combining(problems) }
                layer.origins[path] = origin
            }
            layer.values[target.leaf] = .map(entries)
        default:
            layer.values[target.leaf] = try scaled(current, field.kind, path)
            layer.origins[target.leaf] = origin
        }
    }

    static func sorted(_ entries: [ScenarioEntry], _ kind: ScenarioKind) -> [ScenarioEntry] {
        switch kind {
        case .yearMap: entries.sorted { (Int($0.key) ?? 0) < (Int($1.key) ?? 0) }
        case .namedMap(_, let names): entries.sorted { (names.firstIndex(of: $0.key) ?? 0) < (names.firstIndex(of: $1.key) ?? 0) }
        default: entries
        }
    }
}

extension ScenarioKind {
    /// "a number", "a list of strings", … for messages that say what a key holds.
    var article: String {
        switch self {
        case .integer: "an integer"
        case .number: "a number"
        case .boolean: "a boolean (true or false)"
        case .text(let allowed?): "a choice (" + allowed.joined(separator: ", ") + ")"
        case .text(nil): "a text"
        case .list(let e, _): "a list of \(e.plural)"
        case .yearMap(let e, _): "a year map of \(e.plural)"
        case .namedMap(let e, _): "a named map of \(e.plural)"
        case .section: "a section"
        }
    }
}
