import Planning

/// Settling at the site (稳得住, `programs.relocation.settling.*`): each year a relocated
/// household fails to settle with a probability that falls with the support it has; a
/// failure moves it back to its home village or leaves it to fall back (返贫).
public struct SettlingParameters: ScenarioSection {
    static let failure = ScenarioKey<Double>.fraction("failure_probability_per_year", 0,
        "Yearly probability that a relocated household with neither a job nor land income nor training fails to settle (0: everyone settles).")
    static let employed = ScenarioKey<Double>.fraction("employment_reduction_fraction", 0,
        "The probability is multiplied by (1 − this) when a member is employed (program job, welfare post, workshop or site welfare post).")
    static let land = ScenarioKey<Double>.fraction("land_income_reduction_fraction", 0,
        "… and by (1 − this) when its old land earns income (farmed, rented out, cooperative).")
    static let training = ScenarioKey<Double>.fraction("training_reduction_fraction", 0, "… and by (1 − this) when a member was trained.")
    static let moveBack = ScenarioKey<Double>.fraction("move_back_fraction", 0.5,
        "Share of the failures that move back to their home village (the others stay and fall back); a household whose homestead was reclaimed returns to unsafe housing.")
    static let loss = ScenarioKey<Double>.fraction("fall_back_income_loss_fraction", 0.5,
        "Share of its wage and farm income a household that falls back loses (from then on).")

    public static let schema = ScenarioField.section("settling", "Settling at the site (稳得住): moving back and falling back (返贫) of relocated households.", keys: [
        failure, employed, land, training, moveBack, loss,
    ])

    public var failureProbabilityPerYear: Double
    public var employmentReductionFraction: Double
    public var landIncomeReductionFraction: Double
    public var trainingReductionFraction: Double
    public var moveBackFraction: Double
    public var fallBackIncomeLossFraction: Double

    public init(_ r: ScenarioReader) {
        failureProbabilityPerYear = r[Self.failure]
        employmentReductionFraction = r[Self.employed]
        landIncomeReductionFraction = r[Self.land]
        trainingReductionFraction = r[Self.training]
        moveBackFraction = r[Self.moveBack]
        fallBackIncomeLossFraction = r[Self.loss]
    }

    /// The yearly failure probability of a household with these supports.
    public func failureProbability(employed: Bool, landIncome: Bool, trained: Bool) -> Double {
        var p = failureProbabilityPerYear
        if employed { p *= 1 - employmentReductionFraction }
        if landIncome { p *= 1 - landIncomeReductionFraction }
        if trained { p *= 1 - trainingReductionFraction }
        return p
    }
}
