import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// The one way Benkang spreads a loop over threads: `0..<count` split into contiguous,
/// near-equal ranges, one per worker, each computed by one thread and stored in its own
/// slot, so results are in index order and never depend on the number of threads.
public enum ParallelFor {
    /// The CPUs this process may use: its affinity mask (`sched_getaffinity`) on Linux,
    /// so `taskset`, Slurm and container CPU sets are honoured (elsewhere, or when the
    /// mask cannot be read, the active processor count), capped by the control group's
    /// CPU quota (``CPUQuota``: cgroup v2 `cpu.max`, v1 `cpu.cfs_quota_us`), so a
    /// container limited to 2 CPUs on a 64-core host runs 2 workers. At least 1.
    public static let availableProcessors: Int = {
        let mask = affinityProcessorCount() ?? max(1, ProcessInfo.processInfo.activeProcessorCount)
        return max(1, min(mask, CPUQuota.processCPUs() ?? mask))
    }()

    /// The worker count for a request: `threads` when positive, else every available processor.
    public static func workers(_ threads: Int?) -> Int {
        guard let threads, threads > 0 else { return availableProcessors }
        return threads
    }

    /// `count` items split into at most `threads` contiguous, near-equal, non-empty
    /// ranges in order (`threads` ≤ 0: one per available processor; none when `count` is 0).
    public static func ranges(count: Int, threads: Int) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let n = max(1, min(workers(threads), count))
        return (0..<n).map { (count * $0 / n)..<(count * ($0 + 1) / n) }
    }

    /// `[body(0, ranges[0]), body(1, ranges[1]), …]` for `ranges(count:threads:)`, each
    /// call on its own thread (the calling thread alone when there is one range).
    /// - Throws: the error of the lowest-indexed range that throws.
    public static func mapRanges<T: Sendable>(count: Int, threads: Int,
                                    _ body: (Int, Range<Int>) throws -> T) throws -> [T] {
        let parts = ranges(count: count, threads: threads)
        if parts.count <= 1 { return try parts.enumerated().map { try body($0.offset, $0.element) } }
        var slots = [Result<T, any Error>?](repeating: nil, count: parts.count)
        slots.withUnsafeMutableBufferPointer { buffer in
            // Each worker writes only its own slot, so the writes never overlap.
            nonisolated(unsafe) let out = buffer
            withoutActuallyEscaping(body) { body in
                nonisolated(unsafe) let work = body
                DispatchQueue.concurrentPerform(iterations: parts.count) { k in
                    out[k] = Result { try work(k, parts[k]) }
                }
            }
        }
        return try slots.map { try $0!.get() }
    }

    /// `[body(0), …, body(count - 1)]`, computed over `ranges(count:threads:)`.
    public static func map<T: Sendable>(_ count: Int, threads: Int, _ body: (Int) -> T) -> [T] {
        // `body` does not throw, so neither does the map.
        let chunks = (try? mapRanges(count: count, threads: threads) { _, range in range.map(body) }) ?? []
        return chunks.flatMap { $0 }
    }

    /// The processors in this process's affinity mask, or nil where it cannot be read.
    private static func affinityProcessorCount() -> Int? {
        #if os(Linux)
        // `sched_getaffinity` is a GNU extension the Glibc module does not export: look it up.
        typealias GetAffinity = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32
        guard let library = dlopen(nil, RTLD_NOW) else { return nil }
        defer { dlclose(library) }
        guard let symbol = dlsym(library, "sched_getaffinity") else { return nil }
        let getAffinity = unsafeBitCast(symbol, to: GetAffinity.self)
        var mask = [UInt64](repeating: 0, count: 16)   // 1024 CPUs, the size of glibc's cpu_set_t
        let status = mask.withUnsafeMutableBytes { getAffinity(0, $0.count, $0.baseAddress!) }
        guard status == 0 else { return nil }
        let n = mask.reduce(0) { $0 + $1.nonzeroBitCount }
        return n > 0 ? n : nil
        #else
        return nil
        #endif
    }
}
