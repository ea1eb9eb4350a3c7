import GIS
import PropertyBased
import Testing
@testable import Simulation

/// `PriorityOrder.sort` (a radix sort) must give exactly `Array.sort()`'s order: the order
/// in which every program serves its candidates, so any difference changes who is helped.
@Suite struct PriorityOrderTests {
    /// Words as the programs build them: a key from a small set (ties), a wide range, or
    /// any Float including negatives, zeros of both signs and infinities; indices in
    /// ascending order (as `prioritized` appends them), shuffled, or with repeats.
    static func words(count: Int, seed: UInt64, keys: Int, order: Int) -> [UInt64] {
        var random = Xoshiro256StarStar(seed: seed)
        let special: [Float] = [0, -0.0, .infinity, -.infinity, -1, 1, .leastNonzeroMagnitude, -.greatestFiniteMagnitude]
        var words: [UInt64] = []
        for i in 0..<count {
            let key: Float
            switch keys {
            case 0: key = Float(random.next() % 7) * 500           // many ties
            case 1: key = Float(random.nextUnit() * 20_000 - 2_000) // incomes per person, some negative
            default: key = random.next() % 5 == 0 ? special[Int(random.next() % 8)] : Float(bitPattern: UInt32(truncatingIfNeeded: random.next()) & 0x7F7F_FFFF) * (random.next() % 2 == 0 ? 1 : -1)
            }
            let index = order == 2 ? Int(random.next() % UInt64(max(count / 3, 1))) : i * 3 + 1
            words.append(PriorityOrder.pack(key, index))
        }
        if order == 1 { words.shuffle(using: &random) }
        return words
    }

    @Test func sortsExactlyAsTheStandardSort() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...5_000), Gen.int(in: 0...1_000_000), Gen.int(in: 0...2), Gen.int(in: 0...2)) {
            count, seed, keys, order in
            var words = Self.words(count: count, seed: UInt64(seed), keys: keys, order: order)
            let expected = words.sorted()
            PriorityOrder.sort(&words)
            #expect(words == expected, "count \(count) seed \(seed) keys \(keys) order \(order)")
        }
    }

    @Test func sortsLargeArraysAndOnesWhoseBytesAreAllShared() {
        for (count, keys, order) in [(200_000, 1, 0), (200_000, 2, 1), (100_000, 0, 2)] {
            var words = Self.words(count: count, seed: 7, keys: keys, order: order)
            let expected = words.sorted()
            PriorityOrder.sort(&words)
            #expect(words == expected)
        }
        // One key for all and indices that differ only in their lowest byte: every other
        // byte is skipped.
        var same = (0..<600).map { PriorityOrder.pack(1234.5, 600 - $0) }
        PriorityOrder.sort(&same)
        #expect(same.map(PriorityOrder.index) == Array(1...600))
        var identical = [UInt64](repeating: PriorityOrder.pack(-3, 9), count: 1_000)
        PriorityOrder.sort(&identical)
        #expect(identical == [UInt64](repeating: PriorityOrder.pack(-3, 9), count: 1_000))
    }

    @Test func ordersByKeyThenIndex() {
        func key(_ i: Int) -> Float { Float((i * 7919) % 10) - 4.5 }
        var words = (0..<2_000).map { PriorityOrder.pack(key($0), $0) }
        PriorityOrder.sort(&words)
        let indices = words.map(PriorityOrder.index)
        #expect(Set(indices) == Set(0..<2_000))
        for (a, b) in zip(indices, indices.dropFirst()) {
            #expect(key(a) < key(b) || (key(a) == key(b) && a < b), "\(a) before \(b)")
        }
    }
}
