import Yams

/// Measures how large a YAML document becomes once its aliases are expanded, without
/// expanding them: each anchor's node count and depth is remembered where the anchor is
/// defined and added where an alias names it.
///
/// Yams expands aliases into shared copies, and comparing mapping keys (its duplicate-key
/// check) walks the expanded copy, so a 500-byte file can stand for a billion nodes. The
/// measure is therefore taken on a copy of the text in which every alias `*name` is the
/// plain scalar `U+E000 name` (same line and column), before the document itself is
/// composed.
struct YAMLAliasBudget {
    let file: String
    let maximumNodes: Int
    let maximumDepth: Int
    /// Expanded node count and depth of each anchor, by name, as last defined.
    private var anchors: [String: (count: Int, depth: Int)] = [:]
    /// Expanded nodes so far, in document order.
    private var total = 0

    init(file: String, maximumNodes: Int, maximumDepth: Int) {
        self.file = file; self.maximumNodes = maximumNodes; self.maximumDepth = maximumDepth
    }

    /// The private-use character that stands for `*` in the masked text.
    static let mark: Unicode.Scalar = "\u{E000}"

    /// libyaml's anchor name characters: ASCII letters, digits, `_` and `-`.
    static func isAnchorCharacter(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-")
    }

    /// True when `text` has a `*` followed by an anchor character (it may hold an alias).
    static func mayHoldAliases(_ text: String) -> Bool {
        var previousIsStar = false
        for c in text.unicodeScalars {
            if previousIsStar && isAnchorCharacter(c) { return true }
            previousIsStar = c == "*"
        }
        return false
    }

    /// `text` with every `*` that is followed by an anchor character replaced by ``mark``:
    /// every alias (and some harmless other stars) becomes plain text of the same width.
    static func masking(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            if c == "*", i + 1 < scalars.count, isAnchorCharacter(scalars[i + 1]) { out.append(mark) } else { out.append(c) }
        }
        return String(out)
    }

    /// `text` with ``mark`` written back as `*` (for messages from the masked copy).
    static func unmasking(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == mark ? "*" : $0 }))
    }

    /// The anchor an alias placeholder names, or nil for any other scalar.
    static func aliasName(_ scalar: Node.Scalar) -> String? {
        guard scalar.style == .plain || scalar.style == .any else { return nil }
        let s = scalar.string.unicodeScalars
        guard s.first == mark, s.count > 1, s.dropFirst().allSatisfy(isAnchorCharacter) else { return nil }
        return String(String.UnicodeScalarView(s.dropFirst()))
    }

    /// Walks the masked document in order and refuses it at the first alias that takes
    /// the expanded document past the node or depth budget.
    /// - Throws: `GISError` at the alias's line:column.
    mutating func check(_ root: Node) throws {
        _ = try measure(root)
    }

    private mutating func measure(_ node: Node) throws -> (count: Int, depth: Int) {
        var count = 1, depth = 1
        switch node {
        case .scalar(let s):
            if let name = Self.aliasName(s), let anchored = anchors[name] {
                count = anchored.count; depth = anchored.depth
                total += count
                if total > maximumNodes || depth > maximumDepth {
                    let m = node.mark
                    let what = depth > maximumDepth
                        ? "nests \(depth) levels deep (at most \(maximumDepth))"
                        : "stands for \(count) nodes, and the document would expand to more than \(maximumNodes) nodes"
                    throw GISError(file: file, location: SourceLocation(line: m?.line ?? 0, column: m?.column ?? 0),
                                   "the alias *\(name) \(what); refused (write the values out, or use fewer nested aliases)")
                }
            } else {
                total += 1
            }
        case .mapping(let mapping):
            total += 1
            for (k, v) in mapping {
                let a = try measure(k), b = try measure(v)
                count += a.count + b.count
                depth = max(depth, 1 + max(a.depth, b.depth))
            }
        case .sequence(let sequence):
            total += 1
            for item in sequence {
                let a = try measure(item)
                count += a.count
                depth = max(depth, 1 + a.depth)
            }
        case .alias:
            total += 1
        }
        if let anchor = node.anchor { anchors[anchor.rawValue] = (count, depth) }
        return (count, depth)
    }
}
