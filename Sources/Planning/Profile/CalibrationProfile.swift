/// A simulated figure a calibration target compares with.
public enum CalibrationFigure: String, Sendable, Hashable, CaseIterable {
    case poorPersons = "poor_persons"
    case incidence
    case liftedOut = "lifted_out"
    case incomePerCapita = "income_per_capita"
    /// Income growth over the previous year, a fraction.
    case incomeGrowth = "income_growth"
    case villagesExitedTotal = "villages_exited_total"
    /// The county meets its exit rule on this year's year-end figures.
    case countyExit = "county_exit"
}

/// How close the simulation must come.
public enum CalibrationTolerance: Sendable, Hashable {
    /// |simulated − reported| ≤ fraction × |reported| (P50).
    case relative(Double)
    /// |simulated − reported| ≤ amount (P50).
    case absolute(Double)
    /// The event happens by the year in at least this share of runs.
    case shareOfRuns(Double)
}

/// A figure the county reported, with what it measures and where it comes from.
public struct CalibrationTarget: Sendable, Hashable {
    public var id: String
    public var figure: CalibrationFigure
    public var year: Int
    /// The reported value (1 for county_exit).
    public var value: Double
    public var concept: String
    public var source: String
    public var tolerance: CalibrationTolerance
}

/// A reported figure of a different concept, shown beside the simulated ones, never
/// calibrated to.
public struct ReportedFigure: Sendable, Hashable {
    public var id: String
    public var year: Int
    public var value: Double
    public var unit: String
    public var concept: String
    public var source: String
}
