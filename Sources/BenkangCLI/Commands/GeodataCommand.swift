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
            (see geodata/README.md), writes every layer, a copy of county.yaml, a QGIS style \
            (.qml, the SVG maps' symbology) beside each mapped layer and the build stamp \
            build-stamp.json into --out (built in a temporary folder first; --out must be \
            absent, empty or an earlier build), and warns on stderr about every layer a missing source leaves out. The same sources \
            and seed give byte-identical files. Exit status 0 done, 64 usage, 65 bad sources \
            (every problem with file and line), 73 an --out that cannot be written.

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
                    let target = (out as NSString).appendingPathComponent(name)
                    for input in sourceFiles where Self.samePath(input, target) {
                        throw GISError.output(file: target, "is a source file of --sources; the build never overwrites an input. Choose another --out.")
                    }
                }
                // Checked before the build: an --out that cannot be written fails at once.
                let folder = try OutputDirectory(out, rule: .stampedBuild(Self.outputFiles))
                do {
                    let report = try GeodataBuilder(sourcesFolder: sources, seed: seed).build(into: folder.temporary)
                    // QGIS styles with the SVG maps' symbology, applied when a layer is added;
                    // recorded in the build stamp like every other file of the build.
                    let styles = try QGISStyleFiles.write(besideLayersIn: folder.temporary)
                    for name in styles {
                        let bytes = FileManager.default.contents(atPath: folder.temporary + "/" + name) ?? Data()
                        try BuildStamp.recordReplacement(folder: folder.temporary, file: name, content: [UInt8](bytes))
                    }
                    try folder.commit()
                    for w in report.warnings { printError(w.description) }
                    for line in report.summary { print(line) }
                    if !styles.isEmpty { print("QGIS styles: \(styles.joined(separator: ", "))") }
                } catch {
                    folder.discard()
                    // A geometry or projection failure comes from the sources' data (exit 65).
                    if error is GEOSError || error is ProjError {
                        throw GISError(file: sources, "the sources give a geometry the builder cannot process (\(error)); check the county boundary, the township list (repeated seats) and the model inputs")
                    }
                    throw error
                }
            }
        }

        /// Every file a build may write: the layers, their QGIS styles and the stamp.
        static var outputFiles: Set<String> {
            let styles = GeodataBuilder.outputFiles.filter { $0.hasSuffix(".geojson") }
                .map { String($0.dropLast(".geojson".count)) + ".qml" }
            return Set(GeodataBuilder.outputFiles + styles)
        }

        static func samePath(_ a: String, _ b: String) -> Bool {
            URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
                == URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
        }
    }
}
