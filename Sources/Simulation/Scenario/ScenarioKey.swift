/// A typed key of the scenario schema: its field (name, kind, default, unit, help) and how
/// its checked value reads as `Value`.
///
/// A parameter struct declares its keys as static constants, lists them in its
/// `ScenarioSection.schema`, and reads them back with `ScenarioReader`: the key's name is
/// written once, so a misspelt key is a compile error, and the value read has the type the
/// schema checked.
public struct ScenarioKey<Value: Sendable>: Sendable {
    /// The schema field the key declares.
    public let field: ScenarioField
    /// The checked value as `Value` (nil only when the value is not of the field's kind,
    /// which the checker rules out).
    let read: @Sendable (ScenarioValue) -> Value?

    public init(_ field: ScenarioField, read: @escaping @Sendable (ScenarioValue) -> Value?) {
        self.field = field; self.read = read
    }

    /// The key's name within its section.
    public var name: String { field.name }
}

/// A key or a nested section, as listed in a section's schema.
public protocol ScenarioFieldConvertible {
    var field: ScenarioField { get }
}

extension ScenarioKey: ScenarioFieldConvertible {}
extension ScenarioField: ScenarioFieldConvertible {
    public var field: ScenarioField { self }
}

extension ScenarioField {
    /// A section whose fields are the given keys and nested sections, in this order.
    public static func section(_ name: String, _ help: String, keys: [any ScenarioFieldConvertible]) -> ScenarioField {
        .section(name, help, keys.map(\.field))
    }
}

// MARK: Keys by kind (defaults are neutral unless a scenario gives a value)

extension ScenarioKey where Value == Double {
    public static func number(_ name: String, _ value: Double, _ range: ClosedRange<Double>, unit: String, _ help: String) -> Self {
        Self(.number(name, value, range, unit: unit, help)) { $0.doubleValue }
    }
    public static func fraction(_ name: String, _ value: Double, _ help: String) -> Self {
        Self(.fraction(name, value, help)) { $0.doubleValue }
    }
}

extension ScenarioKey where Value == Double? {
    /// A number that may be left unset (`null`, the default): nil then.
    public static func optionalNumber(_ name: String, _ range: ClosedRange<Double>, unit: String, _ help: String) -> Self {
        Self(ScenarioField(name, .number(range), .unset, unit: unit, help)) { v in
            if case .unset = v { return .some(nil) }
            return v.doubleValue.map { .some($0) }
        }
    }
}

extension ScenarioKey where Value == Int {
    public static func integer(_ name: String, _ value: Int, _ range: ClosedRange<Int>, unit: String, _ help: String) -> Self {
        Self(.integer(name, value, range, unit: unit, help)) { $0.intValue }
    }
}

extension ScenarioKey where Value == Bool {
    public static func flag(_ name: String, _ value: Bool, _ help: String) -> Self {
        Self(.flag(name, value, help)) { $0.boolValue }
    }
}

extension ScenarioKey where Value == String {
    public static func text(_ name: String, _ value: String, _ help: String) -> Self {
        Self(ScenarioField(name, .text(allowed: nil), .text(value), unit: "text", help)) { $0.textValue }
    }
}

extension ScenarioKey where Value: RawRepresentable & CaseIterable & Sendable, Value.RawValue == String {
    /// One of the enumeration's raw values.
    public static func choice(_ name: String, _ value: Value, _ help: String) -> Self {
        Self(.choice(name, value.rawValue, Value.allCases.map(\.rawValue), help)) { $0.textValue.flatMap(Value.init(rawValue:)) }
    }
}

extension ScenarioKey where Value == [String] {
    /// A list of names of villages, townships, sites or zones (checked against the region).
    public static func references(_ name: String, _ reference: ScenarioReference, unit: String? = nil, _ help: String) -> Self {
        var field = ScenarioField.references(name, reference, help)
        if let unit { field.unit = unit }
        return Self(field) { $0.listValue?.compactMap(\.textValue) }
    }
    /// A list of names, each one of `allowed`.
    public static func names(_ name: String, allowed: [String], _ value: [String], unit: String, _ help: String) -> Self {
        Self(ScenarioField(name, .list(of: .text(allowed: allowed), reference: nil), .list(value.map { .text($0) }), unit: unit, help)) {
            $0.listValue?.compactMap(\.textValue)
        }
    }
}

extension ScenarioKey where Value == [Int] {
    /// A list of years.
    public static func years(_ name: String, _ value: [Int], unit: String, _ help: String) -> Self {
        Self(ScenarioField(name, .list(of: .integer(ScenarioField.mapYears), reference: nil), .list(value.map { .integer($0) }), unit: unit, help)) {
            $0.listValue?.compactMap(\.intValue)
        }
    }
}

extension ScenarioKey where Value == [Int: Double] {
    /// A map from years (any of `ScenarioField.mapYears`) to numbers in `range`; `value` are the defaults.
    public static func yearNumbers(_ name: String, _ value: KeyValuePairs<Int, Double> = [:], _ range: ClosedRange<Double> = 0...1e12,
                                   unit: String, _ help: String) -> Self {
        let entries = value.map { ScenarioEntry(String($0.key), .number($0.value)) }
        return Self(ScenarioField(name, .yearMap(of: .number(range), years: ScenarioField.mapYears), .map(entries), unit: unit, help)) {
            $0.yearMap(\.doubleValue)
        }
    }
    /// A yearly money budget, yuan. The default is none: a program spends nothing in a
    /// year its scenario gives it no money for.
    public static func budget(_ help: String = "Money the program may spend each year; it never spends more (years not in the map: 0, the default: no money).") -> Self {
        yearNumbers("budget_yuan_by_year", unit: "yuan per year", help)
    }
}

extension ScenarioKey where Value == [Int: Int] {
    /// A map from years to integers in `range` (no default entries).
    public static func yearIntegers(_ name: String, _ range: ClosedRange<Int>, unit: String, _ help: String) -> Self {
        Self(ScenarioField(name, .yearMap(of: .integer(range), years: ScenarioField.mapYears), .map([]), unit: unit, help)) {
            $0.yearMap(\.intValue)
        }
    }
}

extension ScenarioKey {
    /// A map from every name of `names` to a number in `range` (`values` in the same order).
    public static func named<Name: RawRepresentable & Hashable & Sendable>(
        _ name: String, _ names: [Name], _ values: [Double], _ range: ClosedRange<Double>, unit: String, _ help: String
    ) -> Self where Value == [Name: Double], Name.RawValue == String {
        Self(.named(name, names.map(\.rawValue), values, range, unit: unit, help)) { v in
            guard let entries = v.mapValue else { return nil }
            var out: [Name: Double] = [:]
            for e in entries { if let n = Name(rawValue: e.key), let d = e.value.doubleValue { out[n] = d } }
            return out
        }
    }
}

extension ScenarioValue {
    /// A year map's entries by year (nil when this is not a map).
    func yearMap<T>(_ element: (ScenarioValue) -> T?) -> [Int: T]? {
        guard let entries = mapValue else { return nil }
        var out: [Int: T] = [:]
        for e in entries { if let year = Int(e.key), let value = element(e.value) { out[year] = value } }
        return out
    }
}
