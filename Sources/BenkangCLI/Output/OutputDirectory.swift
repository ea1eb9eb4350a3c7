import Foundation
import GIS

/// A run's output folder, built in a temporary folder beside it and renamed into
/// place only when every file is written, so that a failure leaves no folder behind.
struct OutputDirectory {
    let final: String
    let temporary: String

    /// Creates the temporary folder `.NAME.tmp-PID` beside `path`.
    /// - Throws: `GISError` naming the folder when it cannot be created.
    /// - Throws: also when `path` exists and is not a folder of Benkang outputs: a file,
    ///   or a folder holding anything else (inputs among them) is never replaced.
    init(_ path: String) throws {
        final = path.hasSuffix("/") ? String(path.dropLast()) : path
        try Self.checkReplaceable(final)
        let url = URL(fileURLWithPath: final)
        temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        do {
            try? FileManager.default.removeItem(atPath: temporary)
            try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        } catch {
            throw GISError(file: final, "cannot create the output folder: \(error.localizedDescription)")
        }
    }

    func write(_ text: String, _ name: String) throws { try AtomicFile.write(text, to: temporary + "/" + name) }
    func write(_ bytes: [UInt8], _ name: String) throws { try AtomicFile.write(bytes, to: temporary + "/" + name) }

    /// Moves the finished folder into place, replacing an older output folder; if the
    /// move fails, the older folder is put back.
    func commit() throws {
        let fm = FileManager.default
        let old = temporary + ".old"
        try Self.checkReplaceable(final)
        let hadOld = fm.fileExists(atPath: final)
        if hadOld { try fm.moveItem(atPath: final, toPath: old) }
        do {
            try fm.moveItem(atPath: temporary, toPath: final)
        } catch {
            if hadOld { try? fm.moveItem(atPath: old, toPath: final) }
            throw GISError(file: final, "cannot move the finished outputs into place: \(error.localizedDescription)")
        }
        try? fm.removeItem(atPath: old)
    }

    /// The files `simulate` and `compare` write; a folder holding only these (and
    /// subfolders holding only these) is an earlier output and may be replaced.
    static let outputFileNames: Set<String> = [
        "county.csv", "villages.csv", "flows.csv", "villages.geojson", "summary.json",
        "scenario.resolved.yaml", "relocation.csv",
        "comparison.txt", "comparison.csv", "comparison.json", "comparison.md",
    ]

    /// Throws unless `path` is absent, or a folder of earlier Benkang outputs.
    static func checkReplaceable(_ path: String) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw GISError(file: path, "is a file, expected an output folder; choose another --out")
        }
        if let stranger = firstForeignEntry(in: path, depth: 1) {
            throw GISError(file: path, "holds \(stranger), which Benkang did not write; an output folder is only replaced when it holds nothing but earlier outputs. Choose another --out, or empty it yourself.")
        }
    }

    /// The first entry (sorted) of `folder` that is not an output file or, down to
    /// `depth` levels, a folder of output files.
    private static func firstForeignEntry(in folder: String, depth: Int) -> String? {
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: folder) else { return folder }
        for name in entries.sorted() {
            let path = folder + "/" + name
            var isDirectory: ObjCBool = false
            _ = fm.fileExists(atPath: path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                if depth == 0 { return name + "/" }
                if let inner = firstForeignEntry(in: path, depth: depth - 1) { return name + "/" + inner }
            } else if !outputFileNames.contains(name) {
                return name
            }
        }
        return nil
    }

    /// Removes the temporary folder (after a failure).
    func discard() { try? FileManager.default.removeItem(atPath: temporary) }
}
