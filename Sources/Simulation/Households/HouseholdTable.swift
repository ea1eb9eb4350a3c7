/// Every household of the simulated villages, stored as columns (struct of arrays),
/// grouped by village: the households of village `v` are `villageStart[v]..<villageStart[v+1]`.
///
/// Incomes are yuan per household per year, by source. A household's net income is
/// farm + wages + remittances + transfers + program income − illness cost.
public struct HouseholdTable: Sendable {
    /// Index of the household's home village (into the simulated villages).
    public var village: [Int32] = []
    public var persons: [Int32] = []
    /// Working-age labourers.
    public var labourers: [Int32] = []
    public var farmYuan: [Float] = []
    public var wagesYuan: [Float] = []
    public var remittancesYuan: [Float] = []
    public var transfersYuan: [Float] = []
    /// This year's income from programs (breeding, orchards, tourism, cooperatives, 低保).
    public var programYuan: [Float] = []
    /// This year's out-of-pocket illness cost, after medical assistance.
    public var illnessCostYuan: [Float] = []
    public var flags: [HouseholdFlags] = []
    /// -1 while living in the home village, else the index of the site it moved to.
    public var location: [Int32] = []
    /// The year the household planted an orchard (0 when it has not).
    public var orchardYear: [Int16] = []
    /// The year the household moved to its site (0 while it has not; kept after moving back).
    public var movedYear: [Int16] = []
    /// Farm income the household had at home when it moved, yuan per year (restored when it moves back).
    public var homeFarmYuan: [Float] = []
    /// Start of each village's households, plus the total at the end.
    public var villageStart: [Int] = [0]

    public init() {}

    public var count: Int { persons.count }

    /// Net income of household `i`, yuan per year.
    @inline(__always)
    public func netIncomeYuan(_ i: Int) -> Float {
        farmYuan[i] + wagesYuan[i] + remittancesYuan[i] + transfersYuan[i] + programYuan[i] - illnessCostYuan[i]
    }

    /// The households of village `v`.
    public func range(ofVillage v: Int) -> Range<Int> { villageStart[v]..<villageStart[v + 1] }

    mutating func reserve(_ n: Int) {
        village.reserveCapacity(n); persons.reserveCapacity(n); labourers.reserveCapacity(n)
        farmYuan.reserveCapacity(n); wagesYuan.reserveCapacity(n); remittancesYuan.reserveCapacity(n)
        transfersYuan.reserveCapacity(n); programYuan.reserveCapacity(n); illnessCostYuan.reserveCapacity(n)
        flags.reserveCapacity(n); location.reserveCapacity(n); orchardYear.reserveCapacity(n)
        movedYear.reserveCapacity(n); homeFarmYuan.reserveCapacity(n)
    }

    /// Appends one synthesized household's drawn columns (persons, labourers, the four
    /// incomes, flags); ``completeColumns(village:)`` then fills the other columns of the
    /// village's households in one step each, rather than nine appends per household.
    /// The columns differ in length between the two calls: nothing may read the table then.
    mutating func appendDrawn(persons p: Int, labourers l: Int, incomes: (Float, Float, Float, Float), flags f: HouseholdFlags) {
        persons.append(Int32(p)); labourers.append(Int32(l))
        farmYuan.append(incomes.0); wagesYuan.append(incomes.1); remittancesYuan.append(incomes.2); transfersYuan.append(incomes.3)
        flags.append(f)
    }

    /// Brings the village, program income, illness cost, location, orchard, moved and
    /// home-farm columns up to the drawn columns' length, for households of village `v`
    /// as synthesis leaves them (no program income, no illness cost, at home, no orchard).
    mutating func completeColumns(village v: Int) {
        let k = persons.count - village.count
        guard k > 0 else { return }
        village.append(contentsOf: repeatElement(Int32(v), count: k))
        programYuan.append(contentsOf: repeatElement(0, count: k))
        illnessCostYuan.append(contentsOf: repeatElement(0, count: k))
        location.append(contentsOf: repeatElement(-1, count: k))
        orchardYear.append(contentsOf: repeatElement(0, count: k))
        movedYear.append(contentsOf: repeatElement(0, count: k))
        homeFarmYuan.append(contentsOf: repeatElement(0, count: k))
    }
}
