import Planning
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Jobs at the development zone, the cooperation park and the towns. Each site opens
/// `new_hire_fraction_of_jobs_per_year` of its jobs to poor labourers each year; a
/// candidate (lowest income first; targeted poor villages first, see `PoorVillageTargeting`) takes the most attractive open job with probability
/// take-up × exp(−distance / decay), distance measured from where the household lives
/// now (its village, or its resettlement site). The take-up draw is keyed by
/// (run, year, household), so it does not depend on who else is a candidate. Scenario: `programs.jobs.*`.
public struct Jobs: YearlyProcess {
    public static let name = "jobs"
    let world: SimulationWorld
    let jobSites: [Int]
    let openingsPerYear: [Int]
    /// For each village, the job sites (positions in `jobSites`) within reach, nearest
    /// first, with their distance in km.
    let villageReach: [[(k: Int, km: Double)]]
    /// The same from each site (for relocated households).
    let siteReach: [[(k: Int, km: Double)]]
    let wage: Float, decay: Double, maxDistance: Double, takeUp: Double, cost: Double
    let targeting: PoorVillageTargeting

    public init(world: SimulationWorld) {
        self.world = world
        let p = world.scenario.parameters.programs.jobs
        let jobSites = world.sites.indices.filter { world.sites[$0].jobs > 0 }
        self.jobSites = jobSites
        let fraction = p.newHireFractionOfJobsPerYear
        openingsPerYear = jobSites.map { Int((Double(world.sites[$0].jobs) * fraction).rounded(.down)) }
        let maxDistance = p.maxDistanceKilometres
        func reach(_ distances: [Double]) -> [(k: Int, km: Double)] {
            distances.enumerated().filter { $0.element <= maxDistance }.map { (k: $0.offset, km: $0.element) }
                .sorted { ($0.km, $0.k) < ($1.km, $1.k) }
        }
        villageReach = world.villages.indices.map { v in reach(jobSites.map { world.distanceKilometres(village: v, site: $0) }) }
        siteReach = world.sites.map { a in
            reach(jobSites.map { a.distanceKilometres(to: world.sites[$0]) })
        }
        self.maxDistance = maxDistance
        wage = Float(p.wageYuanPerYear)
        decay = p.distanceDecayKilometres
        takeUp = p.takeUpFraction
        cost = p.trainingCostYuanPerWorker
        targeting = PoorVillageTargeting(world: world)
    }

    /// - Complexity: O(households + candidates × job sites within reach).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        guard !jobSites.isEmpty else { return }
        var open = openingsPerYear
        let shift = targeting.shifts(state)
        let candidates = state.households.prioritized { t, i in
            let f = t.flags[i]
            return f.contains(.poor) && !f.contains(.job) && t.labourers[i] > 0
                ? t.netIncomeYuan(i) / Float(t.persons[i]) + shift[Int(t.village[i])] : nil
        }
        var openTotal = open.reduce(0, +)
        for word in candidates where openTotal > 0 {
            let i = PriorityOrder.index(word)
            // Take-up falls with distance, so the most attractive open job is the nearest.
            let at = Int(state.households.location[i]), v = Int(state.households.village[i])
            let reach = at < 0 ? villageReach[v] : siteReach[at]
            guard let nearest = reach.first(where: { open[$0.k] > 0 }) else { continue }
            let best = (k: nearest.k, p: takeUp * exp(-nearest.km / decay))
            guard random.unit(.jobs, year: year, household: i) < best.p else { continue }
            guard state.ledger.spend(.jobs, year, cost) else { break }
            open[best.k] -= 1
            openTotal -= 1
            state.households.wagesYuan[i] += wage
            state.households.flags[i].insert(.job)
        }
    }
}

