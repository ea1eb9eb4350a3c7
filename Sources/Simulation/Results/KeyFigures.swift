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

/// One reported figure of the brief beside the simulated one.
public struct CalibrationCheck: Hashable, Sendable {
    public var name: String
    public var reported: Double
    public var simulated: Double
    /// Allowed relative deviation (0.05 = ±5 %).
    public var tolerance: Double
    public var relativeDeviation: Double { reported != 0 ? (simulated - reported) / reported : 0 }
    public var passes: Bool { abs(relativeDeviation) <= tolerance }

    /// The brief's 2016 figures against the P50 of the runs: 16,301 rural poor lifted
    /// out; rural income 8,096 yuan per person (+15.3 %); plus the 2015 base (64,900
    /// poor, 9.5 %), which synthesis must reproduce.
    public static func brief2016(_ runs: [RunResult], tolerance: Double = 0.05) -> [CalibrationCheck] {
        func p50(_ f: (RunResult) -> Double) -> Double { Quantiles(runs.map(f)).p50 }
        func year(_ r: RunResult, _ y: Int) -> CountyYear { r.county.first { $0.year == y }! }
        let growth = p50 { year($0, 2016).incomeYuanPerPerson / year($0, 2015).incomeYuanPerPerson - 1 }
        return [
            CalibrationCheck(name: "rural poor 2015 (persons)", reported: 64_900, simulated: p50 { Double(year($0, 2015).poorPersons) }, tolerance: 0.001),
            CalibrationCheck(name: "incidence 2015", reported: 0.095, simulated: p50 { year($0, 2015).incidence }, tolerance: 0.01),
            CalibrationCheck(name: "rural poor lifted out 2016 (persons)", reported: 16_301, simulated: p50 { Double(year($0, 2016).liftedOutPersons) }, tolerance: tolerance),
            CalibrationCheck(name: "rural income per capita 2016 (yuan)", reported: 8_096, simulated: p50 { year($0, 2016).incomeYuanPerPerson }, tolerance: tolerance),
            CalibrationCheck(name: "rural income growth 2016 (+15.3 %)", reported: 0.153, simulated: growth, tolerance: 0.2),
        ]
    }
}
