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
        abstract: Message.geodataImportAbstract.text,
        discussion: Message.geodataImportDiscussion.text)

    @Argument(help: Message.geodataImportFile.help)
    var file: String

    @Option(help: Message.geodataImportKey.help)
    var key: ImportKey

    @Option(help: Message.geodataImportSheet.help)
    var sheet: String?

    @Option(help: Message.geodataImportGeodata.help)
    var geodata = "geodata"

    @Option(help: Message.geodataImportOut.help)
    var out: String?

    @Flag(help: Message.geodataImportInPlace.help)
    var inPlace = false

    @Flag(help: Message.geodataImportKeepGoing.help)
    var keepGoing = false

    @Flag(help: Message.geodataImportStrict.help)
    var requireAll = false

    @Option(help: Message.geodataImportEncoding.help)
    var encoding: TableEncoding = .auto

    func validate() throws {
        if out == nil && !inPlace { throw ValidationError(Message.geodataImportSayWhere.text) }
        if out != nil && inPlace { throw ValidationError(Message.geodataImportOutOrInPlace.text) }
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
            printError(Message.geodataImportNothingWritten.format(file, String(errors), errors == 1 ? "" : "s", String(badRows), badRows == 1 ? "" : "s"))
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
