import ArgumentParser
import Foundation
import Cartography
import GIS
import Simulation

/// Exit codes shared by every command (sysexits.h): 0 done, 1 a failed calibration,
/// 64 usage, 65 bad input data, 73 an output that cannot be written.
enum ExitStatus {
    /// The input data is wrong (EX_DATAERR).
    static let dataError = ExitCode(65)
    /// An output file could not be written (EX_CANTCREAT).
    static let cannotCreate = ExitCode(73)
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// An error in the user's input (a scenario, a map spec, a run folder): its description
/// names the file and the place; the command prints it and exits with status 65.
protocol InputDataError: Error, CustomStringConvertible {}

extension ScenarioError: InputDataError {}
extension MapSpecError: InputDataError {}
extension ClassificationError: InputDataError {}
extension MapInputError: InputDataError {}

/// Runs `body`, turning the library's user errors into their messages on stderr and an
/// exit code, so that no user ever sees a stack trace or a Swift type name.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as GISError {
        for d in error.diagnostics { printError(d.description) }
        throw error.isOutputFailure ? ExitStatus.cannotCreate : ExitStatus.dataError
    } catch let error as ScenarioError {
        // Every problem of the scenario, one line each.
        for line in error.lines { printError("error: \(line)") }
        throw ExitStatus.dataError
    } catch let error as InputDataError {
        printError("error: \(error.description)")
        throw ExitStatus.dataError
    } catch let error as ExitCode {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch let error as CocoaError {
        printError("error: \(plainWords(error))")
        throw ExitCode.failure
    } catch {
        // Never Foundation's `Error Domain=…` text: its plain sentence instead.
        let text = "\(error)"
        printError("error: " + (text.contains("Error Domain=") ? (error as NSError).localizedDescription : text))
        throw ExitCode.failure
    }
}

/// A Foundation file error in plain words with its path, never `Error Domain=…`.
func plainWords(_ error: CocoaError) -> String {
    let path = (error.userInfo[NSFilePathErrorKey] as? String) ?? error.url?.path ?? "a file"
    if let posix = error.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
        return "\(path): \(String(cString: strerror(Int32(posix.code))))"
    }
    switch error.code {
    case .fileNoSuchFile, .fileReadNoSuchFile: return "\(path): no such file or folder"
    case .fileWriteNoPermission, .fileReadNoPermission: return "\(path): permission denied"
    case .fileWriteFileExists: return "\(path): a file of that name exists"
    case .fileWriteOutOfSpace: return "\(path): no space left on the device"
    case .fileWriteVolumeReadOnly: return "\(path): the file system is read-only"
    default: return "\(path): cannot be read or written"
    }
}

/// Reads a whole file (or standard input for "-") as bytes.
/// - Throws: GISError naming the file when it cannot be read.
func readInput(_ path: String) throws -> [UInt8] {
    if path == "-" {
        return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
    guard let data = FileManager.default.contents(atPath: path) else {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        let why = !exists ? "no such file" : isDirectory.boolValue ? "is a directory, expected a file" : "cannot be read"
        throw GISError(file: path, "\(why)")
    }
    return [UInt8](data)
}

/// Refuses an output path that names one of the inputs: an input is never overwritten.
func checkOutput(_ output: String?, isNotOneOf inputs: [String]) throws {
    guard let output, output != "-" else { return }
    let outURL = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath()
    for input in inputs where input != "-" {
        let inURL = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
        if inURL.path == outURL.path {
            throw ValidationError("the output \(output) is an input file; Benkang never overwrites an input. Choose another -o.")
        }
    }
}

/// Writes bytes to `path` atomically, or to standard output for nil or "-".
func writeOutput(_ bytes: [UInt8], to path: String?) throws {
    if let path, path != "-" {
        do {
            try AtomicFile.write(bytes, to: path)
        } catch let error as GISError {
            for d in error.diagnostics { printError(d.description) }
            throw ExitStatus.cannotCreate
        } catch {
            printError("\(path): error: cannot write the output")
            throw ExitStatus.cannotCreate
        }
    } else {
        try StandardOutput.write(bytes)
    }
}
