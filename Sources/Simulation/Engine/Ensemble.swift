import Dispatch
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
    ///   - threads: worker threads (default: every active core).
    ///   - progress: called (from worker threads, serialized) with the number of runs done.
    /// - Complexity: O(runs × households × years) work, divided over `threads`.
    public static func run(_ simulation: SimulationRun, seed: UInt64, runs: Int, threads: Int? = nil,
                           progress: (@Sendable (Int) -> Void)? = nil) -> [RunResult] {
        precondition(runs >= 1)
        let workers = max(1, min(runs, threads ?? ProcessInfoCores.active))
        let slots = ResultSlots(count: runs)
        let done = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var r = w
            while r < runs {
                slots.set(r, simulation.run(runSeed: RandomStreams.runSeed(seed: seed, run: r)))
                let n = done.increment()
                progress?(n)
                r += workers
            }
        }
        return slots.values()
    }
}

/// Slots written by exactly one thread each, read after all threads finish.
final class ResultSlots: @unchecked Sendable {
    private var storage: [RunResult?]
    private let lock = NSLockShim()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: RunResult) { lock.locked { storage[i] = r } }
    func values() -> [RunResult] { lock.locked { storage.map { $0! } } }
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

/// The number of cores available to this process.
public enum ProcessInfoCores {
    public static var active: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
