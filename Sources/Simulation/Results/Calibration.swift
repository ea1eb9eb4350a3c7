import Planning

/// One calibration target of the county profile beside the simulated figure over the runs.
public struct CalibrationResult: Sendable, Hashable {
    public var target: CalibrationTarget
    /// P10, P50 and P90 of the simulated figure over the runs; nil when the target's
    /// year is not simulated.
    public var simulated: Quantiles?
    /// For a share-of-runs tolerance: the share of runs in which the event happens (the
    /// figure reaches the reported value; for `county_exit`, the county meets its rule
    /// on that year's figures).
    public var shareOfRuns: Double?
    public var passes: Bool

    /// Simulated P50 minus the reported value (nil when not simulated).
    public var deviation: Double? { simulated.map { $0.p50 - target.value } }
    /// The deviation as a fraction of the reported value (nil when not simulated or reported 0).
    public var relativeDeviation: Double? {
        guard let d = deviation, target.value != 0 else { return nil }
        return d / abs(target.value)
    }
}

/// A reported figure of another concept beside the nearest simulated figure (never calibrated to).
public struct ReportedFigureComparison: Sendable, Hashable {
    public var reported: ReportedFigure
    /// The simulated figure it is shown beside, or nil when none is near.
    public var nearest: CalibrationFigure?
    public var simulated: Quantiles?
}

/// Calibration of runs against the county profile's targets (`calibration`) and its
/// reported figures of other concepts (`reported_figures`).
public enum Calibration {
    /// The figure `figure` of `year` in run `r`, or nil when the year is not in the run
    /// (income growth also needs the year before).
    public static func value(_ figure: CalibrationFigure, year: Int, in r: RunResult) -> Double? {
        guard let c = r.county.first(where: { $0.year == year }) else { return nil }
        switch figure {
        case .poorPersons: return Double(c.poorPersons)
        case .incidence: return c.incidence
        case .liftedOut: return Double(c.liftedOutPersons)
        case .incomePerCapita: return c.incomeYuanPerPerson
        case .incomeGrowth:
            guard let before = r.county.first(where: { $0.year == year - 1 }), before.incomeYuanPerPerson > 0 else { return nil }
            return c.incomeYuanPerPerson / before.incomeYuanPerPerson - 1
        case .villagesExitedTotal: return Double(c.villagesExitedTotal)
        case .countyExit: return c.meetsCountyExitRule ? 1 : 0
        }
    }

    /// Each target against the runs: P50 within a relative or absolute tolerance, or the
    /// event in at least the required share of runs.
    /// - Complexity: O(targets × runs × years).
    public static func evaluate(_ targets: [CalibrationTarget], runs: [RunResult]) -> [CalibrationResult] {
        targets.map { t in
            let values = runs.compactMap { value(t.figure, year: t.year, in: $0) }
            guard !runs.isEmpty, values.count == runs.count else {
                return CalibrationResult(target: t, simulated: nil, shareOfRuns: nil, passes: false)
            }
            let q = Quantiles(values)
            switch t.tolerance {
            case .relative(let f):
                return CalibrationResult(target: t, simulated: q, shareOfRuns: nil, passes: abs(q.p50 - t.value) <= f * abs(t.value) + 1e-12)
            case .absolute(let a):
                return CalibrationResult(target: t, simulated: q, shareOfRuns: nil, passes: abs(q.p50 - t.value) <= a + 1e-12)
            case .shareOfRuns(let required):
                let share = Double(values.filter { $0 >= t.value }.count) / Double(values.count)
                return CalibrationResult(target: t, simulated: q, shareOfRuns: share, passes: share >= required - 1e-12)
            }
        }
    }

    /// The simulated figure nearest a reported one, judged by its unit: yuan per person →
    /// income per capita; persons → lifted out; a fraction or percentage → incidence.
    public static func nearestFigure(_ r: ReportedFigure) -> CalibrationFigure? {
        let unit = r.unit.lowercased()
        if unit.contains("yuan") { return .incomePerCapita }
        if unit.contains("person") { return .liftedOut }
        if unit.contains("fraction") || unit.contains("%") || unit.contains("percent") { return .incidence }
        return nil
    }

    /// Each reported figure beside the nearest simulated figure of its year (P10/P50/P90).
    public static func compare(_ figures: [ReportedFigure], runs: [RunResult]) -> [ReportedFigureComparison] {
        figures.map { f in
            guard let nearest = nearestFigure(f) else { return ReportedFigureComparison(reported: f, nearest: nil, simulated: nil) }
            let values = runs.compactMap { value(nearest, year: f.year, in: $0) }
            return ReportedFigureComparison(reported: f, nearest: nearest,
                                            simulated: values.isEmpty || values.count != runs.count ? nil : Quantiles(values))
        }
    }
}
