import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Where a command's time goes, for profiling the fixed cost of `simulate` (issue 12):
/// with the environment variable `BENKANG_PHASE_TIMES=1`, each `mark(_:)` writes one
/// line to standard error, `phase NAME: wall S s, cpu S s` (wall and process CPU time,
/// user + system, since the previous mark; the first since the process started), and
/// nothing otherwise. Not a user-facing output: the figures change from run to run.
struct PhaseTimes {
    private let enabled = ProcessInfo.processInfo.environment["BENKANG_PHASE_TIMES"] == "1"
    private var wall: Double
    private var cpu: Double

    init() {
        wall = Self.wallNow()
        cpu = Self.cpuNow()
        guard enabled else { return }
        // The first phase starts when the process did (start-up: loading and linking the libraries).
        if let started = Self.processStartWall() { wall = started; cpu = 0 }
    }

    mutating func mark(_ name: String) {
        guard enabled else { return }
        let w = Self.wallNow(), c = Self.cpuNow()
        FileHandle.standardError.write(Data(String(format: "phase %@: wall %.4f s, cpu %.4f s\n", name, w - wall, c - cpu).utf8))
        wall = w; cpu = c
    }

    private static func wallNow() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    private static func cpuNow() -> Double {
        var u = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &u)
        #else
        getrusage(RUSAGE_SELF, &u)
        #endif
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) * 1e-6 }
        return s(u.ru_utime) + s(u.ru_stime)
    }

    /// The monotonic time the process started (Linux: /proc/self/stat field 22, in clock
    /// ticks since boot, which CLOCK_MONOTONIC also counts from), or nil elsewhere.
    private static func processStartWall() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the command name: field 3 (state) is fields[0], so field 22 is fields[19].
        guard fields.count > 19, let ticks = Double(fields[19]) else { return nil }
        return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
