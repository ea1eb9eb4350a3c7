import GIS
import Simulation

/// The files of one scenario's runs, in one place: `county.csv`, `villages.csv`,
/// `villages-by-year.csv`, `flows.csv`, `targets.csv`, `villages.geojson`, `summary.json` and, for `compare`, `relocation.csv` and `sites.csv`
/// (each described column by column in docs/outputs.md). The caller writes them.
public enum RunFiles {
    /// One output file: its name in the output folder and its bytes.
    public struct File: Sendable {
        public var name: String
        public var bytes: [UInt8]
    }

    /// How the tables are written: CSV with or without a leading UTF-8 byte-order mark
    /// (with it, Excel and WPS on Chinese Windows read the file as UTF-8 rather than
    /// GBK), and an `.xlsx` of the same table beside each CSV.
    public struct TableOptions: Sendable, Hashable {
        public var byteOrderMark: Bool
        public var xlsx: Bool
        public init(byteOrderMark: Bool = true, xlsx: Bool = false) {
            self.byteOrderMark = byteOrderMark; self.xlsx = xlsx
        }
    }

    /// `NAME.csv` (and `NAME.xlsx` with sheet `NAME` when `options.xlsx`) of `table`.
    /// - Throws: `GISError` when the workbook cannot be made.
    public static func tableFiles<Row>(_ table: Table<Row>, name: String, options: TableOptions) throws -> [File] {
        var files = [File(name: name + ".csv", bytes: csvBytes(CSVWriter.render(table), options: options))]
        if options.xlsx { files.append(File(name: name + ".xlsx", bytes: try XLSXTableWriter.render(table, sheetName: name))) }
        return files
    }

    /// CSV text as file bytes, with the UTF-8 byte-order mark first when `options` asks for it.
    public static func csvBytes(_ text: String, options: TableOptions) -> [UInt8] {
        (options.byteOrderMark ? UTF8Text.byteOrderMark : []) + Array(text.utf8)
    }

    /// The files of `view`'s runs of `world`, with the geodata's `villages` polygons
    /// joined into `villages.geojson`; `relocation.csv` too when `relocation` is true; each
    /// CSV with a byte-order mark and an `.xlsx` beside it as `tables` says.
    /// - Throws: `GISError` when a workbook cannot be made.
    /// - Complexity: O(runs × villages × years) plus the polygons' positions.
    public static func files(_ view: EnsembleView, world: SimulationWorld, seed: UInt64,
                             villages: FeatureCollection, relocation: Bool = false,
                             tables: TableOptions = TableOptions()) throws -> [File] {
        var files = try tableFiles(CountyTable.table(view, world: world), name: "county", options: tables)
        files += try tableFiles(VillageTable.table(view, world: world), name: "villages", options: tables)
        files += try tableFiles(VillageYearsTable.table(view, world: world), name: "villages-by-year", options: tables)
        files += try tableFiles(FlowTable.table(view, world: world), name: "flows", options: tables)
        files += try tableFiles(TargetsTable.table(view, world: world), name: "targets", options: tables)
        files += [
            File(name: "villages.geojson", bytes: VillagesGeoJSON.render(view, world: world, source: villages)),
            File(name: "summary.json", bytes: Array(SummaryJSON.render(view, world: world, seed: seed).utf8)),
        ]
        if relocation {
            files += try tableFiles(RelocationTable.table(view.runs), name: "relocation", options: tables)
            files += try tableFiles(SiteOccupancyTable.table(view.runs, world: world), name: "sites", options: tables)
        }
        return files
    }
}
