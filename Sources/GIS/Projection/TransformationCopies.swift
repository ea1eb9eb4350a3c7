/// One copy of a ``Transformation`` per worker, each in its own cloned ``ProjContext``,
/// for work spread over threads by someone else (a batched decode's workers): worker `k`
/// always uses copy `k`. Only plain Swift values cross threads.
public final class TransformationCopies: @unchecked Sendable {
    // Each copy is used by one worker at a time (see `with(_:_:)`), which is what PROJ requires.
    private let copies: [Transformation]

    /// `count` copies of `transformation` (at least 1), made on the calling thread.
    /// - Throws: ``ProjError`` when a context or a copy cannot be made.
    public init(of transformation: Transformation, count: Int) throws {
        copies = try (0..<max(1, count)).map { _ in
            try Transformation(cloning: transformation, into: try transformation.context.clone())
        }
    }

    /// How many copies there are.
    public var count: Int { copies.count }

    /// `body` with copy `worker` (taken modulo ``count``). Calls with the same worker
    /// must not overlap; calls with different workers may run at the same time.
    public func with<T>(_ worker: Int, _ body: (Transformation) throws -> T) rethrows -> T {
        try body(copies[((worker % copies.count) + copies.count) % copies.count])
    }
}
