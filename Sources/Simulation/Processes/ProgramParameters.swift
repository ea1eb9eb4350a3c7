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

    /// - Throws: `ScenarioError` with every program's contradictions (one per program).
    public init(_ r: ScenarioReader) throws {
        poorVillagesFirst = r[Self.poorVillagesFirst]
        var p: [ScenarioError] = []
        let relocation = r.section(RelocationParameters.self, collecting: &p), breeding = r.section(BreedingParameters.self, collecting: &p)
        let orchards = r.section(OrchardParameters.self, collecting: &p), jobs = r.section(JobParameters.self, collecting: &p)
        let cooperatives = r.section(CooperativeParameters.self, collecting: &p), tourism = r.section(TourismParameters.self, collecting: &p)
        let workTeams = r.section(WorkTeamParameters.self, collecting: &p), minimumIncome = r.section(MinimumIncomeParameters.self, collecting: &p)
        let medicalAssistance = r.section(MedicalAssistanceParameters.self, collecting: &p), housing = r.section(HousingParameters.self, collecting: &p)
        let infrastructure = r.section(InfrastructureParameters.self, collecting: &p)
        let followUpSupport = r.section(FollowUpSupportParameters.self, collecting: &p), oldLand = r.section(OldLandParameters.self, collecting: &p)
        guard p.isEmpty, let relocation, let breeding, let orchards, let jobs, let cooperatives, let tourism, let workTeams,
              let minimumIncome, let medicalAssistance, let housing, let infrastructure, let followUpSupport, let oldLand
        else { throw ScenarioError.combining(p) }
        self.relocation = relocation; self.breeding = breeding; self.orchards = orchards; self.jobs = jobs
        self.cooperatives = cooperatives; self.tourism = tourism; self.workTeams = workTeams; self.minimumIncome = minimumIncome
        self.medicalAssistance = medicalAssistance; self.housing = housing; self.infrastructure = infrastructure
        self.followUpSupport = followUpSupport; self.oldLand = oldLand
    }

    public func check(in region: Region, _ r: ScenarioReader) throws {
        var problems: [ScenarioError] = []
        for check in [{ try relocation.check(in: region, r.reader(for: RelocationParameters.self)) },
                      { try tourism.check(in: region, r.reader(for: TourismParameters.self)) }] {
            do { try check() } catch let e as ScenarioError { problems += e.all }
        }
        if !problems.isEmpty { throw ScenarioError.combining(problems) }
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
