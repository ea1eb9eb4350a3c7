import Foundation
import Testing
import GIS

@Suite struct ParallelForTests {
    struct Failure: Error, Equatable { var index: Int }

    @Test func availableProcessorsIsWithinTheMachinesProcessors() {
        #expect(ParallelFor.availableProcessors >= 1)
        #expect(ParallelFor.availableProcessors <= ProcessInfo.processInfo.processorCount)
        #expect(ParallelFor.workers(nil) == ParallelFor.availableProcessors)
        #expect(ParallelFor.workers(0) == ParallelFor.availableProcessors)
        #expect(ParallelFor.workers(3) == 3)
    }

    @Test func rangesCoverTheItemsInOrderWithoutGapsOrEmptyRanges() {
        for count in [0, 1, 2, 7, 100, 2049] {
            for threads in [1, 2, 3, 8, 64] {
                let ranges = ParallelFor.ranges(count: count, threads: threads)
                #expect(ranges.count == min(count, threads))
                #expect(ranges.allSatisfy { !$0.isEmpty })
                #expect(ranges.flatMap { Array($0) } == Array(0..<count))
            }
        }
    }

    @Test func mapGivesTheSameResultOnAnyNumberOfThreads() {
        let serial = (0..<5000).map { ($0 * 7919) % 1013 }
        for threads in [1, 2, 3, 7, 64, 0] {
            #expect(ParallelFor.map(5000, threads: threads) { ($0 * 7919) % 1013 } == serial)
        }
    }

    @Test func theErrorOfTheLowestFailingRangeIsThrown() {
        #expect(throws: Failure(index: 1)) {
            try ParallelFor.mapRanges(count: 40, threads: 4) { k, _ -> Int in
                if k >= 1 { throw Failure(index: k) }
                return k
            }
        }
    }
}
