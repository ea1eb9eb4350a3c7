import GIS

/// The random streams of one run: one per village (derived from the run's seed and the
/// village index) and one for county-wide events (price shocks).
///
/// Because each village draws only from its own stream, in a fixed order, a run's
/// results do not depend on how runs are spread over threads.
public struct RandomStreams: Sendable {
    public var village: [Xoshiro256StarStar]
    public var county: Xoshiro256StarStar
    /// The run's seed (for the keyed draws of `unit(_:year:household:)`).
    public let runSeed: UInt64

    /// The seed of run `run` of an ensemble seeded with `seed`.
    public static func runSeed(seed: UInt64, run: Int) -> UInt64 {
        var mix = SplitMix64(seed: seed ^ (UInt64(run) &* 0x9E37_79B9_7F4A_7C15))
        return mix.next()
    }

    public init(runSeed: UInt64, villages: Int) {
        village = (0..<villages).map { Xoshiro256StarStar(seed: runSeed, stream: UInt64($0)) }
        county = Xoshiro256StarStar(seed: runSeed, stream: UInt64.max)
        self.runSeed = runSeed
    }

    /// Keys of the processes that use keyed draws.
    public enum Key: UInt64, Sendable {
        case jobs = 1, relocationNonpoor = 2, settling = 3, landRent = 4, demolition = 5, training = 6
    }

    /// A uniform number in [0, 1) fixed by (run, year, process, household): no stream is
    /// consumed, so the draw does not depend on which other households qualify this year.
    /// - Complexity: O(1).
    public func unit(_ key: Key, year: Int, household: Int) -> Double {
        Self.unit(runSeed: runSeed, key: key.rawValue, year: year, household: household)
    }

    /// `unit(_:year:household:)` from its parts.
    public static func unit(runSeed: UInt64, key: UInt64, year: Int, household: Int) -> Double {
        let h = mix(mix(mix(runSeed ^ key) ^ UInt64(truncatingIfNeeded: year)) ^ UInt64(truncatingIfNeeded: household))
        return Double(h >> 11) * 0x1.0p-53
    }

    /// SplitMix64's finalizer.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
