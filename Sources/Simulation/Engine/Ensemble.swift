import GIS
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Runs of one scenario over many seeds, spread over the cores.
public enum Ensemble {
    /// Runs `runs` runs of `simulation`; run r uses `RandomStreams.runSeed(seed:run:)`.
    ///
    /// Results are in run order and do not depend on `threads`: each run is computed
    /// by one thread from its own seed, and stored in its own slot; each worker takes
    /// the next run not yet started (``eachTakingTheNext(_:threads:_:)``).
    /// - Parameters:
    ///   - threads: worker threads (default: every processor the process may use, ``ParallelFor``).
    ///   - progress: called (from worker threads, serialized) with the number of runs done.
    /// - Complexity: O(runs × households × years) work, divided over `threads`.
    /// - Note: the first ensemble of a process keeps freed memory for the next run
    ///   (``FreedMemoryRetention``).
    public static func run(_ simulation: SimulationRun, seed: UInt64, runs: Int, threads: Int? = nil,
                           progress: (@Sendable (Int) -> Void)? = nil) -> [RunResult] {
        precondition(runs >= 1)
        _ = retainFreedMemory
        let done = Counter()
        return eachTakingTheNext(runs, threads: threads) { r in
            let result = simulation.run(runSeed: RandomStreams.runSeed(seed: seed, run: r))
            progress?(done.increment())
            return result
        }
    }

    /// `[body(0), …, body(count − 1)]` on up to `threads` workers (nil: every CPU the
    /// process may use), each worker taking the next index not yet started, so a worker
    /// that is slowed (a longer run, a CPU shared with another process) takes fewer and
    /// none waits at the end for a fixed share. Each result goes to its own slot: the
    /// array is the same whatever the number of threads or which worker did which.
    static func eachTakingTheNext<T: Sendable>(_ count: Int, threads: Int?, _ body: (Int) -> T) -> [T] {
        let workers = max(1, min(count, ParallelFor.workers(threads)))
        if workers == 1 { return (0..<count).map(body) }
        let next = Counter()
        var slots = [T?](repeating: nil, count: count)
        slots.withUnsafeMutableBufferPointer { buffer in
            // Each index is handed out once, so every slot is written by one worker only.
            nonisolated(unsafe) let out = buffer
            withoutActuallyEscaping(body) { body in
                nonisolated(unsafe) let work = body
                _ = try? ParallelFor.mapRanges(count: workers, threads: workers) { _, _ in
                    while true {
                        let k = next.increment() - 1
                        guard k < count else { break }
                        out[k] = work(k)
                    }
                }
            }
        }
        return slots.map { $0! }
    }
}

extension Ensemble {
    /// ``FreedMemoryRetention/enable()``, once per process (a lazy global).
    static let retainFreedMemory: Void = FreedMemoryRetention.enable()
}

final class Counter: @unchecked Sendable {
    private var n = 0
    private let lock = NSLockShim()
    func increment() -> Int { lock.locked { n += 1; return n } }
}

/// A pthread mutex (Foundation-free).
final class NSLockShim: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex); defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}

/// The number of cores available to this process (its CPU affinity; ``ParallelFor``).
public enum ProcessInfoCores {
    public static var active: Int { ParallelFor.availableProcessors }
}
