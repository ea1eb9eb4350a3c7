import Planning

/// The stated objective of relocation assignment: for a person from village `v` moved
/// to destination `k`, in whole yuan-equivalents,
///
///     distance_yuan_per_km × d
///   + farmland_yuan_per_mu × (farmland mu per person of v) × min(1, loss_per_km × d)
///   + cost_weight_fraction × money per person at k
///   + no_job_yuan_per_person × max(0, 1 − jobs within reach of k / full_job_access_jobs)
///
/// where d is the distance in km and loss_per_km is `farm_income_loss_fraction_per_km`.
/// Every assignment method reports this objective; `optimized` minimizes it.
public struct AssignmentWeights: Sendable {
    /// `costPerPerson[v][k]`, yuan-equivalents (non-negative integers).
    public let costPerPerson: [[Int]]

    public init(world: SimulationWorld, destinations: DestinationCatalog) {
        let relocation = world.scenario.parameters.programs.relocation, w = relocation.weights
        let perKm = w.distanceYuanPerKilometre
        let perMu = w.farmlandYuanPerMu
        let money = w.costWeightFraction
        let noJob = w.noJobYuanPerPerson
        let fullJobs = Double(w.fullJobAccessJobs)
        let lossPerKm = relocation.farmIncomeLossFractionPerKilometre
        let lackOfJobs = destinations.jobsWithinReach.map { max(0, 1 - Double($0) / fullJobs) }
        costPerPerson = world.villages.indices.map { v in
            let village = world.villages[v]
            let muPerPerson = village.populationPersons > 0 ? village.farmlandMu / Double(village.populationPersons) : 0
            return destinations.sites.indices.map { k in
                let d = destinations.distanceKilometres[v][k]
                let value = perKm * d + perMu * muPerPerson * min(1, lossPerKm * d)
                    + money * destinations.costYuanPerPerson[k] + noJob * lackOfJobs[k]
                return Int(max(0, value).rounded())
            }
        }
    }
}
