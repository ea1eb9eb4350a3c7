import GIS
import Planning
import Simulation

/// `villages.geojson`: the simulated villages' polygons with the final year's figures
/// (P50 for an ensemble) joined as properties, sorted by village id. The exit year is
/// the P50 run's as an order statistic (null when that run has not exited by the last year).
enum VillagesGeoJSON {
    static func render(_ view: EnsembleView, world: SimulationWorld, villagesFile: String) throws -> [UInt8] {
        let source = try GeoJSONFile.read(path: villagesFile).object.asFeatureCollection
        var byID: [String: Feature] = [:]
        for f in source.features { if let id = f[property: "id"]?.stringValue { byID[id] = f } }
        let last = view.runs[0].years.count - 1
        let finalYear = view.runs[0].years[last]
        var features: [Feature] = []
        let order = world.villages.indices.sorted { world.villages[$0].id < world.villages[$1].id }
        for v in order {
            guard var f = byID[world.villages[v].id] else { continue }
            func p50(_ g: (RunResult) -> Double) -> Double { view.quantiles(g).p50 }
            let exitYear = view.villageExitYear(v)
            f[property: "sim_year"] = .number(Double(finalYear))
            f[property: "sim_poor_persons"] = .number(p50 { Double($0.villages[last][v].poorPersons) }.rounded())
            f[property: "sim_incidence"] = .number((p50 { $0.villages[last][v].incidence } * 1e6).rounded() / 1e6)
            f[property: "sim_income_per_capita"] = .number((p50 { $0.villages[last][v].incomeYuanPerPerson } * 100).rounded() / 100)
            f[property: "sim_lifted_out_total"] = .number(p50 { r in Double(r.villages.dropFirst().reduce(0) { $0 + $1[v].liftedOutPersons }) }.rounded())
            f[property: "sim_relocated_persons"] = .number(p50 { Double($0.villages[last][v].relocatedPersons) }.rounded())
            f[property: "sim_exited"] = .bool(exitYear != nil)
            f[property: "sim_exit_year"] = exitYear.map { .number(Double($0)) } ?? .null
            features.append(f)
        }
        return GeoJSONEncoder().encode(FeatureCollection(features: features))
    }
}
