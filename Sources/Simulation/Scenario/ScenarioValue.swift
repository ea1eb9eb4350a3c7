/// A value in a scenario file after checking against the schema.
public indirect enum ScenarioValue: Hashable, Sendable {
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case text(String)
    case list([ScenarioValue])
    /// A mapping with ordered keys (years as decimal strings, or fixed names).
    case map([ScenarioEntry])
    /// Not set (`null`): the default of keys whose value, when no file sets it, comes
    /// from elsewhere (the county profile).
    case unset

    /// The value as a Double (integers widen).
    public var doubleValue: Double? {
        switch self {
        case .number(let d): d
        case .integer(let i): Double(i)
        default: nil
        }
    }
    public var intValue: Int? { if case .integer(let i) = self { return i }; return nil }
    public var boolValue: Bool? { if case .boolean(let b) = self { return b }; return nil }
    public var textValue: String? { if case .text(let s) = self { return s }; return nil }
    public var listValue: [ScenarioValue]? { if case .list(let l) = self { return l }; return nil }
    public var mapValue: [ScenarioEntry]? { if case .map(let m) = self { return m }; return nil }
}

/// One key and value of a scenario mapping.
public struct ScenarioEntry: Hashable, Sendable {
    public var key: String
    public var value: ScenarioValue
    public init(_ key: String, _ value: ScenarioValue) { self.key = key; self.value = value }
}

/// Where a scenario value came from: the file and its 1-based line and column.
public struct ScenarioOrigin: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int, column: Int) { self.file = file; self.line = line; self.column = column }
    /// A default filled in by the schema rather than read from a file.
    public static let schemaDefault = ScenarioOrigin(file: "(default)", line: 0, column: 0)
    public var description: String { "\(file):\(line):\(column)" }
}
