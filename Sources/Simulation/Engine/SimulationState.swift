import Planning

/// The per-village state that programs change: infrastructure, collective income,
/// tourism designation, cooperatives and exit.
public struct VillageState: Sendable {
    public var infrastructure: [VillageInfrastructure]
    public var collectiveIncomeYuan: [Double]
    /// Year designated as a tourism village (0 when not).
    public var tourismYear: [Int]
    public var cooperatives: [Int]
    /// Year the poor village exited (0 while it has not; always 0 for other villages).
    public var exitYear: [Int]
    /// Year of the last disaster (0 when none).
    public var disasterYear: [Int]

    init(villages: [Village]) {
        infrastructure = villages.map(\.infrastructure)
        collectiveIncomeYuan = villages.map(\.collectiveIncomeYuan)
        tourismYear = Array(repeating: 0, count: villages.count)
        cooperatives = Array(repeating: 0, count: villages.count)
        exitYear = Array(repeating: 0, count: villages.count)
        disasterYear = Array(repeating: 0, count: villages.count)
    }

    /// True when the village has every item 一低五有 asks for besides low incidence.
    public func hasExitInfrastructure(_ v: Int) -> Bool {
        let i = infrastructure[v]
        return i.road && i.clinic && i.cultureRoom && i.broadband && collectiveIncomeYuan[v] > 0
    }
}

/// One relocation flow: households of a village moved to a site in a year.
public struct FlowKey: Hashable, Sendable, Comparable {
    public var year: Int
    public var village: Int
    public var site: Int
    public static func < (a: FlowKey, b: FlowKey) -> Bool {
        (a.year, a.village, a.site) < (b.year, b.village, b.site)
    }
}

/// Everything that changes during a run.
public struct SimulationState: Sendable {
    public var households = HouseholdTable()
    public var villages: VillageState
    /// Persons living at each site (index into the world's sites).
    public var siteOccupancyPersons: [Int]
    public var ledger: ProgramLedger
    /// The township facilities of the county exit rule (一低三有) each township has
    /// (index into the region's townships): the base year's, plus what `infrastructure` builds.
    public var townshipFacilities: [Set<TownshipFacility>]
    /// Households and persons moved, by year, village and site.
    public var flows: [FlowKey: (households: Int, persons: Int)] = [:]
    /// This year's price factors on orchard and breeding gains (1 = normal).
    public var orangePriceFactor: Float = 1
    public var livestockPriceFactor: Float = 1
    /// The run's seed (keys the fixed per-household draws, e.g. 同步搬迁 take-up).
    public var runSeed: UInt64 = 0
    /// What relocation decided each year (strategy figures, unassigned reasons).
    public var relocation = RelocationLog()
    /// Each program's count target and what it achieved, by year (`ProgramTargets`).
    public var targets = TargetLog()
    /// Follow-up support, settling and the old land, by simulated year.
    public var settlement: [Int: SettlementYear] = [:]

    init(world: SimulationWorld) {
        villages = VillageState(villages: world.villages)
        siteOccupancyPersons = Array(repeating: 0, count: world.sites.count)
        townshipFacilities = world.region.townships.map(\.facilities)
        ledger = ProgramLedger(budgets: world.scenario.parameters.budgets)
    }
}
