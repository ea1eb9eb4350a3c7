/// How much a base map shows.
public enum BaseMapDetail: String, Sendable, CaseIterable {
    /// Calm, for plan documents: light hypsometry, thin village borders, no contours, fewer
    /// labels (county seat, townships, ridges, lines first; the rest only where they fit).
    case plan
    /// Everything the geodata has: full hypsometry, contours, village names, road numbers.
    case full
}

/// What roads, rivers and demonstration lines are clipped to.
public enum LineClip: String, Sendable, CaseIterable {
    /// The county outline: nothing runs past the county line.
    case county
    /// The map frame: roads and rivers run on into the neighbours.
    case frame
}
