import Planning

/// The parameters of one section of the scenario (a process's, a program's), declared
/// beside the code that uses them: the section's schema lists the struct's own
/// `ScenarioKey`s, and `init` reads those same keys, so the two agree by construction.
/// Decoded once, when the checked scenario is built (`Scenario.parameters`).
public protocol ScenarioSection: Sendable {
    /// The section's field: its key name, help and the keys (and nested sections) it holds.
    static var schema: ScenarioField { get }
    /// Reads the section's keys.
    /// - Throws: `ScenarioError` at the key when values contradict each other (a minimum
    ///   above its maximum, a list naming something twice, …).
    init(_ reader: ScenarioReader) throws
    /// Checks what only the region can tell (a name's kind, a count the region bounds).
    /// - Throws: `ScenarioError` at the key or list item at fault. The default checks nothing.
    func check(in region: Region, _ reader: ScenarioReader) throws
}

extension ScenarioSection {
    public func check(in region: Region, _ reader: ScenarioReader) throws {}
}

/// Reads typed keys at one section of a checked scenario, and places errors at them.
public struct ScenarioReader: Sendable {
    let values: [String: ScenarioValue]
    let origins: [String: ScenarioOrigin]
    /// The dotted path of the section ("" at the top).
    public let path: String
    /// Records the key paths read (tests: every schema key is read, once).
    let trace: ReadTrace?

    init(values: [String: ScenarioValue], origins: [String: ScenarioOrigin], path: String = "", trace: ReadTrace? = nil) {
        self.values = values; self.origins = origins; self.path = path; self.trace = trace
    }

    /// The checked value of `key`. The schema checked its kind, so the value always reads.
    public subscript<Value>(_ key: ScenarioKey<Value>) -> Value {
        let p = path(key)
        guard let v = values[p], let value = key.read(v) else {
            preconditionFailure("scenario: \(p) is not a \(Value.self) key of the schema")
        }
        trace?.record(p)
        return value
    }

    /// The parameters of a nested section (or of a top-level section, at the top).
    public func section<S: ScenarioSection>(_ type: S.Type) throws -> S { try S(reader(for: type)) }

    /// The parameters of a nested section, or nil with its problems added to `problems`
    /// (so that one report lists the problems of every section).
    public func section<S: ScenarioSection>(_ type: S.Type, collecting problems: inout [ScenarioError]) -> S? {
        do { return try section(type) } catch let e as ScenarioError { problems += e.all; return nil } catch {
            problems.append(ScenarioError(.schemaDefault, join(S.schema.name), "\(error)"))
            return nil
        }
    }

    /// The reader of a nested section.
    public func reader<S: ScenarioSection>(for type: S.Type) -> ScenarioReader {
        ScenarioReader(values: values, origins: origins, path: join(S.schema.name), trace: trace)
    }

    /// The dotted key path of `key` in this section; `item` adds a list index (`[2]`) or a map key (`.2017`).
    public func path<Value>(_ key: ScenarioKey<Value>, item: String = "") -> String { join(key.name) + item }

    /// Where `key` (or its list item or map entry) was set, or the default marker.
    public func origin<Value>(_ key: ScenarioKey<Value>, item: String = "") -> ScenarioOrigin {
        origins[path(key, item: item)] ?? origins[path(key)] ?? .schemaDefault
    }

    /// An error at `key` (or its item), naming file, line:column and key path.
    public func error<Value>(_ key: ScenarioKey<Value>, item: String = "", _ message: String) -> ScenarioError {
        ScenarioError(origin(key, item: item), path(key, item: item), message)
    }

    private func join(_ name: String) -> String { path.isEmpty ? name : path + "." + name }
}

/// The key paths a decoding read, in order (for tests of the schema's agreement with the
/// parameter structs). One decoding runs on one thread; a trace is not shared between them.
final class ReadTrace: @unchecked Sendable {
    private(set) var read: [String] = []
    func record(_ path: String) { read.append(path) }
}
