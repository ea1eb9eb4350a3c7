import GIS
import Planning
import Simulation

/// `villages.geojson`: the simulated villages' polygons with the final year's figures
/// (P50 for an ensemble) joined as properties, sorted by village id. The exit year is
/// the P50 run's as an order statistic (null when that run has not exited by the last year).
public enum VillagesGeoJSON {
    /// The `sim_*` properties as columns; the row is the village's index in the world.
    public static func columns(_ view: EnsembleView) -> [Column<Int>] {
        let last = view.runs[0].years.count - 1
        let finalYear = view.runs[0].years[last]
        func p50(_ g: (RunResult) -> Double) -> Double { view.quantiles(g).p50 }
        // Unlike CSV, a value that is not finite stays so and is written as null.
        func measure(_ name: String, unit: String, decimals: Int, _ f: @escaping (Int) -> Double) -> Column<Int> {
            Column(name, unit: unit, decimals: decimals) { .number(f($0), decimals: decimals) }
        }
        return [
            .integer("sim_year") { _ in finalYear },
            measure("sim_poor_persons", unit: "persons", decimals: 0) { v in p50 { Double($0.villages[last][v].poorPersons) } },
            measure("sim_incidence", unit: "fraction", decimals: 6) { v in p50 { $0.villages[last][v].incidence } },
            measure("sim_income_per_capita", unit: "yuan/person/year", decimals: 2) { v in p50 { $0.villages[last][v].incomeYuanPerPerson } },
            measure("sim_lifted_out_total", unit: "persons", decimals: 0) { v in
                p50 { r in Double(r.villages.dropFirst().reduce(0) { $0 + $1[v].liftedOutPersons }) }
            },
            measure("sim_relocated_persons", unit: "persons", decimals: 0) { v in p50 { Double($0.villages[last][v].relocatedPersons) } },
            .flag("sim_exited") { view.villageExitYear($0) != nil },
            Column("sim_exit_year") { v in view.villageExitYear(v).map { .integer($0) } ?? .missing(shown: "") },
        ]
    }

    /// The file: `source` (the geodata's villages) with the simulated figures joined by `id`.
    public static func render(_ view: EnsembleView, world: SimulationWorld, source: FeatureCollection) -> [UInt8] {
        var byID: [String: Feature] = [:]
        for f in source.features { if let id = f[property: "id"]?.stringValue { byID[id] = f } }
        let columns = columns(view)
        var features: [Feature] = []
        let order = world.villages.indices.sorted { world.villages[$0].id < world.villages[$1].id }
        for v in order {
            guard var f = byID[world.villages[v].id] else { continue }
            GeoJSONProperties.set(columns, of: v, on: &f)
            features.append(f)
        }
        return GeoJSONEncoder().encode(FeatureCollection(features: features))
    }
}
