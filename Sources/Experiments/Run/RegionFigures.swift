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

    /// The region's figures of one run, in `figures` order: ``combine(_:figures:)`` of each
    /// county's ``components(_:figures:)``, so a run computed in one process and one merged
    /// from shards holding the counties' components are the same numbers.
    public static func values(_ results: [RunResult], figures: [String]) -> [Double] {
        combine(results.map { components($0, figures: figures) }, figures: figures)
    }

    /// One county's figures from its components: the region's figures for a region of that
    /// county alone (a sum or ratio its own; `counties_exited_YEAR` 1 when it has exited by
    /// YEAR, else 0; `all_counties_exited_year` its exit year, +∞ when none).
    public static func countyValues(_ components: [Double], figures: [String]) -> [Double] {
        combine([components], figures: figures)
    }

    /// How a region figure is made from the counties' components.
    enum Rule {
        /// The counties' sum of their own figure of the same name.
        case sum
        /// Sum of the first component over sum of the second (0 when that is 0).
        case ratio(numerator: (CountyYear) -> Double, year: Int)
        case costPerPersonLiftedOut
        case countiesExited(year: Int)
        case allCountiesExited
    }

    static func rule(_ name: String) -> Rule {
        func year(after prefix: String) -> Int? { name.hasPrefix(prefix) ? Int(name.dropFirst(prefix.count)) : nil }
        if let y = year(after: "incidence_") { return .ratio(numerator: { Double($0.poorPersons) }, year: y) }
        if let y = year(after: "income_per_capita_") { return .ratio(numerator: { $0.incomeYuan }, year: y) }
        if let y = year(after: "counties_exited_") { return .countiesExited(year: y) }
        if name == "cost_yuan_per_person_lifted_out" { return .costPerPersonLiftedOut }
        if name == "all_counties_exited_year" { return .allCountiesExited }
        return .sum
    }

    /// The components a region figure takes from each county: 2 for a ratio, else 1.
    public static func componentCount(_ figure: String) -> Int {
        switch rule(figure) {
        case .ratio, .costPerPersonLiftedOut: 2
        default: 1
        }
    }

    /// The names of the components of `figures`, in order (a shard's `figures`): a figure's
    /// first component has its name, a ratio's second `NAME/denominator`.
    public static func componentNames(_ figures: [String]) -> [String] {
        figures.flatMap { f in componentCount(f) == 2 ? [f, f + "/denominator"] : [f] }
    }

    /// One county's run as components of `figures` (``componentNames(_:)``): a sum figure
    /// its own value (0 when it lacks it, e.g. a program it has not), a ratio its numerator
    /// and denominator (poor persons or income, and population, of the year; cost and
    /// persons lifted out), `counties_exited_YEAR` 1 or 0, `all_counties_exited_year` its exit year (+∞: none).
    public static func components(_ r: RunResult, figures: [String]) -> [Double] {
        var byName: [String: Double] = [:]
        for f in KeyFigures.of(r) { byName[f.name] = f.value }
        return figures.flatMap { name -> [Double] in
            switch rule(name) {
            case .sum: return [byName[name] ?? 0]
            case .ratio(let numerator, let y):
                guard let row = r.county.first(where: { $0.year == y }) else { return [0, 0] }
                return [numerator(row), Double(row.population)]
            case .costPerPersonLiftedOut: return [byName["cost_yuan_total"] ?? 0, byName["lifted_out_total"] ?? 0]
            case .countiesExited(let y): return [r.countyExitYear.map { $0 <= y ? 1 : 0 } ?? 0]
            case .allCountiesExited: return [Quantiles.year(r.countyExitYear)]
            }
        }
    }

    /// The region's figures from every county's components (`perCounty[c]`, in county order).
    public static func combine(_ perCounty: [[Double]], figures: [String]) -> [Double] {
        var out: [Double] = [], k = 0
        for name in figures {
            let n = componentCount(name)
            let first = perCounty.map { $0[k] }, second = n == 2 ? perCounty.map { $0[k + 1] } : []
            k += n
            switch rule(name) {
            case .sum, .countiesExited: out.append(first.reduce(0, +))
            case .ratio, .costPerPersonLiftedOut:
                let d = second.reduce(0, +)
                out.append(d > 0 ? first.reduce(0, +) / d : 0)
            case .allCountiesExited: out.append(first.max() ?? .infinity)
            }
        }
        return out
    }
}
