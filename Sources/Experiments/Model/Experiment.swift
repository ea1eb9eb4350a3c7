/// The sampling plan of an experiment.
public enum DesignKind: String, Sendable, Hashable, CaseIterable {
    case grid
    case latinHypercube = "latin_hypercube"
    case morris
    case sobol
}

/// The design's settings (each used by the kinds named).
public struct DesignSettings: Sendable, Hashable {
    public var kind: DesignKind
    /// grid: values per factor without `levels`; morris: the levels p of the grid (even).
    public var levels: Int
    /// morris: trajectories r.
    public var trajectories: Int
    /// latin_hypercube: points; sobol: base samples N (points N·(factors + 2)).
    public var samples: Int
    /// sobol: bootstrap resamples for the confidence intervals.
    public var bootstrap: Int
    public init(kind: DesignKind, levels: Int = 4, trajectories: Int = 10, samples: Int = 64, bootstrap: Int = 200) {
        self.kind = kind; self.levels = levels; self.trajectories = trajectories
        self.samples = samples; self.bootstrap = bootstrap
    }
}

/// Scenario discovery: the condition a point must meet, and PRIM's settings.
public struct DiscoverySettings: Sendable, Hashable {
    public var condition: OutputCondition
    /// The share of a box's points peeled per step (α).
    public var peelFraction: Double
    /// The smallest share of all points a box may hold.
    public var minimumMass: Double
    /// The box chosen from the peeling trajectory: the one with the largest coverage
    /// among those at least this dense (else the densest).
    public var minimumDensity: Double
    public init(condition: OutputCondition, peelFraction: Double = 0.05, minimumMass: Double = 0.05, minimumDensity: Double = 0.8) {
        self.condition = condition; self.peelFraction = peelFraction
        self.minimumMass = minimumMass; self.minimumDensity = minimumDensity
    }
}

/// An experiment: a base scenario, the factors varied over it, the design, the runs per
/// point (the same run seeds at every point: common random numbers), the outputs of
/// interest, optional constraints and an optional scenario-discovery condition.
public struct Experiment: Sendable {
    public var name: String
    /// The base scenario file, as written (relative to the experiment file).
    public var base: String
    public var factors: [Factor]
    public var design: DesignSettings
    public var runs: Int
    /// The experiment seed: run r of every point uses `RandomStreams.runSeed(seed:run:)`,
    /// and the samplers draw from it.
    public var seed: UInt64
    public var outputs: [ExperimentOutput]
    /// Conditions every point is checked against (points.csv `meets_constraints`).
    public var constraints: [OutputCondition]
    public var discovery: DiscoverySettings?
    /// The region's strategy run when `base` is a region file (`strategy`); nil: the
    /// region's first strategy. Refused with a scenario as `base`.
    public var strategy: String?

    public init(name: String, base: String, factors: [Factor], design: DesignSettings, runs: Int, seed: UInt64,
                outputs: [ExperimentOutput], constraints: [OutputCondition] = [], discovery: DiscoverySettings? = nil,
                strategy: String? = nil) {
        self.name = name; self.base = base; self.factors = factors; self.design = design; self.runs = runs
        self.seed = seed; self.outputs = outputs; self.constraints = constraints; self.discovery = discovery
        self.strategy = strategy
    }

    /// Every figure a run must yield (outputs, constraints, discovery), each once, in order.
    public var figures: [String] {
        var out: [String] = []
        for f in outputs.map(\.figure) + constraints.map(\.figure) + [discovery?.condition.figure].compactMap({ $0 }) where !out.contains(f) {
            out.append(f)
        }
        return out
    }
}
