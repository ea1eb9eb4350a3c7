import ArgumentParser
import Foundation
import GeodataBuild

/// `benkang geodata`: the geodata builder.
struct GeodataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geodata",
        abstract: "Build the planning dataset (geodata/) from the real sources.",
        subcommands: [Build.self, GeodataExportCommand.self, GeodataImportCommand.self])

    /// `benkang geodata build`.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Regenerate every geodata layer from the sources and the documented parameters.",
            discussion: """
            Reads the county boundary, the neighbours and the township and village name lists \
            from --sources, models terrain, townships, villages, poverty, zones, lines, sites \
            and roads (see geodata/README.md), and writes every layer into --out. The same \
            sources and seed give byte-identical files.

            Example:
              benkang geodata build --sources geodata/sources --out geodata --seed 20151
            """)

        @Option(help: "The folder of source files (townships-2016.csv, villages-names.csv, linshui-county-511623.geojson, neighbours.geojson).")
        var sources: String = "geodata/sources"

        @Option(help: "The folder to write the layers into (created if needed).")
        var out: String = "geodata"

        @Option(help: "The seed of every modelled random choice.")
        var seed: UInt64 = BuildParameters().seed

        func run() throws {
            try reportingErrors {
                // Never write over a source file (e.g. --out equal to --sources would replace neighbours.geojson).
                let sourceFiles = ((try? FileManager.default.contentsOfDirectory(atPath: sources)) ?? [])
                    .map { (sources as NSString).appendingPathComponent($0) }
                for name in GeodataBuilder.outputFiles {
                    try checkOutput((out as NSString).appendingPathComponent(name), isNotOneOf: sourceFiles)
                }
                var parameters = BuildParameters()
                parameters.seed = seed
                let report = try GeodataBuilder(sourcesFolder: sources, parameters: parameters).build(into: out)
                for line in report.summary { print(line) }
            }
        }
    }
}
