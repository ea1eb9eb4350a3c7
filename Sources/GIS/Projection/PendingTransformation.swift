import Foundation

/// A ``Transformation`` created on another thread, in its own ``ProjContext``, while the
/// caller does something else (PROJ's database lookups take tens of milliseconds: start it
/// before reading a large file, take it when the first position needs it).
public final class PendingTransformation: @unchecked Sendable {
    // Written once by the creating thread before `done` is signalled; read after waiting.
    private var result: Result<Transformation, any Error>?
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var taken = false

    /// Starts creating `source` → `target` (as ``Transformation/init(from:to:context:)``).
    public init(from source: String, to target: String) {
        Thread.detachNewThread { [self] in
            result = Result { try Transformation(from: source, to: target) }
            done.signal()
        }
    }

    /// The transformation, waiting for it; from then on it belongs to the calling thread.
    /// - Throws: the ``ProjError`` its creation threw, or when it was already taken.
    public func value() throws -> Transformation {
        lock.lock()
        defer { lock.unlock() }
        guard !taken else { throw ProjError(operation: "taking a pending transformation", code: 0, message: "it was already taken") }
        done.wait()
        taken = true
        guard let result else { throw ProjError(operation: "taking a pending transformation", code: 0, message: "it was not created") }
        return try result.get()
    }
}
