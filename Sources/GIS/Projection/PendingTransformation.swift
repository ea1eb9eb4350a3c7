import Foundation

/// A ``Transformation`` created on another thread, in its own ``ProjContext``, while the
/// caller does something else (PROJ's database lookups take tens of milliseconds: start it
/// before reading a large file, take it when the first position needs it).
///
/// The caller must ``value()`` or ``finish()`` it before the process may exit: a process
/// that exits while the other thread is inside PROJ crashes in PROJ's teardown (found by
/// `CRSExchangeTests`: `info` on a projected file exits 65 before taking it). Once
/// collected, the PROJ objects belong to the collecting thread; the creating thread holds
/// none of them when it ends.
public final class PendingTransformation: @unchecked Sendable {
    /// What the creating thread hands over: written once before `done` is signalled.
    private final class Handover: @unchecked Sendable {
        var result: Result<Transformation, any Error>?
        let done = DispatchSemaphore(value: 0)
    }

    private let handover = Handover()
    private let lock = NSLock()
    // Guarded by `lock`: the result once collected from the creating thread, and whether
    // `value()` gave it away.
    private var collected: Result<Transformation, any Error>?
    private var taken = false

    /// Starts creating `source` → `target` (as ``Transformation/init(from:to:context:)``).
    public init(from source: String, to target: String) {
        let handover = handover
        Thread.detachNewThread {
            handover.result = Result { try Transformation(from: source, to: target) }
            handover.done.signal()
        }
    }

    /// Waits until the creating thread is done with PROJ and moves its result here.
    /// Call with `lock` held.
    private func collect() -> Result<Transformation, any Error> {
        if let collected { return collected }
        handover.done.wait()
        let result = handover.result ?? .failure(ProjError(operation: "taking a pending transformation", code: 0, message: "it was not created"))
        handover.result = nil
        collected = result
        return result
    }

    /// The transformation, waiting for it; from then on it belongs to the calling thread.
    /// - Throws: the ``ProjError`` its creation threw, or when it was already taken.
    public func value() throws -> Transformation {
        lock.lock()
        defer { lock.unlock() }
        guard !taken else { throw ProjError(operation: "taking a pending transformation", code: 0, message: "it was already taken") }
        let result = collect()
        taken = true
        collected = nil
        return try result.get()
    }

    /// Waits until the creating thread is done (whether or not the transformation is ever
    /// taken), so that the process may exit. Cheap once done; safe to call more than once.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        if !taken { _ = collect() }
    }
}
