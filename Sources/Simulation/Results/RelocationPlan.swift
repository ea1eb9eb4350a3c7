/// Why an eligible household did not move in a year.
/// `CodingKeyRepresentable`: a dictionary keyed by it encodes as a JSON object (sorted keys with
/// `.sortedKeys`), not as pairs in hash order, so that shard files are the same bytes every run.
public enum UnassignedReason: String, CaseIterable, Comparable, Sendable, Codable, CodingKeyRepresentable {
    /// Eligible but unwilling (voluntary take-up).
    case declined
    /// No site of the allowed kinds within reach (distance, own township when dispersed).
    case noSite = "no_site"
    /// Every allowed site was full for the year.
    case capacity
    /// The year's relocation budget was spent.
    case budget
    /// Beyond the year's phasing limit (`max_persons_by_year`).
    case phasing

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Households and persons, counted together.
public struct HouseholdCount: Hashable, Sendable, Codable {
    public var households = 0
    public var persons = 0
    public init(households: Int = 0, persons: Int = 0) { self.households = households; self.persons = persons }
    public mutating func add(persons p: Int) { households += 1; persons += p }
}

/// One household moving to a site.
public struct RelocationMove: Hashable, Sendable, Codable {
    /// Row in the household table.
    public var household: Int
    /// Index into the world's sites.
    public var site: Int
    /// Position of the site in the strategy's `DestinationCatalog`.
    public var destination: Int
    /// Money spent on the move (persons × cost per person), yuan.
    public var costYuan: Double
    /// A 同步搬迁 (non-poor) mover.
    public var nonpoor: Bool

    public init(household: Int, site: Int, destination: Int, costYuan: Double, nonpoor: Bool) {
        self.household = household; self.site = site; self.destination = destination; self.costYuan = costYuan; self.nonpoor = nonpoor
    }
}

/// A year's relocation decisions: the moves (within budget and capacity, in priority
/// order) and every other eligible household with the reason it stays.
public struct RelocationPlan: Sendable, Codable {
    public var moves: [RelocationMove] = []
    /// Eligible households (candidates and decliners) this year.
    public var eligible = HouseholdCount()
    public var moved = HouseholdCount()
    public var nonpoorMoved = HouseholdCount()
    public var unassigned: [UnassignedReason: HouseholdCount] = [:]
    /// The weighted cost of the moves (optimized assignment: Σ persons × cost per person
    /// of the stated objective; 0 for the other methods), yuan-equivalents.
    public var objective = 0
    /// The optimum of the min-cost flow over persons before rounding to whole
    /// households (optimized assignment only), yuan-equivalents.
    public var flowObjective = 0

    public init() {}

    mutating func skip(_ reason: UnassignedReason, persons: Int) {
        unassigned[reason, default: HouseholdCount()].add(persons: persons)
    }
}

/// What relocation did in a run: each year's plan figures, and the end-year state of the
/// relocated households. Kept in the state and copied into the run's result.
public struct RelocationLog: Sendable, Codable {
    /// Figures of each simulated year's plan (moves are dropped).
    public var plans: [Int: RelocationPlan] = [:]
    /// Net income of the households living at a site at the end of the run, yuan.
    public var relocatedIncomeYuan = 0.0
    /// Persons living at a site at the end of the run.
    public var relocatedPersons = 0

    public init() {}

    mutating func record(_ plan: RelocationPlan, year: Int) {
        var p = plan
        p.moves = []
        plans[year] = p
    }

    /// Persons moved as 同步搬迁 (non-poor) over the run.
    public var nonpoorMovedPersons: Int { plans.values.reduce(0) { $0 + $1.nonpoorMoved.persons } }
    /// The optimized objective summed over the years.
    public var objective: Int { plans.values.reduce(0) { $0 + $1.objective } }
    /// Eligible households left unassigned in the last simulated year, by reason.
    public var finalUnassigned: [UnassignedReason: HouseholdCount] {
        plans.keys.max().map { plans[$0]!.unassigned } ?? [:]
    }

    /// The log with the end-of-run income of relocated households filled in.
    /// - Complexity: O(households).
    public func finished(with table: HouseholdTable) -> RelocationLog {
        var out = self
        out.relocatedIncomeYuan = 0; out.relocatedPersons = 0
        for i in 0..<table.count where table.location[i] >= 0 {
            out.relocatedIncomeYuan += Double(table.netIncomeYuan(i))
            out.relocatedPersons += Int(table.persons[i])
        }
        return out
    }
}
