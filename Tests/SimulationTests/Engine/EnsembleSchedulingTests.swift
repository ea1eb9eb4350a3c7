import Testing
@testable import Simulation

/// `Ensemble.eachTakingTheNext`: workers take the next index, results land in index order.
@Suite struct EnsembleSchedulingTests {
    /// Work that grows with the index (late indices cost more), so workers finish out of order.
    static func work(_ i: Int) -> Int {
        var x = UInt64(i) &+ 1
        for _ in 0..<(i * 2_000) { x = x &* 6364136223846793005 &+ 1442695040888963407 }
        return i * 1_000 + Int(x % 1_000)
    }

    @Test(arguments: [1, 2, 3, 8, 40])
    func everyIndexOnceInOrderOnAnyNumberOfThreads(threads: Int) {
        let expected = (0..<23).map(Self.work)
        #expect(Ensemble.eachTakingTheNext(23, threads: threads, Self.work) == expected)
    }

    @Test func noIndicesGiveNoResults() {
        #expect(Ensemble.eachTakingTheNext(0, threads: 2, Self.work).isEmpty)
    }
}
