import GIS

/// The checks a village's figures must pass after import, the same the Planning loader
/// makes (Region+Decode.swift) plus "a 社区 is never a poor village", on the table's
/// values overlaid on the village's current ones.
enum FigureConsistency {
    static func check(values: [String: JSONValue], village e: VillageDirectory.Entry, row: Int,
                      header: VillageTableHeader, table: DataTable) -> [ImportProblem] {
        func current(_ k: String) -> JSONValue? { values[k] ?? e.properties[k] }
        func int(_ k: String) -> Int? { current(k)?.intValue }
        func source(_ k: String) -> String { values[k] != nil ? "" : " (geodata)" }
        var problems: [ImportProblem] = []
        func fail(_ keys: [String], _ message: String) {
            // Reported at the first of `keys` this row gives, and only when the row gives one.
            guard keys.contains(where: { values[$0] != nil }) else { return }
            problems.append(ImportProblem(.error, row: row, column: keys.lazy.compactMap { values[$0] != nil ? header.index(of: $0) : nil }.first, message))
        }
        if current("poor_village")?.boolValue == true && e.kind == "社区" {
            fail(["poor_village"], "\(e.label) is a 社区 (urban community); expected poor_village 否/false: only 村 are poor villages")
        }
        guard let pop = int("population"), let hh = int("households"), let ph = int("poor_households"), let pp = int("poor_persons") else {
            return problems
        }
        if hh > pop {
            fail(["households", "population"], "households \(hh)\(source("households")) exceed population \(pop)\(source("population")); expected at most one household per person")
        }
        if ph > hh {
            fail(["poor_households", "households"], "poor households \(ph)\(source("poor_households")) exceed households \(hh)\(source("households"))")
        }
        if pp > pop {
            fail(["poor_persons", "population"], "poor persons \(pp)\(source("poor_persons")) exceed population \(pop)\(source("population"))")
        }
        if pp < ph {
            fail(["poor_persons", "poor_households"], "poor persons \(pp)\(source("poor_persons")) are fewer than poor households \(ph)\(source("poor_households")); expected at least one person per poor household")
        }
        if pop - pp < hh - ph && hh <= pop && pp <= pop {
            fail(["population", "poor_persons", "households", "poor_households"],
                 "non-poor persons \(pop - pp) are fewer than non-poor households \(hh - ph); expected at least one person per household")
        }
        if ph == 0 && pp > 0 {
            fail(["poor_persons", "poor_households"], "poor persons \(pp) but no poor households; expected poor_households ≥ 1")
        }
        if hh - ph == 0 && pop > pp && ph <= hh {
            fail(["households", "poor_households", "population", "poor_persons"],
                 "\(pop - pp) non-poor persons but no non-poor households; expected households > poor_households")
        }
        return problems
    }
}
