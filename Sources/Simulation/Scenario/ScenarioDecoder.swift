import Planning
import Yams

/// Reads scenario YAML text, checking every key against ``ScenarioSchema``, following
/// `extends:` to a parent file, and filling in every default.
///
/// The decoder does no file I/O itself: `load` is given a name as written after
/// `extends:` (relative to the file that says it) and returns the text and the name to
/// use in messages.
public struct ScenarioDecoder {
    public typealias Loader = (_ name: String, _ relativeTo: String) throws -> (text: String, file: String)
    let load: Loader

    public init(load: @escaping Loader) { self.load = load }

    /// Decodes a scenario.
    /// - Throws: `ScenarioError` naming file, line:column and key path for a YAML syntax
    ///   error, an unknown key (with a did-you-mean), a wrong type, an out-of-range value,
    ///   an unknown year, or a cycle of `extends`.
    public func decode(text: String, file: String) throws -> Scenario {
        var layer = ScenarioLayer()
        try read(text: text, file: file, into: &layer, chain: [])
        return try Scenario(layer: layer)
    }

    private func read(text: String, file: String, into layer: inout ScenarioLayer, chain: [String]) throws {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _),
                let YamlError.composer(_, problem, mark, _) {
            throw ScenarioError(ScenarioOrigin(file: file, line: mark.line, column: mark.column), "", "YAML syntax: \(problem)")
        } catch {
            throw ScenarioError(ScenarioOrigin(file: file, line: 1, column: 1), "", "YAML: \(error)")
        }
        guard let root else { return }
        guard let mapping = root.mapping else {
            throw ScenarioError(origin(root, file), "", "expected a mapping of scenario keys, found \(Self.describe(root))")
        }
        if let parent = mapping.first(where: { $0.key.string == "extends" }) {
            guard let name = parent.value.scalar?.string else {
                throw ScenarioError(origin(parent.value, file), "extends", "expected a file name, found \(Self.describe(parent.value))")
            }
            let loaded: (text: String, file: String)
            do { loaded = try load(name, file) } catch let e as ScenarioError { throw e } catch {
                throw ScenarioError(origin(parent.value, file), "extends", "cannot read \"\(name)\": \(error)")
            }
            if chain.contains(loaded.file) || loaded.file == file {
                throw ScenarioError(origin(parent.value, file), "extends", "\"\(name)\" extends itself (through \((chain + [file]).joined(separator: " → ")))")
            }
            try read(text: loaded.text, file: loaded.file, into: &layer, chain: chain + [file])
        }
        var checker = ScenarioChecker(file: file, layer: layer)
        try checker.checkSection(mapping, fields: ScenarioSchema.fields, path: "", allowExtends: true)
        layer = checker.layer
    }

    func origin(_ node: Node, _ file: String) -> ScenarioOrigin {
        ScenarioOrigin(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    static func describe(_ node: Node) -> String { node.phraseForMessages }
}

/// The values a chain of scenario files sets, by dotted leaf path, with their origins.
struct ScenarioLayer {
    var values: [String: ScenarioValue] = [:]
    var origins: [String: ScenarioOrigin] = [:]
}
