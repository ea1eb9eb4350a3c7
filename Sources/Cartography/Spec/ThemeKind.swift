/// What a thematic map draws (the spec's `theme.kind`).
public enum ThemeKind: String, Sendable, CaseIterable, Hashable {
    /// Villages filled by the class of a metric.
    case choropleth
    /// Proportional circles at village points.
    case symbols
    /// Relocation flows (`flows.csv`) as curved lines, width ∝ persons.
    case flows
    /// The first year each poor village exits, one class per year.
    case exitYear = "exit-year"
    /// One panel per year with shared breaks.
    case smallMultiples = "small-multiples"
    /// A second run minus the first, on a diverging palette.
    case difference

    /// The kinds' names as a spec writes them, comma-separated.
    public static var namesText: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
