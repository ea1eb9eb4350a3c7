/// Jobs at the development zone, the cooperation park and the towns (`programs.jobs.*`).
public struct JobParameters: ScenarioSection {
    static let wage = ScenarioKey<Double>.number("wage_yuan_per_year", 24000, 0...1e6, unit: "yuan per worker per year", "Wage of a job taken by a poor household's labourer.")
    static let newHires = ScenarioKey<Double>.fraction("new_hire_fraction_of_jobs_per_year", 0.02, "Share of a site's jobs open to poor labourers each year.")
    static let decay = ScenarioKey<Double>.number("distance_decay_km", 10, 0.1...500, unit: "km", "Take-up falls by e for every this many km from home to the job.")
    static let maxDistance = ScenarioKey<Double>.number("max_distance_km", 40, 0...500, unit: "km", "Jobs farther than this from home are not taken.")
    static let takeUp = ScenarioKey<Double>.fraction("take_up_fraction", 0.5, "Take-up of a job at zero distance.")
    static let trainingCost = ScenarioKey<Double>.number("training_cost_yuan_per_worker", 2000, 0...1e6, unit: "yuan per worker", "Training and placement cost per hire.")
    static let budget = ScenarioKey<[Int: Double]>.budget()

    public static let schema = ScenarioField.section("jobs", "Jobs at the development zone, the cooperation park and the towns.", keys: [
        wage, newHires, decay, maxDistance, takeUp, trainingCost, budget,
    ])

    public var wageYuanPerYear: Double
    public var newHireFractionOfJobsPerYear: Double
    public var distanceDecayKilometres: Double
    public var maxDistanceKilometres: Double
    public var takeUpFraction: Double
    public var trainingCostYuanPerWorker: Double
    public var budgetYuanByYear: [Int: Double]

    public init(_ r: ScenarioReader) {
        wageYuanPerYear = r[Self.wage]
        newHireFractionOfJobsPerYear = r[Self.newHires]
        distanceDecayKilometres = r[Self.decay]
        maxDistanceKilometres = r[Self.maxDistance]
        takeUpFraction = r[Self.takeUp]
        trainingCostYuanPerWorker = r[Self.trainingCost]
        budgetYuanByYear = r[Self.budget]
    }
}
