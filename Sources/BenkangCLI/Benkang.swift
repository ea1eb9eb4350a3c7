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
        abstract: "Plan and simulate a county's poverty-alleviation programs on real geodata.",
        discussion: """
        Examples:
          benkang info geodata/*.geojson
          benkang validate geodata/villages.geojson
          benkang project --from EPSG:4326 --to EPSG:4545 geodata/county.geojson -o out/county-4545.geojson
        """,
        version: BenkangVersion.string,
        subcommands: [InfoCommand.self, ValidateCommand.self, ProjectCommand.self, MapCommand.self, SimulateCommand.self, CalibrateCommand.self, GeodataCommand.self, CompareCommand.self, ExportCommand.self, MergeCommand.self, SlurmCommand.self])

    /// Runs the command; a failed write to standard output exits with status 73, an
    /// interrupt removes this process's temporary files and folders first.
    static func main() {
        StandardOutput.checkAtExit()
        Interrupts.install()
        main(nil)
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
                let text = Array("interrupted: this run's temporary files and folders are removed\n".utf8)
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
