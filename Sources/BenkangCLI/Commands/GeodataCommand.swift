import ArgumentParser
import Exchange
import Foundation
import GeodataBuild
import GIS

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
            Reads the county profile (county.yaml) of --sources and the files it names: the \
            county boundary, the neighbours, the township and village name lists and the model \
            inputs. Models terrain, townships, villages, poverty, zones, lines, sites and roads \
            (see geodata/README.md), writes every layer and a copy of county.yaml into --out, \
            a QGIS style (.qml, the SVG maps' symbology) beside each mapped layer, and warns \
            on stderr about every layer a missing source leaves out. The same sources and seed \
            give byte-identical files.

            Example:
              benkang geodata build --sources geodata/sources --out geodata --seed 20151
            """)

        @Option(help: "The folder of source files: county.yaml and the files its sources section names.")
        var sources: String = "geodata/sources"

        @Option(help: "The folder to write the layers into (created if needed).")
        var out: String = "geodata"

        @Option(help: "The seed of every modelled random choice (default: build.seed of county.yaml).")
        var seed: UInt64?

        func run() throws {
            try reportingErrors {
                // Never write over a source file (e.g. --out equal to --sources would replace neighbours.geojson).
                let sourceFiles = ((try? FileManager.default.contentsOfDirectory(atPath: sources)) ?? [])
                    .map { (sources as NSString).appendingPathComponent($0) }
                for name in GeodataBuilder.outputFiles {
                    try checkOutput((out as NSString).appendingPathComponent(name), isNotOneOf: sourceFiles)
                }
                let report = try GeodataBuilder(sourcesFolder: sources, seed: seed).build(into: out)
                for w in report.warnings { printError(w.description) }
                for line in report.summary { print(line) }
                // QGIS styles with the SVG maps' symbology, applied when a layer is added.
                let styles = try QGISStyleFiles.write(besideLayersIn: out)
                if !styles.isEmpty { print("QGIS styles: \(styles.joined(separator: ", "))") }
            }
        }
    }
}
