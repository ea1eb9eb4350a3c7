import Planning

/// The programs (`programs.*`): the four batches (四个一批) and the five projects, each
/// within its budget, and the 精准扶贫 targeting they share.
public struct ProgramParameters: ScenarioSection {
    static let poorVillagesFirst = ScenarioKey<Bool>.flag("poor_villages_first", false,
        "精准扶贫 targeting: breeding, orchards, jobs and housing serve the registered poor households of poor villages that have not yet exited before any others (each program's own order applies within each group).")

    public static let schema = ScenarioField.section("programs", "The four batches (四个一批) and the five projects, each within its budget.", keys: [
        poorVillagesFirst, RelocationParameters.schema, BreedingParameters.schema, OrchardParameters.schema, JobParameters.schema,
        CooperativeParameters.schema, TourismParameters.schema, WorkTeamParameters.schema, MinimumIncomeParameters.schema,
        MedicalAssistanceParameters.schema, HousingParameters.schema, InfrastructureParameters.schema,
        FollowUpSupportParameters.schema, OldLandParameters.schema,
    ])

    /// 精准扶贫: registered poor households of poor villages not yet exited first.
    public var poorVillagesFirst: Bool
    public var relocation: RelocationParameters
    public var breeding: BreedingParameters
    public var orchards: OrchardParameters
    public var jobs: JobParameters
    public var cooperatives: CooperativeParameters
    public var tourism: TourismParameters
    public var workTeams: WorkTeamParameters
    public var minimumIncome: MinimumIncomeParameters
    public var medicalAssistance: MedicalAssistanceParameters
    public var housing: HousingParameters
    public var infrastructure: InfrastructureParameters
    public var followUpSupport: FollowUpSupportParameters
    public var oldLand: OldLandParameters

    public init(_ r: ScenarioReader) throws {
        poorVillagesFirst = r[Self.poorVillagesFirst]
        relocation = try r.section(RelocationParameters.self)
        breeding = try r.section(BreedingParameters.self)
        orchards = try r.section(OrchardParameters.self)
        jobs = try r.section(JobParameters.self)
        cooperatives = try r.section(CooperativeParameters.self)
        tourism = try r.section(TourismParameters.self)
        workTeams = try r.section(WorkTeamParameters.self)
        minimumIncome = try r.section(MinimumIncomeParameters.self)
        medicalAssistance = try r.section(MedicalAssistanceParameters.self)
        housing = try r.section(HousingParameters.self)
        infrastructure = try r.section(InfrastructureParameters.self)
        followUpSupport = try r.section(FollowUpSupportParameters.self)
        oldLand = try r.section(OldLandParameters.self)
    }

    public func check(in region: Region, _ r: ScenarioReader) throws {
        try relocation.check(in: region, r.reader(for: RelocationParameters.self))
        try tourism.check(in: region, r.reader(for: TourismParameters.self))
    }

    /// The budget of `program`, yuan by year.
    public func budgetYuanByYear(_ program: Program) -> [Int: Double] {
        switch program {
        case .relocation: relocation.budgetYuanByYear
        case .breeding: breeding.budgetYuanByYear
        case .orchards: orchards.budgetYuanByYear
        case .jobs: jobs.budgetYuanByYear
        case .cooperatives: cooperatives.budgetYuanByYear
        case .tourism: tourism.budgetYuanByYear
        case .workTeams: workTeams.budgetYuanByYear
        case .minimumIncome: minimumIncome.budgetYuanByYear
        case .medicalAssistance: medicalAssistance.budgetYuanByYear
        case .housing: housing.budgetYuanByYear
        case .infrastructure: infrastructure.budgetYuanByYear
        case .followUpSupport: followUpSupport.budgetYuanByYear
        case .oldLand: oldLand.budgetYuanByYear
        }
    }
}
