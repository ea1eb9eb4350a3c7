#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Whole-file reading into one byte array, sized from the file so it is filled once:
/// one `read` into the array's own storage, no second copy.
public enum FileBytes {
    /// The bytes of the file at `path`.
    /// - Throws: `GISError` naming `path` when it cannot be opened or read.
    /// - Complexity: O(n) in the file size.
    public static func read(path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw GISError(file: path, "cannot read the file: \(systemMessage())") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw GISError(file: path, "cannot read the file: \(systemMessage())") }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw GISError(file: path, "cannot read the file: it is a directory") }
        var bytes: [UInt8] = []
        var failure: String?
        var chunkSize = max(Int(info.st_size), 0) + 1   // one more byte to see the end at once
        while true {
            var got = 0
            let chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, initialized in
                got = systemRead(fd, buffer.baseAddress!, chunkSize)
                initialized = max(got, 0)
            }
            if got < 0 {
                if errno == EINTR { continue }
                failure = systemMessage(); break
            }
            if got == 0 { break }
            if bytes.isEmpty { bytes = chunk } else { bytes.append(contentsOf: chunk) }
            chunkSize = max(chunkSize - got, 1 << 16)
        }
        if let failure { throw GISError(file: path, "cannot read the file: \(failure)") }
        return bytes
    }
}
