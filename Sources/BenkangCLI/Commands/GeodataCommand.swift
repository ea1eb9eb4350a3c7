import ArgumentParser
import Exchange
import Foundation
import GeodataBuild
import GIS

/// `benkang geodata`: the geodata builder.
struct GeodataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geodata",
        abstract: Message.geodataAbstract.text,
        subcommands: [Build.self, GeodataExportCommand.self, GeodataImportCommand.self])

    /// `benkang geodata build`.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: Message.geodataBuildAbstract.text,
            discussion: Message.geodataBuildDiscussion.text)

        @Option(help: Message.geodataBuildSources.help)
        var sources: String = "geodata/sources"

        @Option(help: Message.geodataBuildOut.help)
        var out: String = "geodata"

        @Option(help: Message.geodataBuildSeed.help)
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
                    if !styles.isEmpty { print(Message.geodataQGISStyles.format(styles.joined(separator: ", "))) }
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
