import ArgumentParser
import Foundation
import GIS
import Reports

extension ReportLanguage: ExpressibleByArgument {}

/// `benkang report`: one self-contained HTML report of a run folder or a comparison
/// folder, optionally printed to PDF with headless Chromium.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: RunMessage.reportAbstract.text,
        discussion: RunMessage.reportDiscussion.text)

    @Argument(help: RunMessage.reportFolder.help)
    var folder: String
    @Option(name: .shortAndLong, help: RunMessage.reportOutput.help)
    var output: String?
    @Option(help: RunMessage.reportPDF.help)
    var pdf: String?
    /// The report's language: Chinese (English beside key terms) unless `--lang en` is
    /// given; `--lang` is read for every command (``Language``), the locale is not used here:
    /// a plan document is Chinese by default.
    var lang: ReportLanguage { Language.explicit == .en ? .en : .zh }
    @Option(help: RunMessage.reportGeodata.help)
    var geodata: String = "geodata"
    @Option(help: RunMessage.reportRankBy.help)
    var rankBy: String?
    @Flag(help: RunMessage.reportNoMaps.help)
    var noMaps = false

    var htmlPath: String {
        output ?? ((folder.hasSuffix("/") ? String(folder.dropLast()) : folder) + "-report.html")
    }

    func validate() throws {
        guard htmlPath.lowercased().hasSuffix(".html") || htmlPath.lowercased().hasSuffix(".htm") else {
            throw ValidationError(RunMessage.reportNeedsHTML.format(htmlPath))
        }
        if let pdf {
            guard pdf.lowercased().hasSuffix(".pdf") else { throw ValidationError(RunMessage.reportNeedsPDF.format(pdf)) }
            guard Self.samePath(pdf, htmlPath) == false else { throw ValidationError(RunMessage.reportSameFile.format(pdf)) }
        }
        if let rankBy, rankBy.split(separator: ",").isEmpty { throw ValidationError(RunMessage.reportRankByEmpty.text) }
    }

    static func samePath(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.path == URL(fileURLWithPath: b).standardizedFileURL.path
    }

    func run() throws {
        try reportingErrors {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw MapInputError("\(folder): no such folder (expected a run folder of `benkang simulate --out` or a comparison folder of `benkang compare --out`)")
            }
            let comparison = RunFolderReader.isComparisonFolder(folder)
            guard comparison || RunFolderReader.isRunFolder(folder) else {
                throw MapInputError("\(folder): neither a run folder (no summary.json) nor a comparison folder (no comparison.json)")
            }
            try checkOutputs(comparison: comparison)
            let reader = try RunFolderReader(geodata: geodata)
            let maps = ReportMaps(geodata: geodata)
            let document: HTMLDocument
            if comparison {
                document = try ComparisonFolderReport(reader: reader, maps: noMaps ? nil : maps, lang: lang,
                                                      rankBy: rankBy.map { $0.split(separator: ",").map { String($0) } }).document(folder)
            } else {
                let run = try reader.read(folder)
                let figures = noMaps ? [] : try maps.runMaps(run: folder, name: run.name, year: run.targetYear, lang: lang)
                document = ReportDocuments.run(run, maps: figures, language: lang)
            }
            let html = document.render()
            try Self.createFolder(of: htmlPath)
            try writeOutput(Array(html.utf8), to: htmlPath)
            print(StatusMessage.reportWrote.format(htmlPath, String(html.utf8.count)))
            if let pdf {
                try Self.createFolder(of: pdf)
                try ChromiumPDF.print(html: htmlPath, to: pdf)
                print(StatusMessage.reportWrotePDF.format(pdf))
            }
        }
    }

    /// Refuses outputs that are inputs (any file of the folder the report reads), folders
    /// or devices, before anything is read.
    func checkOutputs(comparison: Bool) throws {
        var inputs = RunFolderReader.inputNames.map { (folder as NSString).appendingPathComponent($0) }
        inputs += ["comparison.json", "key-figures-by-run.csv"].map { (folder as NSString).appendingPathComponent($0) }
        if comparison, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) {
            for n in names { inputs += RunFolderReader.inputNames.map { (folder as NSString).appendingPathComponent(n + "/" + $0) } }
        }
        for out in [htmlPath] + [pdf].compactMap({ $0 }) {
            try checkOutput(out, isNotOneOf: inputs)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) {
                if isDirectory.boolValue { throw GISError.output(file: out, "is a folder; give a file name ending in .html or .pdf") }
                let attributes = try? FileManager.default.attributesOfItem(atPath: out)
                if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular {
                    throw GISError.output(file: out, "is not a regular file (a device or a link); Benkang replaces only regular files")
                }
            }
        }
    }

    static func createFolder(of path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        guard !dir.isEmpty else { return }
        do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
            throw GISError.output(file: path, "cannot create its folder \(dir)")
        }
    }
}
