#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
import GIS
import Planning

/// Population, poverty and income of the villages, modelled from the terrain and
/// aligned to the county totals by largest-remainder allocation (see the README's
/// "How the poverty figures were made").
enum PovertyModel {
    /// Fills population, poverty, income, households and infrastructure of `villages`.
    /// - Throws: `GISError` naming the profile when its totals cannot be met by the
    ///   villages (too few 村 or 社区 for the minimum sizes, caps too small).
    /// - Complexity: O(n log n) in villages.
    static func apply(to villages: inout [VillageRecord], parameters: BuildParameters, countySeatTownship: Int) throws {
        let p = parameters.poverty, file = parameters.profile.file
        var random = Xoshiro256StarStar(seed: parameters.seed, stream: 3)
        let noise = villages.map { _ in (random.nextNormal(), random.nextNormal(), random.nextNormal()) }
        let rural = villages.indices.filter { villages[$0].isVillage }
        let urban = villages.indices.filter { !villages[$0].isVillage }
        // Population: denser in the troughs, on gentle slopes, larger with area.
        let ruralWeights = rural.map { i -> Double in
            let v = villages[i]
            return (v.areaSquareMetres / 1e6).squareRoot() * (v.isMountain ? 0.75 : 1.35)
                * exp(-v.slopeDegrees / 25) * exp(0.25 * noise[i].0)
        }
        let minRural = 350
        guard p.ruralPopulation >= minRural * rural.count else {
            throw GISError(file: file, "poverty: a rural population of \(p.ruralPopulation) (rural_poor_persons ÷ rural_incidence) "
                + "is less than \(minRural) persons for each of the \(rural.count) 村")
        }
        for (k, n) in try allocate(file, p.ruralPopulation - minRural * rural.count, weights: ruralWeights).enumerated() {
            villages[rural[k]].population = minRural + n
        }
        let minUrban = 900
        guard p.urbanPopulation >= minUrban * urban.count else {
            throw GISError(file: file, "poverty.urban_population \(p.urbanPopulation) is less than \(minUrban) persons for each of the \(urban.count) 社区")
        }
        guard !urban.isEmpty || p.urbanPopulation == 0 else {
            throw GISError(file: file, "poverty: an urban population of \(p.urbanPopulation) persons, but the village list has no 社区 (level community) to hold it")
        }
        // The county seat's 社区 are twice as large.
        let urbanWeights = urban.map { exp(0.3 * noise[$0].0) * (villages[$0].townshipIndex == countySeatTownship ? 2.0 : 1.0) }
        for (k, n) in try allocate(file, p.urbanPopulation - minUrban * urban.count, weights: urbanWeights).enumerated() {
            villages[urban[k]].population = minUrban + n
        }
        guard p.poorVillages <= rural.count else {
            throw GISError(file: file, "poverty.poor_villages \(p.poorVillages) is more than the \(rural.count) 村 of the village list")
        }
        score(&villages, rural: rural, noise: noise.map(\.1))
        choosePoorVillages(&villages, rural: rural, parameters: p)
        try allocatePoor(&villages, rural: rural, urban: urban, zones: parameters.profile.zones.list.map(\.name), parameters: p, file: file)
        households(&villages, noise: noise.map(\.2), parameters: p)
        incomes(&villages, rural: rural, urban: urban, noise: noise.map(\.2), parameters: p)
        Infrastructure.apply(to: &villages, seed: parameters.seed)
    }

    /// ``LargestRemainder/allocate(_:weights:caps:)`` with a failure naming the profile
    /// whose totals the villages of the village list cannot hold.
    static func allocate(_ file: String, _ total: Int, weights: [Double], caps: [Int]? = nil) throws -> [Int] {
        do {
            return try LargestRemainder.allocate(total, weights: weights, caps: caps)
        } catch let e as GISError {
            throw GISError(file: file, "poverty: the villages of the village list cannot hold the profile's totals: "
                + e.diagnostics.map(\.message).joined(separator: "; "))
        }
    }

    /// score = 0.30 elevation + 0.25 slope + 0.15 zones + 0.20 distance to the county
    /// seat + 0.10 distance to a road (each min–max normalised over the 村) + 0.04 N(0,1).
    static func score(_ v: inout [VillageRecord], rural: [Int], noise: [Double]) {
        func norm(_ f: (VillageRecord) -> Double) -> [Int: Double] {
            let xs = rural.map { f(v[$0]) }
            let lo = xs.min() ?? 0, hi = xs.max() ?? 1
            return Dictionary(uniqueKeysWithValues: rural.map { ($0, hi > lo ? (f(v[$0]) - lo) / (hi - lo) : 0) })
        }
        let e = norm(\.elevationMetres), s = norm(\.slopeDegrees)
        let dc = norm(\.distanceCountySeatKilometres), dr = norm(\.distanceRoadKilometres)
        for i in rural {
            let z = min(Double(v[i].zones.count), 3) / 3
            let raw = 0.30 * e[i]! + 0.25 * s[i]! + 0.15 * z + 0.20 * dc[i]! + 0.10 * dr[i]! + 0.04 * noise[i]
            v[i].povertyScore = min(max(raw, 0), 1)
        }
    }

    /// The `poorVillages` highest scores, a `poorVillageMountainShare` of them among
    /// villages in the mountains or a hazard zone and the rest among the others.
    static func choosePoorVillages(_ v: inout [VillageRecord], rural: [Int], parameters p: PovertyFacts) {
        let byScore = rural.sorted { v[$0].povertyScore != v[$1].povertyScore ? v[$0].povertyScore > v[$1].povertyScore : $0 < $1 }
        let mountain = byScore.filter { v[$0].inHazardOrMountain }
        let other = byScore.filter { !v[$0].inHazardOrMountain }
        var nMountain = min(mountain.count, Int((Double(p.poorVillages) * p.poorVillageMountainShare).rounded()))
        if p.poorVillages - nMountain > other.count { nMountain = p.poorVillages - other.count }
        for i in mountain.prefix(nMountain) + other.prefix(p.poorVillages - nMountain) { v[i].isPoorVillage = true }
    }

    /// Poor persons: the 村 of each zone with a target in `zone_poor_persons` (profile
    /// zone order; a village counts in the first) share that target, the other 村 the
    /// rest, each in proportion to population × (0.04 + 0.16 score) × (2 if poor village),
    /// at most half the population; the 社区 share the urban poor by population.
    static func allocatePoor(_ v: inout [VillageRecord], rural: [Int], urban: [Int], zones: [String], parameters p: PovertyFacts, file: String) throws {
        var groups: [([Int], Int)] = [], left = rural, assigned = 0
        for zone in zones {
            guard let target = p.zonePoorPersons[zone] else { continue }
            let members = left.filter { v[$0].zones.contains(zone) }
            left = left.filter { !v[$0].zones.contains(zone) }
            let total = min(target, members.reduce(0) { $0 + v[$1].population / 2 })
            groups.append((members, total)); assigned += total
        }
        groups.append((left, p.ruralPoorPersons - assigned))
        for (group, total) in groups where !group.isEmpty {
            let w = group.map { Double(v[$0].population) * (0.04 + 0.16 * v[$0].povertyScore) * (v[$0].isPoorVillage ? 2 : 1) }
            let caps = group.map { v[$0].population / 2 }
            for (k, n) in try allocate(file, total, weights: w, caps: caps).enumerated() { v[group[k]].poorPersons = n }
        }
        let uw = urban.map { Double(v[$0].population) }
        for (k, n) in try allocate(file, p.urbanPoorPersons, weights: uw, caps: urban.map { v[$0].population / 2 }).enumerated() {
            v[urban[k]].poorPersons = n
        }
    }

    static func households(_ v: inout [VillageRecord], noise: [Double], parameters p: PovertyFacts) {
        for i in v.indices {
            let size = p.householdSize * (1 + 0.05 * noise[i])
            let poor = v[i].poorPersons
            let poorHH = poor == 0 ? 0 : max(1, min(poor, Int((Double(poor) / p.poorHouseholdSize).rounded())))
            let others = v[i].population - poor
            let otherHH = others == 0 ? 0 : max(1, min(others, Int((Double(others) / size).rounded())))
            v[i].poorHouseholds = poorHH
            v[i].households = poorHH + otherHH
        }
    }

    /// Income 2015 ∝ exp(−score) × (0.78 if poor village) × lognormal(0.08), scaled so
    /// the population-weighted mean over the 村 is `rural_income_yuan_per_person_base`; the 社区
    /// get 1.6 × that mean, modelled.
    static func incomes(_ v: inout [VillageRecord], rural: [Int], urban: [Int], noise: [Double], parameters p: PovertyFacts) {
        let raw = Dictionary(uniqueKeysWithValues: rural.map { i in
            (i, exp(-v[i].povertyScore) * (v[i].isPoorVillage ? 0.78 : 1) * exp(0.08 * noise[i]))
        })
        let pop = rural.reduce(0.0) { $0 + Double(v[$1].population) }
        let mean = rural.reduce(0.0) { $0 + raw[$1]! * Double(v[$1].population) } / pop
        for i in rural { v[i].incomeYuanPerPerson2015 = Int((raw[i]! / mean * p.ruralIncomeYuanPerPersonBase).rounded()) }
        for i in urban { v[i].incomeYuanPerPerson2015 = Int((1.6 * p.ruralIncomeYuanPerPersonBase * exp(0.08 * noise[i])).rounded()) }
    }
}
