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

    static func named(_ name: String, _ names: [String], _ values: [Double], _ range: ClosedRange<Double>, unit: String, _ help: String) -> ScenarioField {
        let entries = zip(names, values).map { ScenarioEntry($0, .number($1)) }
        return ScenarioField(name, .namedMap(of: .number(range), names: names), .map(entries), unit: unit, help)
    }
}
