import GIS

/// The random streams of one run: one per village (derived from the run's seed and the
/// village index) and one for county-wide events (price shocks).
///
/// Because each village draws only from its own stream, in a fixed order, a run's
/// results do not depend on how runs are spread over threads.
public struct RandomStreams: Sendable {
    public var village: [Xoshiro256StarStar]
    public var county: Xoshiro256StarStar

    /// The seed of run `run` of an ensemble seeded with `seed`.
    public static func runSeed(seed: UInt64, run: Int) -> UInt64 {
        var mix = SplitMix64(seed: seed ^ (UInt64(run) &* 0x9E37_79B9_7F4A_7C15))
        return mix.next()
    }

    public init(runSeed: UInt64, villages: Int) {
        village = (0..<villages).map { Xoshiro256StarStar(seed: runSeed, stream: UInt64($0)) }
        county = Xoshiro256StarStar(seed: runSeed, stream: UInt64.max)
    }
}
