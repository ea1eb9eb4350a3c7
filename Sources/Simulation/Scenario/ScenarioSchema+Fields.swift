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
    /// A yearly money budget for 2016…2020, in yuan.
    static func budget(_ values: [Double], _ help: String = "Money the program may spend each year; it never spends more.") -> ScenarioField {
        yearNumbers("budget_yuan_by_year", 2016...2020, values, unit: "yuan per year", help)
    }
    static func yearNumbers(_ name: String, _ years: ClosedRange<Int>, _ values: [Double], unit: String, _ help: String) -> ScenarioField {
        precondition(values.count == years.count)
        let entries = zip(years, values).map { ScenarioEntry(String($0), .number($1)) }
        return ScenarioField(name, .yearMap(of: .number(0...1e12), years: years), .map(entries), unit: unit, help)
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
