/// Medical assistance (医疗救助): reimburses a share of the illness costs of ill households
/// that are or were registered poor (policies continue after exit, 脱贫不脱政策), lowest income per person first, within the budget; a reimbursed household
/// counts as having basic medical care (三保障). Scenario: `programs.medical_assistance.*`.
public struct MedicalAssistance: YearlyProcess {
    public static let name = "medical_assistance"
    let share: Float

    public init(world: SimulationWorld) {
        share = Float(world.scenario.parameters.programs.medicalAssistance.reimbursedFraction)
    }

    /// - Complexity: O(households + candidates log candidates).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        let candidates = state.households.prioritized { t, i in
            t.flags[i].contains(.everPoor) && t.flags[i].contains(.ill) ? t.netIncomeYuan(i) / Float(t.persons[i]) : nil
        }
        for word in candidates {
            let i = PriorityOrder.index(word)
            let refund = state.households.illnessCostYuan[i] * share
            guard state.ledger.spend(.medicalAssistance, year, Double(refund)) else { continue }
            state.households.illnessCostYuan[i] -= refund
            state.households.flags[i].insert(.medicalCover)
        }
    }
}
