import Yams

/// The one way Benkang reads a YAML file a user wrote (scenario, county profile, map
/// spec): a leading byte-order mark is dropped, aliases may not expand the document
/// past ``maximumExpandedNodes`` nodes ("billion laughs"), and every YAML error becomes
/// one line naming the file and line:column.
public enum YAMLDocument {
    /// The most nodes a document may stand for once its aliases are expanded.
    public static let maximumExpandedNodes = 100_000
    /// The deepest nesting a document may reach once its aliases are expanded.
    public static let maximumExpandedDepth = 1_000

    /// The root node of `text` (read from `file`), or nil when the document is empty or
    /// only comments.
    /// - Parameter maximumNodes: the expansion budget (defaults to ``maximumExpandedNodes``).
    /// - Throws: `GISError` with one diagnostic at the file's line:column: a syntax error,
    ///   a key repeated in one mapping (at the repetition, naming the key and its first
    ///   line), or an alias that would expand the document past the budget (at the alias).
    /// - Complexity: O(n) in the text length: the expansion is measured, with each
    ///   anchor's size remembered, on a copy where aliases are plain text, before the
    ///   document is composed.
    public static func compose(_ text: String, file: String, maximumNodes: Int = maximumExpandedNodes) throws -> Node? {
        let text = UTF8Text.droppingByteOrderMark(text)
        if YAMLAliasBudget.mayHoldAliases(text) {
            // The parser holds the anchors (nodes refer to them weakly): keep it while measuring.
            let masked = YAMLAliasBudget.masking(text)
            let parser = try reporting(file: file, original: text) { try Parser(yaml: masked) }
            if let root = try reporting(file: file, original: text, { try parser.singleRoot() }) {
                var budget = YAMLAliasBudget(file: file, maximumNodes: maximumNodes, maximumDepth: maximumExpandedDepth)
                try withExtendedLifetime(parser) { try budget.check(root) }
            }
        }
        return try reporting(file: file, original: text) { try Yams.compose(yaml: text) }
    }

    /// The result of `body`, with a Yams error made one diagnostic.
    private static func reporting<T>(file: String, original: String, _ body: () throws -> T) throws -> T {
        func fail(_ line: Int, _ column: Int, _ message: String) -> GISError {
            GISError(file: file, location: SourceLocation(line: line, column: column),
                     YAMLAliasBudget.unmasking(message))
        }
        do {
            return try body()
        } catch let YamlError.scanner(context, problem, mark, _), let YamlError.parser(context, problem, mark, _),
                let YamlError.composer(context, problem, mark, _) {
            let while_ = context.map { " (\($0.text) at \($0.mark.line):\($0.mark.column))" } ?? ""
            throw fail(mark.line, mark.column, "YAML syntax: \(problem)\(while_)")
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            let key = YAMLAliasBudget.unmasking(duplicates.first ?? "")
            let first = context.mark
            let again = repeatedKey(original, key: key, after: (first.line, first.column))
            let others = duplicates.count > 1 ? " (and \(duplicates.count - 1) more repeated keys in this mapping)" : ""
            if let again {
                throw fail(again.line, again.column, "duplicate key \"\(key)\": already given at line \(first.line):\(first.column) of this mapping\(others)")
            }
            throw fail(first.line, first.column, "duplicate key \"\(key)\": given more than once in this mapping\(others)")
        } catch {
            throw fail(1, 1, "cannot read the file as YAML")
        }
    }

    /// Where `key` is written again after its first occurrence at `first` in a block
    /// mapping (the same column on a later line, before the mapping ends), or nil.
    static func repeatedKey(_ text: String, key: String, after first: (line: Int, column: Int)) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = first.column - 1
        let spellings = [key, "'" + key.replacing("'", with: "''") + "'", "\"" + key + "\""]
        for (i, raw) in lines.enumerated() where i + 1 > first.line {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let body = line.drop { $0 == " " }
            if body.isEmpty || body.hasPrefix("#") { continue }
            let column = line.count - body.count
            if column < indent { return nil }
            guard column == indent else { continue }
            for s in spellings where body.hasPrefix(s) {
                let rest = body.dropFirst(s.count).drop { $0 == " " || $0 == "\t" }
                if rest.hasPrefix(":") && (rest.count == 1 || rest.dropFirst().first.map { $0 == " " || $0 == "\t" } == true) {
                    return (i + 1, first.column)
                }
            }
        }
        return nil
    }
}
