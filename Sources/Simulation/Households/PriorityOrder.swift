/// Orders candidates by a Float key (then by household index) by sorting packed 64-bit
/// words, which is several times faster than sorting tuples with a closure.
enum PriorityOrder {
    /// Maps a Float to a UInt32 whose unsigned order is the Float's order (−∞ … +∞).
    @inline(__always)
    static func orderedBits(_ x: Float) -> UInt32 {
        let b = x.bitPattern
        return b & 0x8000_0000 != 0 ? ~b : b | 0x8000_0000
    }

    /// Packs a key and an index (< 2^32) so that sorting the words sorts by (key, index).
    @inline(__always)
    static func pack(_ key: Float, _ index: Int) -> UInt64 {
        UInt64(orderedBits(key)) << 32 | UInt64(UInt32(truncatingIfNeeded: index))
    }

    /// The index held in a packed word.
    @inline(__always)
    static func index(_ word: UInt64) -> Int { Int(word & 0xFFFF_FFFF) }

    /// Sorts packed words in place (ascending key, then index).
    /// - Complexity: O(n log n).
    static func sort(_ words: inout [UInt64]) { words.sort() }
}
