import Experiments
import Foundation
import GIS

/// An experiment's folder: written file by file (each atomically) so that it can be
/// resumed, never replacing a folder that holds anything but nothing or an experiment.
struct ExperimentFolder {
    let path: String

    init(_ path: String) {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        self.path = p
    }

    /// Creates the folder for a new experiment: it must not exist, or be empty.
    /// - Throws: `GISError.output` (exit status 73) when it holds files, is a file, or
    ///   cannot be created; the message says to use --resume for an earlier experiment.
    func create(inputs: [String]) throws {
        try checkAvailable()
        if !FileManager.default.fileExists(atPath: path) {
            do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
                throw GISError.output(file: path, "cannot create the folder")
            }
        }
    }

    /// Checks that a new experiment may be written here: no such path, or an empty folder.
    func checkAvailable() throws {
        var isDirectory: ObjCBool = false
        let fm = FileManager.default
        if fm.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw GISError.output(file: path, "is a file; --out must name a folder") }
            let entries = (try? fm.contentsOfDirectory(atPath: path)) ?? []
            if !entries.isEmpty {
                let earlier = entries.contains("experiment.yaml") && entries.contains("design.csv")
                throw GISError.output(file: path, earlier ? "holds an earlier experiment: add --resume to continue it, or choose another folder"
                                                          : "is not empty; choose a new or empty folder for the experiment")
            }
        }
    }

    func write(_ bytes: [UInt8], _ name: String) throws { try AtomicFile.write(bytes, to: path + "/" + name) }

    /// Checks that the folder holds this experiment, then reads its finished points
    /// (dropping a partial last point from results.csv).
    /// - Throws: `GISError` (exit status 65) naming the file that differs.
    func resume(experimentText: String, baseText: String, design: [UInt8], figures: [String], runs: Int) throws -> [PointResult] {
        func read(_ name: String) throws -> [UInt8] {
            guard let data = FileManager.default.contents(atPath: path + "/" + name) else {
                throw GISError(file: path + "/" + name, "missing: --resume needs the folder of an experiment started with benkang explore")
            }
            return [UInt8](data)
        }
        guard try read("experiment.yaml") == Array(experimentText.utf8) else {
            throw GISError(file: path + "/experiment.yaml", "differs from the experiment file given: resume with the same file, or start a new folder")
        }
        guard try read("base.resolved.yaml") == Array(baseText.utf8) else {
            throw GISError(file: path + "/base.resolved.yaml", "the base scenario changed since the experiment started; its results would not match: start a new folder")
        }
        let written = try read("design.csv")
        func content(_ b: [UInt8]) -> ArraySlice<UInt8> { b.starts(with: UTF8Text.byteOrderMark) ? b.dropFirst(3) : b[...] }
        guard content(written) == content(design) else {
            throw GISError(file: path + "/design.csv", "is not the design of this experiment; refused")
        }
        let resultsPath = path + "/" + ResultsLog.name
        let bytes = try read(ResultsLog.name)
        let (points, length) = try ResultsLog.read(bytes, file: resultsPath, figures: figures, runs: runs)
        if length < bytes.count { try AtomicFile.write(Array(bytes[0..<max(length, 0)]), to: resultsPath) }
        if length == 0 { throw GISError(file: resultsPath, "has no header line; start a new folder") }
        return points
    }
}
