/// The programs that spend money, each with its own budget (`programs.<name>.budget_yuan_by_year`);
/// the raw value is the program's section name, used in outputs (`cost_yuan_<name>`).
/// The cases are in the order of their names, the order the ledger sums a year's costs in.
public enum Program: String, CaseIterable, Sendable, Codable {
    case breeding, cooperatives
    case followUpSupport = "follow_up_support"
    case housing, infrastructure, jobs
    case medicalAssistance = "medical_assistance"
    case minimumIncome = "minimum_income"
    case oldLand = "old_land"
    case orchards, relocation, tourism
    case workTeams = "work_teams"

    /// Position in `allCases` (the ledger's row).
    public var index: Int {
        switch self {
        case .breeding: 0
        case .cooperatives: 1
        case .followUpSupport: 2
        case .housing: 3
        case .infrastructure: 4
        case .jobs: 5
        case .medicalAssistance: 6
        case .minimumIncome: 7
        case .oldLand: 8
        case .orchards: 9
        case .relocation: 10
        case .tourism: 11
        case .workTeams: 12
        }
    }
}
