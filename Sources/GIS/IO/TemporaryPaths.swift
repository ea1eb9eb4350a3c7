import Foundation

/// The temporary files and folders this process has open, so that an interrupt
/// (SIGINT, SIGTERM) can remove them before the process ends: a writer registers its
/// temporary path before creating it and unregisters it once renamed into place.
///
/// A folder being swapped in registers its final path and the name the old folder is
/// moved aside to: when interrupted between the two renames, the old folder is put back.
public final class TemporaryPaths: @unchecked Sendable {
    public static let shared = TemporaryPaths()

    private struct Entry { var temporary: String; var aside: String?; var final: String? }
    private let lock = NSLock()
    private var entries: [Int: Entry] = [:]
    private var next = 0

    /// Registers `temporary` (and, for a folder swap, `aside` and `final`); returns the
    /// token for ``unregister(_:)``.
    public func register(_ temporary: String, aside: String? = nil, final: String? = nil) -> Int {
        lock.lock(); defer { lock.unlock() }
        next += 1
        entries[next] = Entry(temporary: temporary, aside: aside, final: final)
        return next
    }

    public func unregister(_ token: Int) {
        lock.lock(); defer { lock.unlock() }
        entries[token] = nil
    }

    /// Removes every registered temporary path (putting an old folder that was moved
    /// aside back in place when its replacement is not there yet). Called on an interrupt.
    public func removeAll() {
        lock.lock()
        let list = entries.values
        entries = [:]
        lock.unlock()
        let fm = FileManager.default
        for e in list {
            if let aside = e.aside, let final = e.final, fm.fileExists(atPath: aside) {
                if !fm.fileExists(atPath: final) { _ = rename(aside, final) } else { try? fm.removeItem(atPath: aside) }
            }
            try? fm.removeItem(atPath: e.temporary)
        }
    }
}
