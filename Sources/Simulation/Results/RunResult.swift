import Planning

/// One village in one year.
public struct VillageYear: Hashable, Sendable, Codable {
    public var households = 0
    public var persons = 0
    public var poorHouseholds = 0
    public var poorPersons = 0
    /// Sum of net incomes, yuan.
    public var incomeYuan = 0.0
    /// Persons in households that exited poverty this year.
    public var liftedOutPersons = 0
    /// Persons in households that fell (back) into poverty this year.
    public var newPoorPersons = 0
    /// Persons living at a resettlement site.
    public var relocatedPersons = 0
    /// Registered poor persons living at a resettlement site.
    public var relocatedPoorPersons = 0
    public var exited = false

    public init() {}

    public var incidence: Double { persons > 0 ? Double(poorPersons) / Double(persons) : 0 }
    public var incomeYuanPerPerson: Double { persons > 0 ? incomeYuan / Double(persons) : 0 }
}

/// The county in one year (the rural villages, 村).
public struct CountyYear: Hashable, Sendable, Codable {
    public var year: Int
    public var population = 0
    public var households = 0
    public var poorPersons = 0
    public var poorHouseholds = 0
    public var liftedOutPersons = 0
    public var newPoorPersons = 0
    public var relocatedPersons = 0
    /// Poor villages exited so far (cumulative).
    public var villagesExitedTotal = 0
    public var incomeYuan = 0.0
    /// Everything the programs spent this year, yuan.
    public var costYuan = 0.0
    public var povertyLineYuan = 0.0
    /// Townships lacking each township facility at year end, in `TownshipFacility.allCases` order.
    public var townshipsLacking: [Int] = []
    /// The county meets its exit rule (一低三有) on this year's year-end figures: rural
    /// incidence below the threshold and every required facility in every township.
    public var meetsCountyExitRule = false

    public var incidence: Double { population > 0 ? Double(poorPersons) / Double(population) : 0 }
    public var incomeYuanPerPerson: Double { population > 0 ? incomeYuan / Double(population) : 0 }
}

extension CountyYear {
    /// A year with every figure 0.
    public init(year: Int) { self.year = year }

    /// Townships lacking `facility` at year end.
    public func townshipsLacking(_ facility: TownshipFacility) -> Int {
        guard let k = TownshipFacility.allCases.firstIndex(of: facility), k < townshipsLacking.count else { return 0 }
        return townshipsLacking[k]
    }
}

/// One relocation flow in the results.
public struct Flow: Hashable, Sendable, Codable {
    public var year: Int
    public var villageID: String
    public var siteID: String
    public var households: Int
    public var persons: Int

    public init(year: Int, villageID: String, siteID: String, households: Int, persons: Int) {
        self.year = year; self.villageID = villageID; self.siteID = siteID; self.households = households; self.persons = persons
    }
}

/// Everything one run produces: county and village figures per year (the base year first),
/// relocation flows, spending per program and year, and the year the county exits.
public struct RunResult: Sendable, Codable {
    public var years: [Int] = []
    public var county: [CountyYear] = []
    /// `villages[y][v]`: year index y (into `years`), simulated village v.
    public var villages: [[VillageYear]] = []
    public var flows: [Flow] = []
    /// Spending, program → year → yuan.
    public var spentYuan: [String: [Int: Double]] = [:]
    public var budgetYuan: [String: [Int: Double]] = [:]
    /// The first simulated year in which the county meets its exit rule (一低三有).
    public var countyExitYear: Int?
    /// Household-years simulated (households × simulated years).
    public var householdYears = 0
    /// Relocation's yearly plan figures and the end state of relocated households.
    public var relocation = RelocationLog()
    /// The programs' count targets against what they achieved, by year (`ProgramTargets.rows`).
    public var targets = TargetLog()
    /// Follow-up support, settling and the old land, one entry per simulated year (in `years` order, the base year left out).
    public var settlement: [SettlementYear] = []
    /// `siteOccupancyPersons[y][s]`: persons living at site s (index into the world's sites) at the end of year index y.
    public var siteOccupancyPersons: [[Int]] = []

    /// An empty result (no years).
    public init() {}
}
