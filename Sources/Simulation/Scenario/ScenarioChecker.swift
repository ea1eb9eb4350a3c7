import GIS
import Planning
import Yams

/// Checks one file's YAML nodes against the schema and records their values and origins.
///
/// The checker goes on past a problem: every key, map entry and list item is checked, and
/// the problems are collected in `errors` (the caller reports them together).
struct ScenarioChecker {
    let file: String
    var layer: ScenarioLayer
    /// True when the text is a command-line value (`--set`): origins name the option, no line.
    var commandLine = false
    /// The problems found so far, in the order of the text.
    var errors: [ScenarioError] = []

    func origin(_ node: Node) -> ScenarioOrigin {
        if commandLine { return .commandLine(file) }
        return ScenarioOrigin(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    /// Runs `body`, recording a `ScenarioError` it throws instead of passing it on.
    private mutating func collecting(_ body: (inout ScenarioChecker) throws -> Void) {
        do { try body(&self) } catch let e as ScenarioError { errors.append(contentsOf: e.all) } catch {
            errors.append(ScenarioError(.commandLine(file), "", "\(error)"))
        }
    }

    func fail(_ node: Node, _ path: String, _ kind: ScenarioKind) -> ScenarioError {
        ScenarioError(origin(node), path, "expected \(kind.expectation), found \(ScenarioDecoder.describe(node))")
    }

    mutating func checkSection(_ mapping: Node.Mapping, fields: [ScenarioField], path: String, allowExtends: Bool = false) throws {
        for (keyNode, valueNode) in mapping {
            collecting { try $0.checkKey(keyNode, valueNode, fields: fields, path: path, allowExtends: allowExtends) }
        }
    }

    private mutating func checkKey(_ keyNode: Node, _ valueNode: Node, fields: [ScenarioField], path: String, allowExtends: Bool) throws {
        guard let key = keyNode.scalar?.string else {
            throw ScenarioError(origin(keyNode), path, "expected a key name, found \(ScenarioDecoder.describe(keyNode))")
        }
        if allowExtends && key == "extends" { return }
        let keyPath = path.isEmpty ? key : path + "." + key
        guard let field = fields.first(where: { $0.name == key }) else {
            var names = fields.map(\.name)
            if allowExtends { names.append("extends") }
            let hint = DidYouMean.suggestion(for: key, among: names).map { "; did you mean \"\($0)\"?" } ?? ""
            throw ScenarioError(origin(keyNode), keyPath, "unknown key\(hint) (known here: \(names.joined(separator: ", ")))")
        }
        if field.defaultValue == .unset, let s = valueNode.scalar, s.style == .plain || s.style == .any,
           ["null", "~"].contains(s.string) {
            // `null` on a key whose default is "not set" clears it (e.g. a parent's override).
            layer.values[keyPath] = .unset
            return
        }
        try check(valueNode, field.kind, keyPath)
    }

    mutating func check(_ node: Node, _ kind: ScenarioKind, _ path: String) throws {
        switch kind {
        case .section(let fields):
            guard let m = node.mapping else { throw fail(node, path, kind) }
            try checkSection(m, fields: fields, path: path)
        case .yearMap(let element, let years):
            guard let m = node.mapping else { throw fail(node, path, kind) }
            var entries = layer.values[path]?.mapValue ?? []
            var seen: [Int: Node] = [:]
            for (k, v) in m {
              collecting { c in
                guard let year = k.scalar.flatMap({ YAMLNumber.integer($0.string) }), years.contains(year) else {
                    throw ScenarioError(c.origin(k), path + "." + (k.scalar?.string ?? "?"),
                                        "expected a year in \(years.lowerBound)…\(years.upperBound), found \(ScenarioDecoder.describe(k))")
                }
                if let first = seen[year] {
                    throw ScenarioError(c.origin(k), path + ".\(year)",
                                        "the year \(year) is given twice in this mapping (also as \(ScenarioDecoder.describe(first)) at line \(first.mark?.line ?? 0):\(first.mark?.column ?? 0))")
                }
                seen[year] = k
                let value = try c.scalar(v, element, path + ".\(year)")
                Self.upsert(&entries, String(year), value)
                c.layer.origins[path + ".\(year)"] = c.origin(v)
              }
            }
            entries.sort { Int($0.key)! < Int($1.key)! }
            set(path, .map(entries), node)
        case .namedMap(let element, let names):
            guard let m = node.mapping else { throw fail(node, path, kind) }
            var entries = layer.values[path]?.mapValue ?? []
            for (k, v) in m {
              collecting { c in
                let name = k.scalar?.string ?? ""
                guard names.contains(name) else {
                    let hint = DidYouMean.suggestion(for: name, among: names).map { "; did you mean \"\($0)\"?" } ?? ""
                    throw ScenarioError(c.origin(k), path + "." + name, "unknown key\(hint) (known here: \(names.joined(separator: ", ")))")
                }
                Self.upsert(&entries, name, try c.scalar(v, element, path + "." + name))
                c.layer.origins[path + "." + name] = c.origin(v)
              }
            }
            entries.sort { names.firstIndex(of: $0.key)! < names.firstIndex(of: $1.key)! }
            set(path, .map(entries), node)
        case .list(let element, _):
            guard let s = node.sequence else { throw fail(node, path, kind) }
            var items: [ScenarioValue] = []
            for (i, item) in s.enumerated() {
                collecting { c in
                    items.append(try c.scalar(item, element, path + "[\(i)]"))
                    c.layer.origins[path + "[\(i)]"] = c.origin(item)
                }
            }
            set(path, .list(items), node)
        default:
            set(path, try scalar(node, kind, path), node)
        }
    }

    private mutating func set(_ path: String, _ value: ScenarioValue, _ node: Node) {
        layer.values[path] = value
        layer.origins[path] = origin(node)
    }

    static func upsert(_ entries: inout [ScenarioEntry], _ key: String, _ value: ScenarioValue) {
        if let i = entries.firstIndex(where: { $0.key == key }) { entries[i].value = value } else { entries.append(ScenarioEntry(key, value)) }
    }

    /// The first character of `text` that XML 1.0 forbids (C0 controls other than tab,
    /// line feed and carriage return, and U+FFFE, U+FFFF), named as `U+XXXX`, or nil.
    static func illegalCharacter(in text: String) -> String? {
        for c in text.unicodeScalars {
            let v = c.value
            if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF {
                let hex = String(v, radix: 16, uppercase: true)
                return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            }
        }
        return nil
    }

    /// A scalar checked against `kind` (integer, number, boolean or text).
    func scalar(_ node: Node, _ kind: ScenarioKind, _ path: String) throws -> ScenarioValue {
        guard let s = node.scalar else { throw fail(node, path, kind) }
        let plain = s.style == .plain || s.style == .any
        let text = s.string
        switch kind {
        case .integer(let range):
            guard plain, let i = YAMLNumber.integer(text), range.contains(i) else {
                if let plainNumber = ScenarioSyntaxExplanation.withoutThousandsSeparators(text) {
                    throw ScenarioError(origin(node), path, "expected \(kind.expectation), found \"\(text)\": write numbers without thousands separators (\(plainNumber))")
                }
                throw fail(node, path, kind)
            }
            return .integer(i)
        case .number(let range):
            guard plain, let d = YAMLNumber.decimal(text), range.contains(d) else {
                if let plainNumber = ScenarioSyntaxExplanation.withoutThousandsSeparators(text) {
                    throw ScenarioError(origin(node), path, "expected \(kind.expectation), found \"\(text)\": write numbers without thousands separators (\(plainNumber))")
                }
                throw fail(node, path, kind)
            }
            return .number(d)
        case .boolean:
            guard plain, text == "true" || text == "false" else { throw fail(node, path, kind) }
            return .boolean(text == "true")
        case .text(let allowed):
            if let bad = Self.illegalCharacter(in: text) {
                throw ScenarioError(origin(node), path, "the text holds \(bad), a control character that no output file (SVG, XML, CSV) may carry; refused")
            }
            if let allowed, !allowed.contains(text) {
                let hint = DidYouMean.suggestion(for: text, among: allowed).map { "; did you mean \"\($0)\"?" } ?? ""
                throw ScenarioError(origin(node), path, "expected \(kind.expectation), found \"\(text)\"\(hint)")
            }
            return .text(text)
        default:
            throw fail(node, path, kind)
        }
    }
}
