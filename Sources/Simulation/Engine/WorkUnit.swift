/// One unit of work of `simulate`, `compare` or `explore`: one run of one scenario in one
/// county at one design point. Units are what `--shard I/N` divides; a unit's results
/// depend only on the unit and the root seed, never on the shard that runs it.
///
/// Indices: `scenario` into the command's scenario list (0 for `simulate`), `county` into
/// the region's counties (0 for one county), `point` into an experiment's design points
/// (0 for `simulate` and `compare`), `run` into the ensemble (0…runs-1).
public struct WorkUnit: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var scenario: Int
    public var county: Int
    public var point: Int
    public var run: Int

    public init(scenario: Int = 0, county: Int = 0, point: Int = 0, run: Int) {
        self.scenario = scenario; self.county = county; self.point = point; self.run = run
    }

    /// The canonical order: scenario, county, point, then run.
    public static func < (a: Self, b: Self) -> Bool {
        (a.scenario, a.county, a.point, a.run) < (b.scenario, b.county, b.point, b.run)
    }

    /// The seed of this unit's run from the root seed: `RandomStreams.runSeed(seed:run:)`
    /// of the county's seed. Scenario and design point are deliberately not mixed in, so
    /// that every scenario and every point of an experiment sees the same random numbers
    /// run for run (common random numbers, as `compare` has always done); the county is,
    /// through `countySeed` (the root seed itself for a single county).
    public func runSeed(countySeed: UInt64) -> UInt64 {
        RandomStreams.runSeed(seed: countySeed, run: run)
    }

    /// All units of `scenarios` × `counties` × `points` × `runs`, in canonical order.
    public static func all(scenarios: Int = 1, counties: Int = 1, points: Int = 1, runs: Int) -> [WorkUnit] {
        var units: [WorkUnit] = []
        units.reserveCapacity(scenarios * counties * points * runs)
        for s in 0..<scenarios { for c in 0..<counties { for p in 0..<points { for r in 0..<runs {
            units.append(WorkUnit(scenario: s, county: c, point: p, run: r))
        } } } }
        return units
    }

    public var description: String { "(scenario \(scenario), county \(county), point \(point), run \(run))" }
}
