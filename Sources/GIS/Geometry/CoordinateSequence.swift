/// A run of positions stored flat: `xy` holds x0, y0, x1, y1, …; `z` holds one
/// elevation per position or is nil when the run has none.
///
/// This is the storage of every LineString, ring and MultiPoint, so that decoding,
/// projection and writing touch contiguous doubles.
///
/// Invariant: `xy.count` is even and `z == nil || z!.count == xy.count / 2`.
public struct CoordinateSequence: Hashable, Sendable, RandomAccessCollection {
    public var xy: [Double]
    public var z: [Double]?

    public init() { xy = []; z = nil }
    public init(xy: [Double], z: [Double]? = nil) {
        precondition(xy.count % 2 == 0, "CoordinateSequence: odd number of coordinates")
        precondition(z == nil || z!.count == xy.count / 2, "CoordinateSequence: z count mismatch")
        self.xy = xy; self.z = z
    }
    public init<S: Sequence>(_ positions: S) where S.Element == Position {
        var xy: [Double] = []
        var zs: [Double] = []
        var allZ = true
        for p in positions {
            xy.append(p.x); xy.append(p.y)
            if let z = p.z { zs.append(z) } else { allZ = false }
        }
        self.xy = xy
        self.z = allZ && !zs.isEmpty ? zs : nil
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { xy.count / 2 }
    public subscript(i: Int) -> Position {
        Position(xy[2 * i], xy[2 * i + 1], z?[i])
    }
    public var hasZ: Bool { z != nil }

    /// Appends one position; a position without z drops the sequence's z.
    public mutating func append(_ p: Position) {
        if let zValue = p.z, z != nil || xy.isEmpty {
            if z == nil { z = [] }
            z!.append(zValue)
        } else {
            z = nil
        }
        xy.append(p.x); xy.append(p.y)
    }

    /// True when the first and last positions are identical (x, y and z).
    public var isClosed: Bool {
        let n = count
        guard n >= 2 else { return false }
        return xy[0] == xy[2 * n - 2] && xy[1] == xy[2 * n - 1] && z?[0] == z?[n - 1]
    }
}
