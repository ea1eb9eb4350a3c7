import Dispatch
import GIS

/// A value computed on another thread while the caller goes on (e.g. a file read
/// while the runs run), collected with ``value()``, which waits for it. The error the
/// work throws is thrown by ``value()``, where the caller would have met it had it done
/// the work itself at that point. With one thread (`--threads 1`) the work is done by
/// ``value()`` itself, on the caller's thread.
final class BackgroundValue<T: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private let work: @Sendable () throws -> T
    // Written once (by the worker before `group.leave()`, or by `value()` itself), read
    // only after `group.wait()`.
    private var result: Result<T, any Error>?
    private let background: Bool

    /// Starts `work` on a global queue, unless `threads` (nil: every CPU the process may
    /// use, ``ParallelFor/workers(_:)``) is 1.
    init(threads: Int?, _ work: @escaping @Sendable () throws -> T) {
        self.work = work
        background = ParallelFor.workers(threads) > 1
        guard background else { return }
        group.enter()
        DispatchQueue.global().async {
            self.result = Result { try work() }
            self.group.leave()
        }
    }

    /// The value, once `work` has finished.
    /// - Throws: what `work` threw.
    func value() throws -> T {
        if background { group.wait() } else if result == nil { result = Result { try work() } }
        return try result!.get()
    }
}
