import Yams

extension Node {
    /// How a YAML value is named in "expected …, found …" messages: a scalar's text in
    /// quotes, or "a mapping", "a list", "an alias".
    public var phraseForMessages: String {
        switch self {
        case .scalar(let s): "\"\(s.string)\""
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
