import Dispatch
import Foundation

extension Transformation {
    /// The same result as ``transform(_:)-(FeatureCollection)``, computed by splitting
    /// the features into `threads` contiguous chunks. Each worker gets its own cloned
    /// ``ProjContext`` (`proj_context_clone`) and its own ``Transformation``; only plain
    /// Swift values cross threads.
    /// - Parameter threads: workers to use (at least 1; capped at the feature count).
    /// - Throws: the ``ProjError`` of the lowest-indexed failing feature.
    /// - Complexity: O(n) in the positions, divided over `threads` workers.
    public func transformConcurrently(_ fc: FeatureCollection, threads: Int) throws -> FeatureCollection {
        let features = fc.features
        let chunks = Self.chunks(count: features.count, workers: threads)
        guard chunks.count > 1 else { return try transform(fc) }
        let results = try runWorkers(chunks) { worker, range in
            try range.map { try worker.transform(features[$0], index: $0) }
        }
        var out = fc
        out.features = results.flatMap { $0 }
        if let old = fc.bbox { out.bbox = Self.bbox(of: out.features, like: old) }
        return out
    }

    /// Transforms each coordinate run, split over `threads` workers as
    /// ``transformConcurrently(_:threads:)-(FeatureCollection,_)`` does; the result
    /// equals transforming each run with ``transform(_:)-(inout CoordinateSequence)``.
    /// - Throws: the ``ProjError`` of the lowest-indexed failing run.
    /// - Complexity: O(n) in the positions, divided over `threads` workers.
    public func transformConcurrently(_ runs: [CoordinateSequence], threads: Int) throws -> [CoordinateSequence] {
        let chunks = Self.chunks(count: runs.count, workers: threads)
        guard chunks.count > 1 else {
            return try runs.map { var r = $0; try transform(&r); return r }
        }
        let results = try runWorkers(chunks) { worker, range in
            try range.map { var r = runs[$0]; try worker.transform(&r); return r }
        }
        return results.flatMap { $0 }
    }

    /// `count` items split into at most `workers` contiguous, near-equal ranges.
    static func chunks(count: Int, workers: Int) -> [Range<Int>] {
        let n = max(1, min(workers, count))
        return (0..<n).map { (count * $0 / n)..<(count * ($0 + 1) / n) }
    }

    /// Runs `body` once per chunk on `DispatchQueue.concurrentPerform`, each call with
    /// its own transformation built on a context cloned here, on the calling thread.
    func runWorkers<T: Sendable>(
        _ chunks: [Range<Int>],
        _ body: @escaping @Sendable (Transformation, Range<Int>) throws -> T
    ) throws -> [T] {
        let contexts = try chunks.map { _ in Handover(try context.clone()) }
        let slots = ResultSlots<T>(count: chunks.count)
        let (source, target) = (self.source, self.target)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { i in
            slots.set(i, Result {
                let worker = try Transformation(from: source, to: target, context: contexts[i].take())
                return try body(worker, chunks[i])
            })
        }
        return try slots.values().map { try $0.get() }
    }
}

/// Hands one non-Sendable ``ProjContext`` to exactly one worker thread: after the
/// handover only that worker touches it, which is what PROJ requires.
private final class Handover: @unchecked Sendable {
    private var context: ProjContext?
    init(_ context: ProjContext) { self.context = context }
    func take() -> ProjContext {
        defer { context = nil }
        return context!
    }
}

/// One result slot per worker, written under a lock.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<T, any Error>?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Result<T, any Error>) { lock.lock(); slots[i] = r; lock.unlock() }
    func values() -> [Result<T, any Error>] { lock.lock(); defer { lock.unlock() }; return slots.map { $0! } }
}
