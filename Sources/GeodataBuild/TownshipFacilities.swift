import Planning

/// The township facilities of 一低三有 in the base year, modelled by the profile's
/// `township_facilities` rule: the townships (not subdistricts) that have 村 are ranked
/// by the mean written `poverty_score` of their 村, highest first, ties by code; the
/// first round(share × their number) (half away from zero) lack the facility. Every
/// other township (subdistricts, townships with only 社区) has all three.
enum TownshipFacilities {
    /// Per township (in the given order), the facilities it lacks.
    /// - Parameters:
    ///   - townships: code and kind of each township.
    ///   - villageScores: per township, the written poverty scores of its 村.
    static func missing(townships: [(code: String, kind: String)], villageScores: [[Double]],
                        shares: [TownshipFacility: Double]) -> [Set<TownshipFacility>] {
        let ranked = townships.indices
            .filter { townships[$0].kind != "街道" && !villageScores[$0].isEmpty }
            .map { (index: $0, mean: villageScores[$0].reduce(0, +) / Double(villageScores[$0].count)) }
            .sorted { $0.mean != $1.mean ? $0.mean > $1.mean : townships[$0.index].code < townships[$1.index].code }
        var out = [Set<TownshipFacility>](repeating: [], count: townships.count)
        for facility in TownshipFacility.allCases {
            let k = Int(((shares[facility] ?? 0) * Double(ranked.count)).rounded())
            for r in ranked.prefix(k) { out[r.index].insert(facility) }
        }
        return out
    }
}
