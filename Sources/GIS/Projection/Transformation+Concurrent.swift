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

    /// `count` items split into at most `workers` contiguous, near-equal ranges
    /// (``ParallelFor/ranges(count:threads:)``, at least one range).
    static func chunks(count: Int, workers: Int) -> [Range<Int>] {
        ParallelFor.ranges(count: count, threads: max(1, workers)).nonEmpty ?? [0..<count]
    }

    /// Runs `body` once per chunk over ``ParallelFor``. Each call gets its own
    /// transformation, cloned here on the calling thread into its own cloned context,
    /// then handed over to exactly one worker.
    func runWorkers<T: Sendable>(
        _ chunks: [Range<Int>],
        _ body: @escaping @Sendable (Transformation, Range<Int>) throws -> T
    ) throws -> [T] {
        let workers = try chunks.map { _ in Handover(try Transformation(cloning: self, into: try context.clone())) }
        let count = chunks.last?.upperBound ?? 0
        return try ParallelFor.mapRanges(count: count, threads: chunks.count) { k, range in
            try body(workers[k].take(), range)
        }
    }
}

private extension Array {
    /// The array, or nil when empty.
    var nonEmpty: Self? { isEmpty ? nil : self }
}

/// Hands one non-Sendable ``Transformation`` (and its context) to exactly one worker
/// thread: after the handover only that worker touches it, which is what PROJ requires.
private final class Handover: @unchecked Sendable {
    private var transformation: Transformation?
    init(_ transformation: Transformation) { self.transformation = transformation }
    func take() -> Transformation {
        defer { transformation = nil }
        return transformation!
    }
}
