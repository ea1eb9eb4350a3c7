extension HouseholdTable {
    /// The households that `key` gives a key to (nil leaves one out), sorted by
    /// ascending key then index, as `PriorityOrder` words.
    ///
    /// The table is passed to `key` rather than captured, so no second reference to
    /// its columns outlives the call and the caller can then write them without a copy.
    /// - Complexity: O(households + candidates log candidates).
    func prioritized(_ key: (borrowing HouseholdTable, Int) -> Float?) -> [UInt64] {
        var words: [UInt64] = []
        for i in 0..<count { if let k = key(self, i) { words.append(PriorityOrder.pack(k, i)) } }
        PriorityOrder.sort(&words)
        return words
    }
}
