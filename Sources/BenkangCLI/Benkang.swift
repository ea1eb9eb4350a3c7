import ArgumentParser
import Dispatch
import Foundation
import GIS

/// The `benkang` command: a thin layer that parses arguments, reads and writes files,
/// and wires the library modules together.
@main
struct Benkang: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benkang",
        abstract: Message.benkangAbstract.text,
        discussion: Message.benkangDiscussion.text,
        version: BenkangVersion.string,
        subcommands: [InfoCommand.self, ValidateCommand.self, ProjectCommand.self, MapCommand.self, AtlasCommand.self, SimulateCommand.self, CalibrateCommand.self, GeodataCommand.self, CompareCommand.self, ExportCommand.self, ScenarioCommand.self, ReportCommand.self, ExploreCommand.self, MergeCommand.self, SlurmCommand.self])

    /// Runs the command in the language `--lang` or the locale asks for (``Language``);
    /// a failed write to standard output exits with status 73, an interrupt removes this
    /// process's temporary files and folders first.
    static func main() {
        StandardOutput.checkAtExit()
        let (language, arguments) = Language.select(arguments: Array(CommandLine.arguments.dropFirst()),
                                                    environment: ProcessInfo.processInfo.environment)
        Language.current = language
        Language.explicit = arguments.count < CommandLine.arguments.count - 1 ? language : nil
        Interrupts.install()
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            // ArgumentParser's own text (help, usage errors) with its headings in the chosen language.
            let code = exitCode(for: error)
            let message = ParserHeadings.localize(fullMessage(for: error))
            if !message.isEmpty {
                if code == .success { print(message) } else { printError(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}

/// SIGINT and SIGTERM: remove this process's temporary files and folders
/// (``TemporaryPaths``), then exit with 130 (SIGINT) or 143 (SIGTERM), as a shell reports
/// a process killed by them. The handlers run on a dispatch queue, not in signal context.
enum Interrupts {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        for (signalNumber, status) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                TemporaryPaths.shared.removeAll()
                let text = Array((Message.interrupted.text + "\n").utf8)
                text.withUnsafeBytes { _ = StandardOutput.systemWrite(2, $0.baseAddress!, $0.count) }
                _exit(status)
            }
            source.resume()
            sources.append(source)
        }
    }
}

enum BenkangVersion {
    static let string = "0.1.0"
}
