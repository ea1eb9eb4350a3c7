/// What a terrain unit is.
public enum TerrainKind: String, Sendable, Hashable, CaseIterable {
    case mountain, trough, hill, plain
}

/// One terrain unit (a ridge, trough, hill country or plain of the county).
public struct TerrainUnitProfile: Sendable, Hashable {
    public var name: String
    public var kind: TerrainKind
    /// For a mountain unit: the ridge (model_inputs) whose area it is.
    public var ridge: String?
    /// For a trough: the ridges it lies between (west, east), or one ridge and a side.
    public var between: [String]
    /// For a trough with one ridge: "west" or "east" of it.
    public var side: String?
    /// The river of the trough (modelled along its midline unless model_inputs has it).
    public var river: String?
}

/// The modelled terrain's parameters and units.
public struct TerrainProfile: Sendable, Hashable {
    public var troughFloorFarMetres: Double
    public var troughFloorRiseDistanceMetres: Double
    public var hillAmplitudeMetres: Double
    public var hillWavelengthMetres: Double
    public var valleySideRiseMetres: Double
    public var valleySideWidthMetres: Double
    public var mountainProfileThreshold: Double
    /// West to east.
    public var units: [TerrainUnitProfile]
}
