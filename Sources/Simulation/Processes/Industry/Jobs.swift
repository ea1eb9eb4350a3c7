import Planning
#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Jobs at the development zone, the cooperation park and the towns. Each site opens
/// `new_hire_fraction_of_jobs_per_year` of its jobs to poor labourers each year; a
/// candidate (lowest income first) takes the most attractive open job with probability
/// take-up × exp(−distance / decay), distance measured from where the household lives
/// now (its village, or its resettlement site). Scenario: `programs.jobs.*`.
public struct Jobs: YearlyProcess {
    public static let name = "jobs"
    let world: SimulationWorld
    let jobSites: [Int]
    let openingsPerYear: [Int]
    /// `villageDistance[v][k]`: village v to jobSites[k], km.
    let villageDistance: [[Double]]
    let wage: Float, decay: Double, maxDistance: Double, takeUp: Double, cost: Double

    public init(world: SimulationWorld) {
        self.world = world
        let s = world.scenario
        let jobSites = world.sites.indices.filter { world.sites[$0].jobs > 0 }
        self.jobSites = jobSites
        let fraction = s.number("programs.jobs.new_hire_fraction_of_jobs_per_year")
        openingsPerYear = jobSites.map { Int((Double(world.sites[$0].jobs) * fraction).rounded(.down)) }
        villageDistance = world.villages.indices.map { v in jobSites.map { world.distanceKilometres(village: v, site: $0) } }
        wage = Float(s.number("programs.jobs.wage_yuan_per_year"))
        decay = s.number("programs.jobs.distance_decay_km")
        maxDistance = s.number("programs.jobs.max_distance_km")
        takeUp = s.number("programs.jobs.take_up_fraction")
        cost = s.number("programs.jobs.training_cost_yuan_per_worker")
    }

    func distance(_ state: SimulationState, household i: Int, job k: Int) -> Double {
        let at = Int(state.households.location[i])
        if at < 0 { return villageDistance[Int(state.households.village[i])][k] }
        let a = world.sites[at], b = world.sites[jobSites[k]]
        return GeoDistance.kilometres(lon1: a.longitude, lat1: a.latitude, lon2: b.longitude, lat2: b.latitude)
    }

    /// - Complexity: O(households + candidates × job sites).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        guard !jobSites.isEmpty else { return }
        var open = openingsPerYear
        var candidates: [(income: Float, i: Int)] = []
        let t = state.households
        for i in 0..<t.count {
            let f = t.flags[i]
            if f.contains(.poor), !f.contains(.job), t.labourers[i] > 0 { candidates.append((t.netIncomeYuan(i) / Float(t.persons[i]), i)) }
        }
        candidates.sort { ($0.income, $0.i) < ($1.income, $1.i) }
        for c in candidates {
            var best: (k: Int, p: Double)?
            for k in jobSites.indices where open[k] > 0 {
                let d = distance(state, household: c.i, job: k)
                guard d <= maxDistance else { continue }
                let p = takeUp * exp(-d / decay)
                if best == nil || p > best!.p { best = (k, p) }
            }
            guard let best else { continue }
            let v = Int(state.households.village[c.i])
            guard random.village[v].nextUnit() < best.p else { continue }
            guard state.ledger.spend("jobs", year, cost) else { break }
            open[best.k] -= 1
            state.siteJobsFilled[jobSites[best.k]] += 1
            state.households.wagesYuan[c.i] += wage
            state.households.flags[c.i].insert(.job)
        }
    }
}

