/// A JSON value as it appears in GeoJSON properties and foreign members.
///
/// Objects keep their members in file order (``JSONObject``), so a decode–encode
/// round trip keeps the property order. Numbers are `Double`s parsed correctly
/// rounded; integers up to 2^53 are written back without a fraction.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The number, when this is one.
    public var doubleValue: Double? { if case .number(let d) = self { return d }; return nil }
    /// The string, when this is one.
    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    /// The Boolean, when this is one.
    public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
    /// The array, when this is one.
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
    /// The object, when this is one.
    public var objectValue: JSONObject? { if case .object(let o) = self { return o }; return nil }
    /// The integer, when this is a number with no fraction within ±2^53.
    public var intValue: Int? {
        guard case .number(let d) = self, d.rounded() == d, abs(d) <= 9_007_199_254_740_992 else { return nil }
        return Int(d)
    }
    /// True for `null`.
    public var isNull: Bool { if case .null = self { return true }; return false }

    /// The JSON type name used in messages and schemas: `null`, `boolean`, `number`,
    /// `string`, `array` or `object`.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// A JSON object whose members keep their order. Keys are unique: setting an existing
/// key replaces its value in place.
///
/// - Complexity: lookups are O(n) in the member count; property tables are small.
public struct JSONObject: Hashable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
    public private(set) var keys: [String] = []
    public private(set) var values: [JSONValue] = []

    public init() {}
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        for (k, v) in elements { self[k] = v }
    }
    /// Members in order; a repeated key keeps its first position and its last value.
    public init<S: Sequence>(_ members: S) where S.Element == (String, JSONValue) {
        for (k, v) in members { self[k] = v }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    public subscript(key: String) -> JSONValue? {
        get { keys.firstIndex(of: key).map { values[$0] } }
        set {
            if let i = keys.firstIndex(of: key) {
                if let v = newValue { values[i] = v } else { keys.remove(at: i); values.remove(at: i) }
            } else if let v = newValue {
                keys.append(key); values.append(v)
            }
        }
    }

    /// Makes room for `n` members without reallocating (for decoders).
    mutating func reserveCapacity(_ n: Int) {
        keys.reserveCapacity(n); values.reserveCapacity(n)
    }

    /// Appends without checking for an existing key: for decoders that have already
    /// checked, to keep decoding O(n).
    public mutating func appendUnchecked(_ key: String, _ value: JSONValue) {
        keys.append(key); values.append(value)
    }

    public func makeIterator() -> Zip2Sequence<[String], [JSONValue]>.Iterator {
        zip(keys, values).makeIterator()
    }
}
