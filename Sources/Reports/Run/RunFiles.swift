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
        var csv = options.byteOrderMark ? UTF8Text.byteOrderMark : []
        CSVWriter.append(table, to: &csv)
        var files = [File(name: name + ".csv", bytes: csv)]
        if options.xlsx { files.append(File(name: name + ".xlsx", bytes: try XLSXTableWriter.render(table, sheetName: name))) }
        return files
    }

    /// CSV text as file bytes, with the UTF-8 byte-order mark first when `options` asks for it.
    public static func csvBytes(_ text: String, options: TableOptions) -> [UInt8] {
        (options.byteOrderMark ? UTF8Text.byteOrderMark : []) + Array(text.utf8)
    }

    /// The files of `view`'s runs of `world`, with the geodata's `villages` polygons
    /// joined into `villages.geojson`; `relocation.csv` too when `relocation` is true; each
    /// CSV with a byte-order mark and an `.xlsx` beside it as `tables` says. The files are
    /// made side by side on `threads` workers (nil: every CPU the process may use); their
    /// bytes and order do not depend on it.
    /// - Throws: `GISError` when a workbook cannot be made.
    /// - Complexity: O(runs × villages × years) plus the polygons' positions.
    public static func files(_ view: EnsembleView, world: SimulationWorld, seed: UInt64,
                             villages: FeatureCollection, relocation: Bool = false,
                             tables: TableOptions = TableOptions(), threads: Int? = nil) throws -> [File] {
        // The largest first, so that the workers finish together.
        var makers: [() throws -> [File]] = [
            { try tableFiles(VillageYearsTable.table(view, world: world), name: "villages-by-year", options: tables) },
            { try tableFiles(VillageTable.table(view, world: world), name: "villages", options: tables) },
            { [File(name: "villages.geojson", bytes: VillagesGeoJSON.render(view, world: world, source: villages))] },
            { try tableFiles(CountyTable.table(view, world: world), name: "county", options: tables) },
            { try tableFiles(FlowTable.table(view, world: world), name: "flows", options: tables) },
            { try tableFiles(TargetsTable.table(view, world: world), name: "targets", options: tables) },
            { [File(name: "summary.json", bytes: Array(SummaryJSON.render(view, world: world, seed: seed).utf8))] },
        ]
        // The order the files are listed (and written) in.
        var order = [3, 1, 0, 4, 5, 2, 6]
        if relocation {
            makers.append { try tableFiles(RelocationTable.table(view.runs), name: "relocation", options: tables) }
            makers.append { try tableFiles(SiteOccupancyTable.table(view.runs, world: world), name: "sites", options: tables) }
            order += [7, 8]
        }
        // Every file is made; the error thrown is the first in the files' order, as one thread would meet it.
        let made = try ParallelTasks.run(makers.map { make in { Result { try make() } } }, threads: threads)
        return try order.flatMap { try made[$0].get() }
    }
}
