import GIS
import Planning
import Yams

/// Checks one file's YAML nodes against the schema and records their values and origins.
struct ScenarioChecker {
    let file: String
    var layer: ScenarioLayer

    func origin(_ node: Node) -> ScenarioOrigin {
        ScenarioOrigin(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    func fail(_ node: Node, _ path: String, _ kind: ScenarioKind) -> ScenarioError {
        ScenarioError(origin(node), path, "expected \(kind.expectation), found \(ScenarioDecoder.describe(node))")
    }

    mutating func checkSection(_ mapping: Node.Mapping, fields: [ScenarioField], path: String, allowExtends: Bool = false) throws {
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.scalar?.string else {
                throw ScenarioError(origin(keyNode), path, "expected a key name, found \(ScenarioDecoder.describe(keyNode))")
            }
            if allowExtends && key == "extends" { continue }
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
                continue
            }
            try check(valueNode, field.kind, keyPath)
        }
    }

    mutating func check(_ node: Node, _ kind: ScenarioKind, _ path: String) throws {
        switch kind {
        case .section(let fields):
            guard let m = node.mapping else { throw fail(node, path, kind) }
            try checkSection(m, fields: fields, path: path)
        case .yearMap(let element, let years):
            guard let m = node.mapping else { throw fail(node, path, kind) }
            var entries = layer.values[path]?.mapValue ?? []
            for (k, v) in m {
                guard let year = k.scalar.flatMap({ Int($0.string) }), years.contains(year) else {
                    throw ScenarioError(origin(k), path + "." + (k.scalar?.string ?? "?"),
                                        "expected a year in \(years.lowerBound)…\(years.upperBound), found \(ScenarioDecoder.describe(k))")
                }
                let value = try scalar(v, element, path + ".\(year)")
                Self.upsert(&entries, String(year), value)
                layer.origins[path + ".\(year)"] = origin(v)
            }
            entries.sort { Int($0.key)! < Int($1.key)! }
            set(path, .map(entries), node)
        case .namedMap(let element, let names):
            guard let m = node.mapping else { throw fail(node, path, kind) }
            var entries = layer.values[path]?.mapValue ?? []
            for (k, v) in m {
                let name = k.scalar?.string ?? ""
                guard names.contains(name) else {
                    let hint = DidYouMean.suggestion(for: name, among: names).map { "; did you mean \"\($0)\"?" } ?? ""
                    throw ScenarioError(origin(k), path + "." + name, "unknown key\(hint) (known here: \(names.joined(separator: ", ")))")
                }
                Self.upsert(&entries, name, try scalar(v, element, path + "." + name))
                layer.origins[path + "." + name] = origin(v)
            }
            entries.sort { names.firstIndex(of: $0.key)! < names.firstIndex(of: $1.key)! }
            set(path, .map(entries), node)
        case .list(let element, _):
            guard let s = node.sequence else { throw fail(node, path, kind) }
            var items: [ScenarioValue] = []
            for (i, item) in s.enumerated() {
                items.append(try scalar(item, element, path + "[\(i)]"))
                layer.origins[path + "[\(i)]"] = origin(item)
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

    /// A scalar checked against `kind` (integer, number, boolean or text).
    func scalar(_ node: Node, _ kind: ScenarioKind, _ path: String) throws -> ScenarioValue {
        guard let s = node.scalar else { throw fail(node, path, kind) }
        let plain = s.style == .plain || s.style == .any
        let text = s.string
        switch kind {
        case .integer(let range):
            guard plain, let i = Int(text.filter { $0 != "_" }), range.contains(i) else { throw fail(node, path, kind) }
            return .integer(i)
        case .number(let range):
            guard plain, let d = Double(text.filter { $0 != "_" }), d.isFinite, range.contains(d) else {
                throw fail(node, path, kind)
            }
            return .number(d)
        case .boolean:
            guard plain, text == "true" || text == "false" else { throw fail(node, path, kind) }
            return .boolean(text == "true")
        case .text(let allowed):
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
