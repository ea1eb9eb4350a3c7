#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Builds SVG path data (`d`) in page millimetres directly as bytes, with fixed precision.
///
/// Sub-paths longer than ``maximumVerticesPerPath`` are the caller's to split (see
/// ``PathData/split(_:maximumVertices:)``); a single path never exceeds that count.
public struct PathData: Sendable {
    /// Vertices allowed in one `<path>` (Illustrator's historic limit is 32,000).
    public static let maximumVerticesPerPath = 32_000

    public private(set) var bytes: [UInt8] = []
    public private(set) var vertexCount = 0
    public let decimals: Int

    public init(decimals: Int = 2) { self.decimals = decimals }

    public var isEmpty: Bool { bytes.isEmpty }

    /// Appends one sub-path from a flat `[x0, y0, x1, y1, …]` run; `close` adds `Z`.
    /// Consecutive points that format to the same text are written once.
    /// - Complexity: O(n) in the number of points.
    public mutating func appendRun(_ xy: [Double], close: Bool) {
        let n = xy.count / 2
        guard n >= 2 else { return }
        let decimals = self.decimals
        let separate = !bytes.isEmpty
        var written = 0
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n * 52 + 4) { buffer in
            let base = buffer.baseAddress!
            var pos = 0
            if separate { base[0] = UInt8(ascii: " "); pos = 1 }
            var lastStart = -1, lastLength = 0
            let firstX = xy[0], firstY = xy[1]
            xy.withUnsafeBufferPointer { c in
                for i in 0..<n {
                    let x = c[2 * i], y = c[2 * i + 1]
                    if close && i == n - 1 && written > 0 && x == firstX && y == firstY { break }
                    let vertexStart = pos
                    base[pos] = written == 0 ? UInt8(ascii: "M") : UInt8(ascii: "L")
                    let numbers = pos + 1
                    var q = numbers
                    q += FixedDecimal.write(x, decimals: decimals, to: base + q)
                    base[q] = UInt8(ascii: " "); q += 1
                    q += FixedDecimal.write(y, decimals: decimals, to: base + q)
                    let length = q - numbers
                    if length == lastLength && memcmp(base + numbers, base + lastStart, length) == 0 {
                        pos = vertexStart; continue
                    }
                    lastStart = numbers; lastLength = length
                    pos = q
                    written += 1
                }
            }
            if written > 0 {
                if close { base[pos] = UInt8(ascii: "Z"); pos += 1 }
                bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: pos))
            }
        }
        vertexCount += written
    }

    /// The value for a `d` attribute.
    public var attributeValue: SVGAttributeValue { .raw(bytes) }

    /// Groups runs into batches whose total vertex count stays at or under `maximumVertices`
    /// (a single run longer than that is cut into overlapping open pieces).
    public static func split(_ runs: [[Double]], maximumVertices: Int = maximumVerticesPerPath) -> [[[Double]]] {
        var batches: [[[Double]]] = []
        var current: [[Double]] = []
        var count = 0
        for run in runs {
            var pieces = [run]
            if run.count / 2 > maximumVertices {
                pieces = []
                var start = 0
                let n = run.count / 2
                while start < n - 1 {
                    let end = min(n, start + maximumVertices)
                    pieces.append(Array(run[(2 * start)..<(2 * end)]))
                    start = end - 1
                }
            }
            for p in pieces {
                let c = p.count / 2
                if count + c > maximumVertices && !current.isEmpty {
                    batches.append(current); current = []; count = 0
                }
                current.append(p); count += c
            }
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }
}
