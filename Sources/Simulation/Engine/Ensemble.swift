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
    /// by one thread from its own seed, and stored in its own slot.
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
        return ParallelFor.map(runs, threads: max(1, min(runs, ParallelFor.workers(threads)))) { r in
            let result = simulation.run(runSeed: RandomStreams.runSeed(seed: seed, run: r))
            progress?(done.increment())
            return result
        }
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
