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
    /// (dropping a partial last point from results.csv). Over a region (`counties`: the
    /// county codes in file order) a point is finished when results-by-county.csv holds it
    /// too; both files are cut back to the points both hold.
    /// - Throws: `GISError` (exit status 65) naming the file that differs.
    func resume(experimentText: String, baseText: String, design: [UInt8], figures: [String], runs: Int,
                counties: [String]? = nil) throws -> [PointResult] {
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
        var (points, length, ends) = try ResultsLog.read(bytes, file: resultsPath, figures: figures, runs: runs)
        if length == 0 { throw GISError(file: resultsPath, "has no header line; start a new folder") }
        if let counties {
            // The header's length (it matched) when no point is kept.
            func headerLength(_ b: [UInt8], _ header: String) -> Int {
                (b.starts(with: UTF8Text.byteOrderMark) ? UTF8Text.byteOrderMark.count : 0) + header.utf8.count
            }
            let countyPath = path + "/" + CountyResultsLog.name
            guard FileManager.default.fileExists(atPath: countyPath) else {
                throw GISError(file: countyPath, "missing: an experiment over a region keeps each county's figures there (a folder from a benkang before it cannot be resumed); start a new folder")
            }
            let countyBytes = try read(CountyResultsLog.name)
            guard countyBytes.contains(UInt8(ascii: "\n")) else { throw GISError(file: countyPath, "has no header line; start a new folder") }
            let (values, countyEnds) = try CountyResultsLog.read(countyBytes, file: countyPath, figures: figures, runs: runs, codes: counties)
            let kept = min(points.count, values.count)
            length = kept > 0 ? ends[kept - 1] : headerLength(bytes, ResultsLog.header(figures))
            points = Array(points.prefix(kept))
            for p in points.indices { points[p].countyValues = values[p] }
            let countyLength = kept > 0 ? countyEnds[kept - 1] : headerLength(countyBytes, CountyResultsLog.header(figures))
            if countyLength < countyBytes.count { try AtomicFile.write(Array(countyBytes[0..<countyLength]), to: countyPath) }
        }
        if length < bytes.count { try AtomicFile.write(Array(bytes[0..<length]), to: resultsPath) }
        return points
    }
}
