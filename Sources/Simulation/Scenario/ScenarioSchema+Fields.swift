/// Shorthands for declaring schema fields.
extension ScenarioField {
    static func number(_ name: String, _ value: Double, _ range: ClosedRange<Double>, unit: String, _ help: String) -> ScenarioField {
        ScenarioField(name, .number(range), .number(value), unit: unit, help)
    }
    static func fraction(_ name: String, _ value: Double, _ help: String) -> ScenarioField {
        number(name, value, 0...1, unit: "fraction (0…1)", help)
    }
    static func integer(_ name: String, _ value: Int, _ range: ClosedRange<Int>, unit: String, _ help: String) -> ScenarioField {
        ScenarioField(name, .integer(range), .integer(value), unit: unit, help)
    }
    static func flag(_ name: String, _ value: Bool, _ help: String) -> ScenarioField {
        ScenarioField(name, .boolean, .boolean(value), unit: "boolean", help)
    }
    static func choice(_ name: String, _ value: String, _ allowed: [String], _ help: String) -> ScenarioField {
        ScenarioField(name, .text(allowed: allowed), .text(value), unit: "one of the names listed", help)
    }
    static func references(_ name: String, _ reference: ScenarioReference, _ help: String) -> ScenarioField {
        ScenarioField(name, .list(of: .text(allowed: nil), reference: reference), .list([]),
                      unit: "list of \(reference.rawValue) ids", help)
    }
    /// The years a year map may hold (any county's plan years fall in it).
    static let mapYears = 2010...2035
    /// The years the year maps' defaults are written for (the plan years the defaults were made for).
    static let defaultYears = 2016...2020

    /// A yearly money budget, in yuan, with defaults for 2016…2020 (other years: 0).
    static func budget(_ values: [Double], _ help: String = "Money the program may spend each year; it never spends more (years not in the map: 0).") -> ScenarioField {
        yearNumbers("budget_yuan_by_year", defaultYears, values, unit: "yuan per year", help)
    }
    /// A map from years (any of `mapYears`) to numbers, with defaults for `defaultYears`.
    static func yearNumbers(_ name: String, _ defaultYears: ClosedRange<Int>, _ values: [Double], unit: String, _ help: String) -> ScenarioField {
        precondition(values.count == defaultYears.count)
        let entries = zip(defaultYears, values).map { ScenarioEntry(String($0), .number($1)) }
        return ScenarioField(name, .yearMap(of: .number(0...1e12), years: mapYears), .map(entries), unit: unit, help)
    }
    static func named(_ name: String, _ names: [String], _ values: [Double], _ range: ClosedRange<Double>, unit: String, _ help: String) -> ScenarioField {
        let entries = zip(names, values).map { ScenarioEntry($0, .number($1)) }
        return ScenarioField(name, .namedMap(of: .number(range), names: names), .map(entries), unit: unit, help)
    }
}

/// The income sources of a household, in the order of the household columns.
public enum IncomeSource: String, CaseIterable, Sendable {
    case farming, localWages = "local_wages", remittances, transfers
}
