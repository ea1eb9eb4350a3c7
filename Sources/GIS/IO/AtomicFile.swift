#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Writes whole files so that readers only ever see the old file or the complete new
/// one: the bytes go to a temporary file in the same directory, which is flushed and
/// then renamed over the destination.
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically. Nothing partial is ever left: on failure the
    /// temporary file is removed and `path` keeps its previous content.
    /// - Throws: `GISError` naming `path` and the system's reason.
    /// - Complexity: O(n) in the byte count.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let (fd, temporary) = try createTemporary(for: path)
        var failure: String?
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = systemMessage(); return
                }
                offset += n
            }
        }
        if failure == nil && fsync(fd) != 0 { failure = systemMessage() }
        if close(fd) != 0 && failure == nil { failure = systemMessage() }
        if failure == nil && rename(temporary, path) != 0 { failure = systemMessage() }
        if let failure {
            unlink(temporary)
            throw GISError(file: path, "cannot write the file: \(failure)")
        }
    }

    /// Writes `text` as UTF-8 to `path` atomically (see ``write(_:to:)-([UInt8],_)``).
    /// - Throws: `GISError` naming `path` and the system's reason.
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Creates `.<name>.tmp-<pid>-<random>` next to `path`, exclusively.
    private static func createTemporary(for path: String) throws -> (Int32, String) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw GISError(file: path, "cannot write the file: the path names a directory") }
        for _ in 0..<64 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temporary = "\(directory).\(name).tmp-\(getpid())-\(suffix)"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 { return (fd, temporary) }
            if errno != EEXIST { throw GISError(file: path, "cannot write the file: \(systemMessage())") }
        }
        throw GISError(file: path, "cannot write the file: no free temporary name in its directory")
    }

    private static func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(fd, p, n)
        #elseif canImport(Musl)
        return Musl.write(fd, p, n)
        #else
        return Darwin.write(fd, p, n)
        #endif
    }
}

/// The message for the current `errno`.
func systemMessage() -> String {
    String(cString: strerror(errno))
}
