/// The programs that spend money, each with its own budget (`programs.<name>.budget_yuan_by_year`);
/// the raw value is the program's section name, used in outputs (`cost_yuan_<name>`).
/// The cases are in the order of their names, the order the ledger sums a year's costs in.
public enum Program: String, CaseIterable, Sendable {
    case breeding, cooperatives, housing, infrastructure, jobs
    case medicalAssistance = "medical_assistance"
    case minimumIncome = "minimum_income"
    case orchards, relocation, tourism
    case workTeams = "work_teams"

    /// Position in `allCases` (the ledger's row).
    public var index: Int {
        switch self {
        case .breeding: 0
        case .cooperatives: 1
        case .housing: 2
        case .infrastructure: 3
        case .jobs: 4
        case .medicalAssistance: 5
        case .minimumIncome: 6
        case .orchards: 7
        case .relocation: 8
        case .tourism: 9
        case .workTeams: 10
        }
    }
}
