/// The key figures (KPIs) of one run, by name, in a fixed order.
public enum KeyFigures {
    /// True for figures that are years (+∞ for "not by the last year").
    public static func isYear(_ name: String) -> Bool { name.hasSuffix("_year") }

    /// P10/P50/P90 of a figure over runs: order statistics for years, else interpolated.
    public static func quantiles(_ name: String, _ values: [Double]) -> Quantiles {
        isYear(name) ? Quantiles(orderStatistics: values) : Quantiles(values)
    }

    /// Names and values of the run's KPIs. Year figures (names ending in `_year`) are
    /// +∞ when the event did not happen by the last year; summarise them with
    /// `Quantiles(orderStatistics:)`, never by interpolation.
    /// - Complexity: O(years + programs).
    public static func of(_ r: RunResult) -> [(name: String, value: Double)] {
        var out: [(String, Double)] = []
        for c in r.county { out.append(("poor_persons_\(c.year)", Double(c.poorPersons))) }
        for c in r.county { out.append(("incidence_\(c.year)", c.incidence)) }
        for c in r.county.dropFirst() { out.append(("lifted_out_\(c.year)", Double(c.liftedOutPersons))) }
        for c in r.county { out.append(("income_per_capita_\(c.year)", c.incomeYuanPerPerson)) }
        for c in r.county { out.append(("villages_exited_total_\(c.year)", Double(c.villagesExitedTotal))) }
        let lifted = r.county.dropFirst().reduce(0) { $0 + $1.liftedOutPersons }
        let cost = r.county.reduce(0) { $0 + $1.costYuan }
        out.append(("lifted_out_total", Double(lifted)))
        out.append(("cost_yuan_total", cost))
        out.append(("cost_yuan_per_person_lifted_out", lifted > 0 ? cost / Double(lifted) : 0))
        out.append(("relocated_persons", Double(r.county.last?.relocatedPersons ?? 0)))
        out.append(("county_exit_year", Quantiles.year(r.countyExitYear)))
        for program in r.budgetYuan.keys.sorted() {
            out.append(("cost_yuan_\(program)", r.spentYuan[program]?.values.reduce(0, +) ?? 0))
        }
        return out
    }
}
