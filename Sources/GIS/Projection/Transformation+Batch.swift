import CProj

extension Transformation {
    /// Positions handed to PROJ in one `proj_trans_generic` call by
    /// ``transformInPlace(flat:)``: large enough that the per-call cost vanishes, small
    /// enough that a batch stays in the core's cache between PROJ's pipeline steps.
    public static let batchPositions = 8192

    /// Transforms positions stored flat (x0, y0, x1, y1, …; no z) in place, in
    /// `proj_trans_generic` calls of ``batchPositions`` positions. Every position gets the
    /// same result as ``transform(_:)-(Position)`` on it alone.
    /// - Returns: true when every position came out finite; false when PROJ could not
    ///   transform some (those hold infinity or NaN; use the per-geometry calls to name them).
    /// - Complexity: O(n) in the positions.
    @discardableResult
    public func transformInPlace(flat xy: inout [Double]) -> Bool {
        let n = xy.count / 2
        guard n > 0 else { return true }
        proj_errno_reset(handle)
        let pair = MemoryLayout<Double>.stride * 2
        var finite = true
        xy.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            var start = 0
            while start < n {
                let count = min(Self.batchPositions, n - start)
                let p = base + 2 * start
                _ = proj_trans_generic(handle, PJ_FWD, p, pair, count, p + 1, pair, count, nil, 0, 0, nil, 0, 0)
                start += count
            }
            var i = 0
            let end = 2 * n
            while i < end {
                if !buffer[i].isFinite { finite = false; break }
                i += 1
            }
        }
        if !finite { proj_errno_reset(handle); _ = context.log.drain() }
        return finite
    }

    /// `[body(t₀, r₀), body(t₁, r₁), …]` over `0..<count` split into at most `threads`
    /// contiguous ranges (``ParallelFor/ranges(count:threads:)``), each run on its own
    /// thread with its own copy of this transformation in its own PROJ context (PROJ's
    /// handles belong to one thread). With one range, `body` runs here with `self`.
    /// Results are in range order, so a caller that combines them in order gets the same
    /// answer for any thread count.
    /// - Throws: a ``ProjError`` when a copy cannot be made, else the error of the
    ///   lowest-indexed range whose `body` throws.
    public func concurrentMap<T: Sendable>(
        count: Int, threads: Int,
        _ body: @escaping @Sendable (Transformation, Range<Int>) throws -> T
    ) throws -> [T] {
        let chunks = Self.chunks(count: count, workers: ParallelFor.workers(threads))
        guard chunks.count > 1 else { return [try body(self, 0..<count)] }
        return try runWorkers(chunks, body)
    }
}

extension Transformation {
    /// The release of the PROJ library linked in, e.g. "9.1.1" (`proj_info`).
    public static var projVersion: String {
        guard let release = proj_info().version else { return "unknown" }
        return String(cString: release)
    }
}
