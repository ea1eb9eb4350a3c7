extension HouseholdTable {
    /// Adds `perPerson` × persons to this year's program income of every household with
    /// `flag` (and, for orchards, planted in `plantedBy` or earlier).
    /// - Complexity: O(households), without copying any column.
    mutating func addProgramIncome(perPerson: Float, toHouseholdsWith flag: HouseholdFlags, plantedBy: Int? = nil) {
        let flags = self.flags, persons = self.persons, planted = self.orchardYear
        let latest = Int16(clamping: plantedBy ?? Int(Int16.max))
        programYuan.withUnsafeMutableBufferPointer { income in
            for i in 0..<flags.count where flags[i].contains(flag) && planted[i] <= latest {
                income[i] += perPerson * Float(persons[i])
            }
        }
    }
}
