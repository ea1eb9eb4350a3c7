/// The yearly relocation plan figures of every run as CSV: eligible, moved, 同步搬迁
/// movers, unassigned by reason (households and persons) and the assignment objective.
public enum RelocationTable {
    /// One row per run and simulated year, in run and year order.
    /// - Complexity: O(runs × years).
    public static func csv(_ runs: [RunResult]) -> String {
        var header = ["run", "year", "eligible_households", "eligible_persons", "moved_households", "moved_persons",
                      "nonpoor_moved_persons"]
        for r in UnassignedReason.allCases { header += ["unassigned_households_\(r.rawValue)", "unassigned_persons_\(r.rawValue)"] }
        header += ["objective_yuan_equivalent", "flow_objective_yuan_equivalent"]
        var lines = [header.joined(separator: ",")]
        for (k, run) in runs.enumerated() {
            for year in run.relocation.plans.keys.sorted() {
                let p = run.relocation.plans[year]!
                var row = [k, year, p.eligible.households, p.eligible.persons, p.moved.households, p.moved.persons, p.nonpoorMoved.persons]
                for r in UnassignedReason.allCases { row += [p.unassigned[r]?.households ?? 0, p.unassigned[r]?.persons ?? 0] }
                row += [p.objective, p.flowObjective]
                lines.append(row.map(String.init).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
