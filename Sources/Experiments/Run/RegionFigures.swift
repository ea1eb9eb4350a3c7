import GIS
import Simulation

/// The key figures of one run of a region: run r of every county taken together
/// (docs/experiments.md, "Experiments over a region"). Counts and yuan are the counties'
/// sums; `incidence_YEAR` and `income_per_capita_YEAR` are ratios of the sums (never
/// averages of the counties' ratios); `counties_exited_YEAR` counts the counties exited by
/// that year and `all_counties_exited_year` is the year every county has exited (+∞: not
/// by the last year). `county_exit_year`, one county's year, has no region meaning.
public enum RegionFigures {
    /// Names and values of the region's figures for one run, `results[c]` county c's run.
    /// The counties cover the same years (a region file is refused otherwise); a year a
    /// county lacks adds nothing.
    public static func of(_ results: [RunResult]) -> [(name: String, value: Double)] {
        guard let first = results.first else { return [] }
        let years = first.county.map(\.year)
        func rows(_ year: Int) -> [CountyYear] { results.compactMap { r in r.county.first { $0.year == year } } }
        var out: [(String, Double)] = []
        for y in years { out.append(("poor_persons_\(y)", Double(rows(y).reduce(0) { $0 + $1.poorPersons }))) }
        for y in years {
            let rs = rows(y), population = rs.reduce(0) { $0 + $1.population }
            out.append(("incidence_\(y)", population > 0 ? Double(rs.reduce(0) { $0 + $1.poorPersons }) / Double(population) : 0))
        }
        for y in years.dropFirst() { out.append(("lifted_out_\(y)", Double(rows(y).reduce(0) { $0 + $1.liftedOutPersons }))) }
        for y in years {
            let rs = rows(y), population = rs.reduce(0) { $0 + $1.population }
            out.append(("income_per_capita_\(y)", population > 0 ? rs.reduce(0) { $0 + $1.incomeYuan } / Double(population) : 0))
        }
        for y in years { out.append(("villages_exited_total_\(y)", Double(rows(y).reduce(0) { $0 + $1.villagesExitedTotal }))) }
        for y in years {
            out.append(("counties_exited_\(y)", Double(results.filter { r in r.countyExitYear.map { $0 <= y } ?? false }.count)))
        }
        let lifted = results.reduce(0) { $0 + $1.county.dropFirst().reduce(0) { $0 + $1.liftedOutPersons } }
        let cost = results.reduce(0) { $0 + $1.county.reduce(0) { $0 + $1.costYuan } }
        out.append(("lifted_out_total", Double(lifted)))
        out.append(("cost_yuan_total", cost))
        out.append(("cost_yuan_per_person_lifted_out", lifted > 0 ? cost / Double(lifted) : 0))
        out.append(("relocated_persons", Double(results.reduce(0) { $0 + ($1.county.last?.relocatedPersons ?? 0) })))
        let exits = results.map(\.countyExitYear)
        out.append(("all_counties_exited_year", exits.contains(nil) ? .infinity : Double(exits.compactMap { $0 }.max() ?? 0)))
        let programs = Set(results.flatMap(\.budgetYuan.keys)).sorted()
        for program in programs {
            out.append(("cost_yuan_\(program)", results.reduce(0) { $0 + ($1.spentYuan[program]?.values.reduce(0, +) ?? 0) }))
        }
        return out
    }

    /// Checks the figures' names on one run of every county.
    /// - Throws: `UnknownFigureError` naming each figure a region does not yield, with a
    ///   did-you-mean (and for `county_exit_year`, the region's exit figures).
    public static func check(figures: [String], on results: [RunResult]) throws {
        let known = of(results).map(\.name)
        let problems: [String] = figures.filter { !known.contains($0) }.map { name in
            if name == "county_exit_year" {
                return "key figure \"county_exit_year\" is one county's exit year and has no meaning summed over a region: use \"all_counties_exited_year\" (the year every county has exited) or \"counties_exited_YEAR\" (counties exited by YEAR) (docs/experiments.md, \"Experiments over a region\")"
            }
            return "unknown region key figure \"\(name)\"\(DidYouMean.hint(for: name, among: known)) (the figures: docs/experiments.md, \"Experiments over a region\")"
        }
        guard problems.isEmpty else { throw UnknownFigureError(problems: problems) }
    }

    /// The region's figures of one run, in `figures` order (NaN for one the run lacks).
    public static func values(_ results: [RunResult], figures: [String]) -> [Double] {
        var byName: [String: Double] = [:]
        for f in of(results) { byName[f.name] = f.value }
        return figures.map { byName[$0] ?? .nan }
    }
}
