import ArgumentParser

/// The `benkang` command: a thin layer that parses arguments, reads and writes files,
/// and wires the library modules together.
@main
struct Benkang: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benkang",
        abstract: "Plan and simulate a county's poverty-alleviation programs on real geodata.",
        discussion: """
        Examples:
          benkang info geodata/*.geojson
          benkang validate geodata/villages.geojson
          benkang project --from EPSG:4326 --to EPSG:4545 geodata/county.geojson -o out/county-4545.geojson
        """,
        version: BenkangVersion.string,
        subcommands: [InfoCommand.self, ValidateCommand.self, ProjectCommand.self, MapCommand.self, SimulateCommand.self, CalibrateCommand.self, GeodataCommand.self, CompareCommand.self, ExportCommand.self])

    /// Runs the command; a failed write to standard output exits with status 73.
    static func main() {
        StandardOutput.checkAtExit()
        main(nil)
    }
}

enum BenkangVersion {
    static let string = "0.1.0"
}
