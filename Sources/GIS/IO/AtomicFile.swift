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
    ///
    /// Only regular files are written: a device, FIFO, socket or directory at `path` is
    /// refused (the rename would replace it with a regular file: `-o /dev/null` run as
    /// root would destroy the device). A symbolic link is followed, and its target is
    /// replaced; a link that points nowhere is refused.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let target = try regularTarget(path)
        let (fd, temporary) = try createTemporary(for: target)
        let token = TemporaryPaths.shared.register(temporary)
        defer { TemporaryPaths.shared.unregister(token) }
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
        if failure == nil && rename(temporary, target) != 0 { failure = systemMessage() }
        if let failure {
            unlink(temporary)
            throw GISError.output(file: path, "cannot write the file: \(failure)")
        }
    }

    /// Writes `text` as UTF-8 to `path` atomically (see ``write(_:to:)-([UInt8],_)``).
    /// - Throws: `GISError` naming `path` and the system's reason.
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// The path to replace: `path`, or the file a symbolic link at `path` points to.
    /// - Throws: `GISError` when `path` names something other than a regular file.
    static func regularTarget(_ path: String) throws -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else { return path }   // a new file
        if (info.st_mode & S_IFMT) == S_IFLNK {
            guard stat(path, &info) == 0, let resolved = realpath(path, nil) else {
                throw GISError.output(file: path, "cannot write the file: it is a symbolic link to nothing (\(systemMessage()))")
            }
            defer { free(resolved) }
            let target = String(cString: resolved)
            guard (info.st_mode & S_IFMT) == S_IFREG else { throw GISError.output(file: path, "cannot write the file: it links to \(kind(info.st_mode)), and Benkang writes regular files only") }
            return target
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw GISError.output(file: path, "cannot write the file: it is \(kind(info.st_mode)), and Benkang writes regular files only; choose a file name (or - for standard output)")
        }
        return path
    }

    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a directory"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    /// Creates `.<name>.tmp-<pid>-<random>` next to `path`, exclusively.
    private static func createTemporary(for path: String) throws -> (Int32, String) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw GISError.output(file: path, "cannot write the file: the path names a directory") }
        for _ in 0..<64 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temporary = "\(directory).\(name).tmp-\(getpid())-\(suffix)"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 { return (fd, temporary) }
            if errno != EEXIST { throw GISError.output(file: path, "cannot write the file: \(systemMessage())") }
        }
        throw GISError.output(file: path, "cannot write the file: no free temporary name in its directory")
    }
}
