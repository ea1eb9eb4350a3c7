import GIS
import Testing
@testable import Simulation

/// `Quantiles` sorts an ensemble-sized sample by insertion: it must give exactly what
/// `sorted()` gives, bit for bit, for every sample the outputs can meet.
@Suite struct QuantilesSortTests {
    static func bits(_ values: [Double]) -> [UInt64] { values.map(\.bitPattern) }

    @Test func insertionSortGivesTheStandardSortBitForBit() {
        var random = Xoshiro256StarStar(seed: 12)
        for n in [1, 2, 3, 7, 8, 20, 64, 100, 128, 129, 300] {
            for trial in 0..<20 {
                // Few distinct values (ties), signed zeros and infinities among them.
                let pool: [Double] = [0, -0.0, 1, -1, 2.5, .infinity, -.infinity, 1e-300, 3]
                let values = (0..<n).map { _ in
                    trial % 2 == 0 ? pool[Int(random.next() % UInt64(pool.count))] : random.nextUnit() * 100 - 50
                }
                #expect(Self.bits(Quantiles.sortedSample(values)) == Self.bits(values.sorted()), "n \(n) trial \(trial)")
                let q = Quantiles(values), o = Quantiles(orderStatistics: values)
                let s = values.sorted()
                #expect(o.p50.bitPattern == s[min(n - 1, n / 2)].bitPattern)
                #expect(q.p10.isNaN == false || values.contains(where: \.isInfinite))
            }
        }
    }

    @Test func aSampleWithNaNIsSortedByTheStandardSort() {
        let values: [Double] = [3, .nan, 1, 2, .nan, 0]
        #expect(Self.bits(Quantiles.sortedSample(values)) == Self.bits(values.sorted()))
    }

    @Test func knownQuantiles() {
        let q = Quantiles([5, 1, 4, 2, 3, 10, 9, 8, 7, 6, 11])
        #expect(q.p50 == 6 && q.p10 == 2 && q.p90 == 10)
        #expect(Quantiles([2, 1]).p50 == 1.5)
    }
}
