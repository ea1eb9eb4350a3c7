import ArgumentParser
import Foundation
import GIS
import Planning

extension ImportKey: ExpressibleByArgument {}
extension TableEncoding: ExpressibleByArgument {}

/// `benkang geodata import`: a planner's village figures joined into villages.geojson.
struct GeodataImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Join a table of village figures (CSV or xlsx, 建档立卡) into villages.geojson.",
        discussion: """
        Reads FILE (CSV in UTF-8 or GBK/GB18030, or the first or --sheet sheet of an xlsx \
        workbook), finds each row's village by --key code (the id column) or --key name \
        (township and village name, with or without 村委会/居委会), checks every row and \
        reports every problem at once (file, row:column, what was expected). Only the \
        columns present are imported; each village's figure_sources says which figures \
        are imported and which modelled. Writes villages.geojson into --out (with a copy \
        of every other geodata file) or over GEODATA/villages.geojson with --in-place, \
        then prints the county totals before and after, compared with county.yaml.

        Exit status: 0 when written; 65 when a row is wrong (nothing is written) unless \
        --keep-going imports the good rows; 64 for bad usage; 73 when the output cannot \
        be written. The table format is documented in geodata/README.md, "Bringing your \
        own village figures (geodata import)".

        Examples:
          benkang geodata export -o figures.xlsx        # fill it in, then:
          benkang geodata import figures.xlsx --key code --out out/geodata-2015
          benkang geodata import 建档立卡.csv --key name --encoding gbk --in-place --keep-going
          benkang simulate scenarios/baseline.yaml --geodata out/geodata-2015
        """)

    @Argument(help: "The table of village figures: .csv or .xlsx.")
    var file: String

    @Option(help: "How rows find their village: code (the id column) or name (township and village name).")
    var key: ImportKey

    @Option(help: "The xlsx sheet to read (default: the first).")
    var sheet: String?

    @Option(help: "The geodata folder to import into.")
    var geodata = "geodata"

    @Option(help: "Write the updated geodata into this folder (a copy of every geodata file plus the new villages.geojson).")
    var out: String?

    @Flag(help: "Replace GEODATA/villages.geojson itself.")
    var inPlace = false

    @Flag(help: "Import the good rows and report the others as warnings (exit 0).")
    var keepGoing = false

    @Flag(help: "A village of the geodata missing from the table is an error, not a warning.")
    var requireAll = false

    @Option(help: "The CSV text encoding: utf8, gbk (GB18030) or auto (UTF-8 when valid, else GBK).")
    var encoding: TableEncoding = .auto

    func validate() throws {
        if out == nil && !inPlace { throw ValidationError("say where to write: --out DIR or --in-place") }
        if out != nil && inPlace { throw ValidationError("--out and --in-place exclude each other") }
    }

    func run() throws {
        let villagesPath = (geodata as NSString).appendingPathComponent("villages.geojson")
        let (outcome, table, original) = try reportingErrors { () -> (VillageFigureImport.Outcome, DataTable, FeatureCollection) in
            let original = try GeoJSONFile.read(path: villagesPath).object.asFeatureCollection
            let table = try TableFile.read(path: file, sheet: sheet, encoding: encoding).table
            let name = (file as NSString).lastPathComponent
            let outcome = try VillageFigureImport.run(table: table, villages: original, villagesFile: villagesPath,
                                                      key: key, requireAll: requireAll, sourceName: name)
            return (outcome, table, original)
        }
        for p in outcome.problems {
            printError(p.diagnostic(in: table, header: outcome.header, severity: keepGoing && !outcome.fatal ? .warning : nil).description)
        }
        let badRows = Set(outcome.problems.filter { $0.severity == .error }.compactMap(\.row)).count
        if outcome.fatal || (outcome.hasErrors && !keepGoing) {
            let errors = outcome.problems.filter { $0.severity == .error }.count
            printError("\(file): \(errors) problem\(errors == 1 ? "" : "s") in \(badRows) row\(badRows == 1 ? "" : "s"); nothing written (--keep-going imports the good rows)")
            throw ExitStatus.dataError
        }
        try reportingErrors { try checkLoads(outcome.villages, villagesPath: villagesPath) }
        let target = try ImportTarget(geodata: geodata, out: out, inPlace: inPlace)
        try target.write(villages: outcome.villages)
        let skipped = outcome.dataRows - outcome.importedRows
        print("\(file): imported \(outcome.importedColumns.joined(separator: ", ")) for \(outcome.importedRows) of \(outcome.dataRows) rows"
              + (skipped > 0 ? " (\(skipped) with problems not imported)" : "") + " → \(target.villagesPath)")
        ImportTotalsReport(before: VillageTotals(villages: original), after: VillageTotals(villages: outcome.villages),
                           geodata: geodata).print()
    }

    /// The result must load in the simulation: the Planning loader's checks on the new villages.
    private func checkLoads(_ villages: FeatureCollection, villagesPath: String) throws {
        func layer(_ name: String) throws -> RegionLayer {
            let path = (geodata as NSString).appendingPathComponent(name)
            return RegionLayer(file: path, features: try GeoJSONFile.read(path: path).object.asFeatureCollection)
        }
        let profile = try CountyProfile.load(path: (geodata as NSString).appendingPathComponent(CountyProfile.fileName))
        _ = try Region.decode(profile: profile, townships: try layer("townships.geojson"), villages: RegionLayer(file: villagesPath + " (imported)", features: villages),
                              sites: try layer("sites.geojson"), lines: try layer("lines.geojson"))
    }
}
