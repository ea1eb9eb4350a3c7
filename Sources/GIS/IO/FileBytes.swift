#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Whole-file reading into one byte array, sized from the file so it is filled once:
/// `read` straight into the array's own storage, no second copy. A large regular file is
/// read in pieces by several threads at once (`pread`: the kernel's copy and the page
/// faults of the fresh buffer are shared out). Huge pages (`MADV_HUGEPAGE`) were tried
/// and left out: on this kind of virtual machine clearing fresh 2 MiB pages cost ten
/// times the faults they saved.
public enum FileBytes {
    /// Files from this size on are read by several threads.
    static let parallelMinimumBytes = 8 << 20
    /// The piece one thread reads in one call.
    static let pieceBytes = 4 << 20

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
        let size = max(Int(info.st_size), 0)
        var bytes: [UInt8] = []
        if (info.st_mode & S_IFMT) == S_IFREG, size >= parallelMinimumBytes, let whole = readInPieces(fd, size: size) {
            bytes = whole
            // Read on from the end, as the sequential loop does (a file that grew).
            guard lseek(fd, off_t(size), SEEK_SET) >= 0 else { throw GISError(file: path, "cannot read the file: \(systemMessage())") }
        }
        var failure: String?
        var chunkSize = bytes.isEmpty ? size + 1 : 1 << 16   // one more byte to see the end at once
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

    /// The first `size` bytes of `fd`, read in ``pieceBytes`` pieces on every available
    /// processor; nil when a piece came out short or failed (the caller reads it again in
    /// sequence and reports the error).
    private static func readInPieces(_ fd: Int32, size: Int) -> [UInt8]? {
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            nonisolated(unsafe) let target = UnsafeMutableRawPointer(buffer.baseAddress!)
            let pieces = (size + pieceBytes - 1) / pieceBytes
            // Each piece is written by one worker only; the pieces do not overlap.
            let results = (try? ParallelFor.mapRanges(count: pieces, threads: 0) { _, range in
                var ok = true
                for k in range where ok {
                    let start = k * pieceBytes
                    let n = min(pieceBytes, size - start)
                    var done = 0
                    while done < n {
                        let got = pread(fd, target + start + done, n - done, off_t(start + done))
                        if got < 0 && errno == EINTR { continue }
                        guard got > 0 else { ok = false; break }
                        done += got
                    }
                }
                return ok
            }) ?? [false]
            complete = results.allSatisfy { $0 }
            initialized = complete ? size : 0
        }
        return complete ? bytes : nil
    }
}
