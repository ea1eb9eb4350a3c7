import Planning

/// Every parameter of a checked scenario, typed, decoded once (`Scenario.parameters`):
/// the general keys, and each section's parameters as declared beside the code that
/// uses them. The schema's top level is `ScenarioParameters.fields`.
public struct ScenarioParameters: Sendable {
    static let name = ScenarioKey<String>.text("name", "baseline", "A short name shown in reports.")
    static let description = ScenarioKey<String>.text("description", "", "What the scenario assumes, in a sentence or two.")
    static let seed = ScenarioKey<Int>.integer("seed", 2015, 0...Int.max, unit: "integer", "Seed of every random stream (one stream per run and village).")
    static let runs = ScenarioKey<Int>.integer("runs", 1, 1...100_000, unit: "runs", "Ensemble size when the command line gives no --runs.")
    static let povertyLine = ScenarioKey<[Int: Double]>.yearNumbers("poverty_line_yuan_per_person",
        [2014: 2800, 2015: 2855, 2016: 2952, 2017: 2952, 2018: 2995, 2019: 3218, 2020: 4000], unit: "yuan per person per year",
        "National rural poverty line by year (current prices). Every year from the county profile's base year to its end year needs one. 2017 and 2018 are the commonly cited values, not verified from a reachable source.")
    static let povertyLineAssumedYears = ScenarioKey<[Int]>.years("poverty_line_assumed_years", [2017, 2018], unit: "list of years",
        "The years whose poverty line is an assumption rather than a verified published figure; marked in the outputs.")
    static let calibration = ScenarioKey<Bool>.flag("calibration", false,
        "The scenario is meant to reproduce the county's reported figures: simulate and compare print its calibration against the county profile's targets (calibrate always does).")
    static let processes = ScenarioKey<[String]>.names("processes", allowed: ScenarioSchema.processNames, ScenarioSchema.processNames,
        unit: "list of process names", "The yearly processes to run, in order, each at most once. Leave one out to switch it off.")

    /// The top-level fields of the schema, in the order `scenario.resolved.yaml` lists them.
    static let fields: [ScenarioField] = [
        name.field, description.field, seed.field, runs.field, povertyLine.field, povertyLineAssumedYears.field,
        calibration.field, processes.field,
        HouseholdParameters.schema, IncomeGrowthParameters.schema, ShockParameters.schema, ProgramParameters.schema, ExitRuleParameters.schema,
    ]

    public var name: String
    public var description: String
    public var seed: UInt64
    /// Runs when the command line gives none.
    public var runs: Int
    /// The poverty line by year, yuan per person per year.
    public var povertyLineYuanPerPerson: [Int: Double]
    public var povertyLineAssumedYears: [Int]
    public var calibration: Bool
    /// The process names, in order, each once.
    public var processes: [String]
    public var households: HouseholdParameters
    public var incomeGrowth: IncomeGrowthParameters
    public var shocks: ShockParameters
    public var programs: ProgramParameters
    public var exitRules: ExitRuleParameters

    /// - Throws: `ScenarioError` at a contradiction between values (a process listed
    ///   twice, a minimum above its maximum, …), with the other sections' problems attached.
    init(_ r: ScenarioReader) throws {
        name = r[Self.name]
        description = r[Self.description]
        seed = UInt64(r[Self.seed])
        runs = r[Self.runs]
        povertyLineYuanPerPerson = r[Self.povertyLine]
        povertyLineAssumedYears = r[Self.povertyLineAssumedYears]
        calibration = r[Self.calibration]
        processes = r[Self.processes]
        var problems: [ScenarioError] = []
        for (i, p) in processes.enumerated() {
            if let first = processes.firstIndex(of: p), first < i {
                problems.append(r.error(Self.processes, item: "[\(i)]",
                              "\"\(p)\" is listed twice (also at \(r.path(Self.processes, item: "[\(first)]"))): each process runs once a year, at its place in the list"))
            }
        }
        let households = r.section(HouseholdParameters.self, collecting: &problems)
        let incomeGrowth = r.section(IncomeGrowthParameters.self, collecting: &problems)
        let shocks = r.section(ShockParameters.self, collecting: &problems)
        let programs = r.section(ProgramParameters.self, collecting: &problems)
        let exitRules = r.section(ExitRuleParameters.self, collecting: &problems)
        guard problems.isEmpty, let households, let incomeGrowth, let shocks, let programs, let exitRules else {
            throw ScenarioError.combining(problems)
        }
        self.households = households
        self.incomeGrowth = incomeGrowth
        self.shocks = shocks
        self.programs = programs
        self.exitRules = exitRules
    }

    /// Checks what only the region can tell (see each section's `check`).
    func check(in region: Region, _ r: ScenarioReader) throws {
        try programs.check(in: region, r.reader(for: ProgramParameters.self))
    }

    /// Every program's budget, yuan by year.
    public var budgets: [Program: [Int: Double]] {
        Dictionary(uniqueKeysWithValues: Program.allCases.map { ($0, programs.budgetYuanByYear($0)) })
    }
}
