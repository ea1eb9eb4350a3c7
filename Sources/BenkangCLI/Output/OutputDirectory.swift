import Foundation
import GIS

/// A run's output folder, built in a temporary folder beside it and renamed into
/// place only when every file is written, so that a failure leaves no folder behind.
struct OutputDirectory {
    let final: String
    let temporary: String

    /// Creates the temporary folder `.NAME.tmp-PID` beside `path`.
    /// - Throws: `GISError` naming the folder when it cannot be created.
    init(_ path: String) throws {
        final = path.hasSuffix("/") ? String(path.dropLast()) : path
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

    /// Moves the finished folder into place, replacing an older one.
    func commit() throws {
        let fm = FileManager.default
        let old = temporary + ".old"
        if fm.fileExists(atPath: final) { try fm.moveItem(atPath: final, toPath: old) }
        try fm.moveItem(atPath: temporary, toPath: final)
        try? fm.removeItem(atPath: old)
    }

    /// Removes the temporary folder (after a failure).
    func discard() { try? FileManager.default.removeItem(atPath: temporary) }
}
