import GIS
import Simulation

/// The files of one scenario's runs, in one place: `county.csv`, `villages.csv`,
/// `flows.csv`, `villages.geojson`, `summary.json` and, for `compare`, `relocation.csv`
/// (each described column by column in docs/outputs.md). The caller writes them.
public enum RunFiles {
    /// One output file: its name in the output folder and its bytes.
    public struct File: Sendable {
        public var name: String
        public var bytes: [UInt8]
    }

    /// The files of `view`'s runs of `world`, with the geodata's `villages` polygons
    /// joined into `villages.geojson`; `relocation.csv` too when `relocation` is true.
    /// - Complexity: O(runs × villages × years) plus the polygons' positions.
    public static func files(_ view: EnsembleView, world: SimulationWorld, seed: UInt64,
                             villages: FeatureCollection, relocation: Bool = false) -> [File] {
        var files = [
            File(name: "county.csv", bytes: Array(CSVWriter.render(CountyTable.table(view, world: world)).utf8)),
            File(name: "villages.csv", bytes: Array(CSVWriter.render(VillageTable.table(view, world: world)).utf8)),
            File(name: "flows.csv", bytes: Array(CSVWriter.render(FlowTable.table(view)).utf8)),
            File(name: "villages.geojson", bytes: VillagesGeoJSON.render(view, world: world, source: villages)),
            File(name: "summary.json", bytes: Array(SummaryJSON.render(view, world: world, seed: seed).utf8)),
        ]
        if relocation {
            files.append(File(name: "relocation.csv", bytes: Array(CSVWriter.render(RelocationTable.table(view.runs)).utf8)))
        }
        return files
    }
}
