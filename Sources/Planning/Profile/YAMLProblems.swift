import GIS

/// The problems found while reading one YAML file, collected so that every problem is
/// reported at once, and the key paths the reader knows (for the documentation check).
final class YAMLProblems {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Every key path the reader asked for, list items written `[]` (e.g. `zones.list[].name`).
    private(set) var knownPaths: Set<String> = []
    /// Nodes visited; the walk stops growing past `budget` (aliases can expand a small file).
    private var visited = 0
    let budget = 200_000

    /// Names that must be defined elsewhere in the file, checked after reading.
    private(set) var references: [(line: Int, column: Int, path: String, kind: String, name: String)] = []

    /// The profile's years once read (for checking years given later in the file).
    var years: PlanYears?

    init(file: String) { self.file = file }

    func refer(line: Int, column: Int, _ path: String, kind: String, name: String) {
        references.append((line, column, path, kind, name))
    }

    /// Reports every reference whose name is not among `defined[kind]`.
    func resolveReferences(_ defined: [String: [String]]) {
        for r in references {
            let names = defined[r.kind] ?? []
            guard !names.contains(r.name) else { continue }
            let known = names.isEmpty ? "none defined" : "defined: " + names.joined(separator: ", ")
            add(line: r.line, column: r.column, r.path, "unknown \(r.kind) \"\(r.name)\"\(DidYouMean.hint(for: r.name, among: names)) (\(known))")
        }
    }

    func add(line: Int, column: Int, _ keyPath: String, _ message: String) {
        guard diagnostics.count < 500 else { return }
        diagnostics.append(Diagnostic(.error, file: file, location: SourceLocation(line: line, column: column, path: keyPath.isEmpty ? nil : keyPath), message))
    }

    func know(_ docPath: String) { knownPaths.insert(docPath) }

    /// False once the walk has visited more nodes than the budget allows.
    func visit() -> Bool {
        visited += 1
        if visited == budget + 1 {
            add(line: 1, column: 1, "", "the file expands to more than \(budget) values (aliases?); refused")
        }
        return visited <= budget
    }
}
