import GIS
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Independent pieces of work of unequal size (e.g. the files of a run folder) on up to
/// `threads` workers, each worker taking the next piece not yet started; the results
/// are in the pieces' order, whatever the number of threads or which worker did which.
enum ParallelTasks {
    /// `[tasks[0](), tasks[1](), …]`, computed on `threads` workers (nil or ≤ 0: every
    /// CPU the process may use; `ParallelFor.workers`).
    /// - Throws: the error of the lowest-indexed task that throws (every task is run).
    static func run<T: Sendable>(_ tasks: [() throws -> T], threads: Int?) throws -> [T] {
        let workers = max(1, min(tasks.count, ParallelFor.workers(threads)))
        if workers == 1 { return try tasks.map { try $0() } }
        let next = TaskCounter()
        var slots = [Result<T, any Error>?](repeating: nil, count: tasks.count)
        try slots.withUnsafeMutableBufferPointer { buffer in
            // Each task index is handed out once, so every slot is written by one worker only.
            nonisolated(unsafe) let out = buffer
            nonisolated(unsafe) let work = tasks
            _ = try ParallelFor.mapRanges(count: workers, threads: workers) { _, _ in
                while let k = next.take(below: work.count) { out[k] = Result { try work[k]() } }
            }
        }
        return try slots.map { try $0!.get() }
    }
}

/// The next task index, handed out under a mutex.
private final class TaskCounter: @unchecked Sendable {
    private var n = 0
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func take(below count: Int) -> Int? {
        pthread_mutex_lock(&mutex); defer { pthread_mutex_unlock(&mutex) }
        guard n < count else { return nil }
        n += 1
        return n - 1
    }
}
