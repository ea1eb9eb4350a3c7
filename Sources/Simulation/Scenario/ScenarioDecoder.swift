import GIS
import Planning
import Yams

/// Reads scenario YAML text, checking every key against ``ScenarioSchema``, following
/// `extends:` to a parent file, and filling in every default.
///
/// The decoder does no file I/O itself: `load` is given a name as written after
/// `extends:` (relative to the file that says it) and returns the text and the name to
/// use in messages; `identity` maps such a name to the file it is (the CLI resolves
/// `./`, `..` and symbolic links), so that a chain of `extends` that comes back to a
/// file it has read is a cycle however the name is spelled.
public struct ScenarioDecoder {
    public typealias Loader = (_ name: String, _ relativeTo: String) throws -> (text: String, file: String)
    let load: Loader
    let identity: (String) -> String

    /// The most files one chain of `extends` may hold (a longer chain is refused).
    public static let maximumExtendsDepth = 32

    /// - Parameters:
    ///   - identity: the canonical name of a file (default: the name with `.` and `..`
    ///     components and repeated slashes removed, without looking at the disk).
    public init(identity: @escaping (String) -> String = ScenarioDecoder.lexicalIdentity, load: @escaping Loader) {
        self.load = load; self.identity = identity
    }

    /// The run counts the scenario key `runs` allows (the same bound applies to `--runs`).
    public static var runsRange: ClosedRange<Int> {
        for (path, field) in ScenarioSchema.leafPaths where path == "runs" {
            if case .integer(let range) = field.kind { return range }
        }
        return 1...100_000
    }

    /// Decodes a scenario.
    /// - Throws: `ScenarioError` naming file, line:column and key path for a YAML syntax
    ///   error, a repeated key, an alias that expands too far, an unknown key (with a
    ///   did-you-mean), a wrong type, an out-of-range value, an unknown or repeated year,
    ///   an empty file, or a cycle of `extends`.
    ///   Every problem of the files is reported, up to `ScenarioError.reportLimit`: the
    ///   error thrown is the first, with the others in `others`.
    public func decode(text: String, file: String) throws -> Scenario {
        try decode(text: text, file: file, overrides: [])
    }

    /// Decodes a scenario and applies command-line overrides after the chain of files:
    /// every `--set`, then every `--scale`, each in the order given (see ``ScenarioOverride``).
    /// - Throws: `ScenarioError` as `decode(text:file:)`, and for an override at an unknown
    ///   key, with a value the key does not allow, or scaling to a value outside its range
    ///   (the origin names the option as written: `--set key.path=VALUE`).
    public func decode(text: String, file: String, overrides: [ScenarioOverride]) throws -> Scenario {
        var layer = ScenarioLayer()
        var errors: [ScenarioError] = []
        try read(text: text, file: file, into: &layer, errors: &errors, chain: [])
        let ordered = overrides.filter { if case .set = $0 { true } else { false } } + overrides.filter { if case .scale = $0 { true } else { false } }
        var applier = ScenarioOverrideApplier(layer: layer)
        applier.apply(ordered)
        errors += applier.errors
        if !errors.isEmpty { throw ScenarioError.combining(errors) }
        return try Scenario(layer: applier.layer)
    }

    private func read(text: String, file: String, into layer: inout ScenarioLayer, errors: inout [ScenarioError],
                      chain: [(file: String, identity: String)]) throws {
        let root: Node?
        do {
            root = try YAMLDocument.compose(text, file: file)
        } catch let error as GISError {
            let d = error.diagnostics.first
            let at = ScenarioSyntaxExplanation.Place(line: d?.location.line ?? 0, column: d?.location.column ?? 0)
            let plain = ScenarioSyntaxExplanation.explain(d?.message ?? "cannot read the file as YAML", at: at, text: text)
            throw ScenarioError.combining(errors + [ScenarioError(ScenarioOrigin(file: file, line: plain.place.line, column: plain.place.column), "",
                                                                  plain.message)])
        }
        guard let root, !Self.isEmptyDocument(root) else {
            let what = chain.isEmpty ? "the scenario" : "this file (extended by \(chain.last?.file ?? ""))"
            throw ScenarioError(ScenarioOrigin(file: file, line: 0, column: 0), "",
                                "\(what) is empty or only comments: it sets no key, so it would run the built-in defaults under the name \"baseline\"; refused (write the keys it changes, e.g. `extends: baseline.yaml` and `name:`)")
        }
        guard let mapping = root.mapping else {
            throw ScenarioError(origin(root, file), "", "expected a mapping of scenario keys, found \(Self.describe(root))")
        }
        let here = chain + [(file, identity(file))]
        if let parent = mapping.first(where: { $0.key.string == "extends" }) {
            guard let name = parent.value.scalar?.string, !name.isEmpty else {
                throw ScenarioError(origin(parent.value, file), "extends", "expected a file name, found \(Self.describe(parent.value))")
            }
            let loaded: (text: String, file: String)
            do { loaded = try load(name, file) } catch let e as ScenarioError { throw e } catch {
                throw ScenarioError(origin(parent.value, file), "extends", "cannot read \"\(name)\": \(error)")
            }
            let loadedIdentity = identity(loaded.file)
            if here.contains(where: { $0.identity == loadedIdentity }) {
                let names = (here.map(\.file) + [loaded.file]).joined(separator: " → ")
                throw ScenarioError(origin(parent.value, file), "extends", "\"\(name)\" is already in the chain of extends, a cycle: \(names)")
            }
            guard here.count < Self.maximumExtendsDepth else {
                throw ScenarioError(origin(parent.value, file), "extends",
                                    "the chain of extends is longer than \(Self.maximumExtendsDepth) files (from \(here[0].file)); refused")
            }
            try read(text: loaded.text, file: loaded.file, into: &layer, errors: &errors, chain: here)
        }
        var checker = ScenarioChecker(file: file, layer: layer)
        try checker.checkSection(mapping, fields: ScenarioSchema.fields, path: "", allowExtends: true)
        layer = checker.layer
        if let found = ScenarioSyntaxExplanation.thousandsInFlow(text), checker.errors.contains(where: { $0.origin.line == found.place.line }) {
            errors.append(ScenarioError(ScenarioOrigin(file: file, line: found.place.line, column: found.place.column), "",
                                        ScenarioSyntaxExplanation.thousandsMessage(found.number)))
        }
        errors += checker.errors
    }

    func origin(_ node: Node, _ file: String) -> ScenarioOrigin {
        ScenarioOrigin(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    static func describe(_ node: Node) -> String { node.phraseForMessages }

    /// True for a document that sets nothing: `{}`, or a lone `---` (an empty plain scalar, `~` or `null`).
    static func isEmptyDocument(_ root: Node) -> Bool {
        if let m = root.mapping { return m.isEmpty }
        if let s = root.scalar, s.style == .plain || s.style == .any { return ["", "~", "null"].contains(s.string) }
        return false
    }

    /// `path` with empty and `.` components dropped and `dir/..` pairs removed:
    /// `a/./b.yaml`, `a//b.yaml` and `a/x/../b.yaml` are all `a/b.yaml`.
    public static func lexicalIdentity(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", absolute { continue }
            parts.append(part)
        }
        return (absolute ? "/" : "") + parts.joined(separator: "/")
    }
}

/// The values a chain of scenario files sets, by dotted leaf path, with their origins.
struct ScenarioLayer {
    var values: [String: ScenarioValue] = [:]
    var origins: [String: ScenarioOrigin] = [:]
}
