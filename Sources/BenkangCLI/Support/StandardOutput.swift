#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Standard output that never loses bytes silently: a failed write (a full disk,
/// `> /dev/full`) is an error with exit status 73, whether it happens in `write` or when
/// the text `print` buffered is flushed at exit.
enum StandardOutput {
    /// Writes bytes to standard output after the text `print` has buffered, so that
    /// both keep their order.
    /// - Throws: `ExitStatus.cannotCreate` after printing the system's reason.
    static func write(_ bytes: [UInt8]) throws {
        var failure = fflush(stdout) != 0
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while !failure && offset < raw.count {
                let n = systemWrite(1, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; failure = true } else { offset += n }
            }
        }
        if failure {
            printError(Message.cannotWriteStandardOutput.format(String(cString: strerror(errno))))
            throw ExitStatus.cannotCreate
        }
    }

    /// Registers the check that runs when the process exits: flush what `print`
    /// buffered and exit with 73 when that fails.
    static func checkAtExit() {
        atexit(flushStandardOutputAtExit)
    }

    static func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(fd, p, n)
        #else
        return Darwin.write(fd, p, n)
        #endif
    }
}

/// The exit handler of ``StandardOutput/checkAtExit()`` (a C function: no context).
private func flushStandardOutputAtExit() {
    let flushFailed = fflush(stdout) != 0, streamFailed = ferror(stdout) != 0
    guard flushFailed || streamFailed else { return }
    let message = Array((Message.cannotWriteStandardOutput.format(String(cString: strerror(errno))) + "\n").utf8)
    message.withUnsafeBytes { _ = StandardOutput.systemWrite(2, $0.baseAddress!, $0.count) }
    _exit(73)
}
